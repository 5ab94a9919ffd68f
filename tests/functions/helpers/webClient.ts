import { randomUUID } from 'node:crypto';
import { deleteApp, initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword, signOut } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore, type Firestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { FUNCTIONS_REGION } from '../../../functions/src/config';
import type { LocalConfig } from '../../../scripts/lib/localConfig';
import type { TestUser } from '../../support/testUsers';

/**
 * The web SDK as the app uses it, connected to the emulators of `config`: signs users in, calls
 * the callable functions and reads Firestore (rules on) with their ID token.
 */
export function webClient(config: LocalConfig) {
  const { auth: authEmulator, functions: functionsEmulator, firestore: firestoreEmulator } = config.emulators;
  // A named app per client: several clients may live in one test process.
  const app = initializeApp({ projectId: config.projectId, apiKey: 'demo-api-key' }, `client-${randomUUID()}`);
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${authEmulator.host}:${authEmulator.port}`, { disableWarnings: true });
  const functions = getFunctions(app, FUNCTIONS_REGION);
  connectFunctionsEmulator(functions, functionsEmulator.host, functionsEmulator.port);
  // Connected on first use: most tests only call functions.
  let firestore: Firestore | undefined;

  return {
    async signIn(user: TestUser): Promise<void> {
      await signInWithEmailAndPassword(auth, user.email, user.password);
    },
    signOut: () => signOut(auth),
    /** Calls the callable function `name` as the signed-in user (or anonymously). */
    async call<Result>(name: string, data?: unknown): Promise<Result> {
      const { data: result } = await httpsCallable<unknown, Result>(functions, name)(data);
      return result;
    },
    /** Firestore as the signed-in user, through the security rules. */
    firestore(): Firestore {
      if (!firestore) {
        firestore = getFirestore(app);
        connectFirestoreEmulator(firestore, firestoreEmulator.host, firestoreEmulator.port);
      }
      return firestore;
    },
    /** The ID token the client currently holds (not refreshed). */
    idToken(): Promise<string> {
      if (!auth.currentUser) throw new Error('idToken() needs a signed-in user');
      return auth.currentUser.getIdToken();
    },
    dispose: () => deleteApp(app)
  };
}
