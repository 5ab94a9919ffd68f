import type { FirebaseOptions } from 'firebase/app';
import { parseSignInMethods, type SignInMethod } from './signInMethods';

/** The project id of the local emulators: the `demo-` prefix keeps them off real Google services. */
const DEMO_PROJECT_ID = 'demo-passpro';

/**
 * The part of a project's web config (Firebase console, « Vos applications ») the app needs. Checked
 * by hand rather than with zod: every page reads this module, the pupil's convocation page too,
 * whose JavaScript budget has no room for zod.
 */
const WEB_CONFIG_KEYS = ['apiKey', 'authDomain', 'projectId', 'appId'] as const;

function webConfig(json: string): FirebaseOptions {
  const parsed: unknown = JSON.parse(json);
  const config = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  const missing = WEB_CONFIG_KEYS.filter((key) => typeof config[key] !== 'string' || config[key] === '');
  if (missing.length > 0) throw new Error(`PUBLIC_FIREBASE_CONFIG incomplet : ${missing.join(', ')} manquant(s).`);
  return Object.fromEntries(WEB_CONFIG_KEYS.map((key) => [key, config[key]])) as FirebaseOptions;
}

export type FirebaseTarget =
  | { kind: 'project'; options: FirebaseOptions; signInMethods: SignInMethod[] }
  | { kind: 'emulators'; options: FirebaseOptions; emulators: typeof __PASSPRO_EMULATORS__ };

/** A real project when PUBLIC_FIREBASE_CONFIG is set, the local emulators otherwise. */
function readTarget(env: ImportMetaEnv): FirebaseTarget {
  if (env.PUBLIC_FIREBASE_CONFIG) {
    return {
      kind: 'project',
      options: webConfig(env.PUBLIC_FIREBASE_CONFIG),
      signInMethods: parseSignInMethods(env.PUBLIC_AUTH_PROVIDERS)
    };
  }
  // The Auth emulator accepts any API key but the SDK refuses an empty one.
  return {
    kind: 'emulators',
    options: { apiKey: 'demo-api-key', authDomain: `${DEMO_PROJECT_ID}.firebaseapp.com`, projectId: DEMO_PROJECT_ID },
    emulators: __PASSPRO_EMULATORS__
  };
}

export const target = readTarget(import.meta.env);

/** True when the app talks to the local emulators (demo accounts, no real data). */
export const usesEmulators = target.kind === 'emulators';
