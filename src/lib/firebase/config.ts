import type { FirebaseOptions } from 'firebase/app';
import { z } from 'zod';
import { parseSignInMethods, type SignInMethod } from './signInMethods';

/** The project id of the local emulators: the `demo-` prefix keeps them off real Google services. */
const DEMO_PROJECT_ID = 'demo-passpro';

/** The part of a project's web config (Firebase console, « Vos applications ») the app needs. */
const webConfig = z.object({
  apiKey: z.string().min(1),
  authDomain: z.string().min(1),
  projectId: z.string().min(1),
  appId: z.string().min(1)
});

export type FirebaseTarget =
  | { kind: 'project'; options: FirebaseOptions; signInMethods: SignInMethod[] }
  | { kind: 'emulators'; options: FirebaseOptions; emulators: typeof __PASSPRO_EMULATORS__ };

/** A real project when PUBLIC_FIREBASE_CONFIG is set, the local emulators otherwise. */
function readTarget(env: ImportMetaEnv): FirebaseTarget {
  if (env.PUBLIC_FIREBASE_CONFIG) {
    const parsed = webConfig.safeParse(JSON.parse(env.PUBLIC_FIREBASE_CONFIG));
    if (!parsed.success) {
      throw new Error(`PUBLIC_FIREBASE_CONFIG incomplet : ${z.prettifyError(parsed.error)}`);
    }
    return { kind: 'project', options: parsed.data, signInMethods: parseSignInMethods(env.PUBLIC_AUTH_PROVIDERS) };
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
