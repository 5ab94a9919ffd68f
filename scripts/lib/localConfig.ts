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
    /** Started by firebase-tools beside the functions emulator. */
    eventarc: HostPort;
    tasks: HostPort;
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

/** How the app is served: `vite dev` for `npm start`, or the built app (build/) by scripts/lib/staticServer.ts for the tests. */
export type AppMode = 'dev' | 'preview';

/** Address of the app as served in the given mode. */
export function appUrl(config: LocalConfig, mode: AppMode): string {
  const { host, devPort, previewPort } = config.app;
  return `http://${host}:${mode === 'dev' ? devPort : previewPort}`;
}

/** Address of maildev's web inbox; its REST API lives under /api (e.g. GET /api/email). */
export function mailWebUrl(config: LocalConfig): string {
  return `http://${config.mailServer.host}:${config.mailServer.webPort}`;
}

/** `host:port`, the form the *_EMULATOR_HOST variables take. */
export function hostPort({ host, port }: HostPort): string {
  return `${host}:${port}`;
}

/** Every port the local stack listens on, named, for the "port busy" check. */
export function allPorts(config: LocalConfig, appMode?: AppMode): { name: string; port: number }[] {
  const e = config.emulators;
  const ports = [
    { name: 'émulateur Auth', port: e.auth.port },
    { name: 'émulateur Firestore', port: e.firestore.port },
    { name: 'émulateur Firestore (websocket)', port: e.firestore.websocketPort },
    { name: 'émulateur Functions', port: e.functions.port },
    { name: 'émulateur Eventarc', port: e.eventarc.port },
    { name: 'émulateur Cloud Tasks', port: e.tasks.port },
    { name: 'hub des émulateurs', port: e.hub.port },
    { name: 'journal des émulateurs', port: e.logging.port },
    { name: 'serveur SMTP local', port: config.mailServer.smtpPort },
    { name: 'boîte de réception web', port: config.mailServer.webPort }
  ];
  if (appMode === 'dev') ports.push({ name: "serveur de développement de l'application", port: config.app.devPort });
  if (appMode === 'preview') ports.push({ name: "aperçu de l'application construite", port: config.app.previewPort });
  return ports;
}
