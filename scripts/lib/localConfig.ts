import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Every local port is written once, in firebase.json (emulators + the `passpro` key for the mail
 * server and the app). PASSPRO_FIREBASE_CONFIG names another file with the same shape, so two
 * stacks can run side by side on one machine.
 */
export interface HostPort {
  host: string;
  port: number;
}

export interface LocalConfig {
  /** Path of the firebase.json in use, relative to the repository root. */
  file: string;
  projectId: string;
  emulators: {
    auth: HostPort;
    firestore: HostPort & { websocketPort: number };
    functions: HostPort;
    hub: HostPort;
    logging: HostPort;
  };
  mailServer: { host: string; smtpPort: number; webPort: number };
  app: { host: string; devPort: number; previewPort: number };
}

/** The demo project id: the `demo-` prefix keeps the emulators from reaching real Google services. */
export const DEMO_PROJECT_ID = 'demo-passpro';

export function localConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.PASSPRO_FIREBASE_CONFIG ?? 'firebase.json';
}

export function readLocalConfig(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): LocalConfig {
  const file = localConfigPath(env);
  const json = JSON.parse(readFileSync(resolve(root, file), 'utf8'));
  return {
    file,
    projectId: DEMO_PROJECT_ID,
    emulators: json.emulators,
    mailServer: json.passpro.mailServer,
    app: json.passpro.app
  };
}

/** Every port the local stack listens on, named, for the "port busy" check. */
export function allPorts(config: LocalConfig): { name: string; port: number }[] {
  const e = config.emulators;
  return [
    { name: 'émulateur Auth', port: e.auth.port },
    { name: 'émulateur Firestore', port: e.firestore.port },
    { name: 'émulateur Firestore (websocket)', port: e.firestore.websocketPort },
    { name: 'émulateur Functions', port: e.functions.port },
    { name: 'hub des émulateurs', port: e.hub.port },
    { name: 'journal des émulateurs', port: e.logging.port },
    { name: 'serveur SMTP local', port: config.mailServer.smtpPort },
    { name: 'boîte de réception web', port: config.mailServer.webPort }
  ];
}
