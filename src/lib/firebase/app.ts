import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions } from 'firebase/functions';
import { FUNCTIONS_REGION } from '$shared/deployment';
import { target } from './config';

/** The Firebase app and its services, connected to the local emulators unless a real project is configured. */
export const app = initializeApp(target.options);
export const auth = getAuth(app);
export const db = getFirestore(app);
export const functions = getFunctions(app, FUNCTIONS_REGION);

if (target.kind === 'emulators') {
  const { authUrl, firestore, functions: functionsEmulator } = target.emulators;
  // disableWarnings: no banner over the DSFR header; the sign-in page already says « démonstration ».
  connectAuthEmulator(auth, authUrl, { disableWarnings: true });
  connectFirestoreEmulator(db, firestore.host, firestore.port);
  connectFunctionsEmulator(functions, functionsEmulator.host, functionsEmulator.port);
}
