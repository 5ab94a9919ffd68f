import { applicationDefault, deleteApp, initializeApp, type App } from 'firebase-admin/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { DEMO_PROJECT_ID, hostPort, readLocalConfig } from '../lib/localConfig.js';
import { REPO_ROOT } from '../lib/paths.js';
import { CliError } from '../lib/cliError.js';

/** Where the command line imports: the local emulators by default, a real project when asked. */
export type FirestoreTarget =
  { kind: 'emulators'; projectId: string; host: string } | { kind: 'project'; projectId: string };

/**
 * The emulators named by FIRESTORE_EMULATOR_HOST (as `firebase emulators:exec` sets it), else those
 * of firebase.json (or PASSPRO_FIREBASE_CONFIG); a real project only with --project, and then
 * never while an emulator variable would silently redirect the Admin SDK.
 */
export function firestoreTarget(projectId: string | null, env: NodeJS.ProcessEnv = process.env): FirestoreTarget {
  if (projectId) {
    if (env.FIRESTORE_EMULATOR_HOST) {
      throw new CliError('--project vise un vrai projet : retirez FIRESTORE_EMULATOR_HOST de l’environnement.');
    }
    return { kind: 'project', projectId };
  }
  const host = env.FIRESTORE_EMULATOR_HOST ?? hostPort(readLocalConfig(REPO_ROOT, env).emulators.firestore);
  return { kind: 'emulators', projectId: env.GCLOUD_PROJECT || DEMO_PROJECT_ID, host };
}

/** Firestore through the Admin SDK for a target, and the function that closes it. */
export function openFirestore(target: FirestoreTarget): { db: Firestore; close: () => Promise<void> } {
  let app: App;
  if (target.kind === 'emulators') {
    // The Admin SDK reads the emulator's address from the environment only.
    process.env.FIRESTORE_EMULATOR_HOST = target.host;
    app = initializeApp({ projectId: target.projectId }, 'passpro-catalogue-import');
  } else {
    // Credentials from GOOGLE_APPLICATION_CREDENTIALS or the machine's default account.
    app = initializeApp({ credential: applicationDefault(), projectId: target.projectId }, 'passpro-catalogue-import');
  }
  return { db: getFirestore(app), close: () => deleteApp(app) };
}
