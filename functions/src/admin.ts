import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';

/**
 * firebase-admin, initialised once. The functions runtime loads this module once per instance,
 * but the tests import it from several files in one process: reuse the default app when present
 * instead of letting a second initializeApp() throw.
 */
const app = getApps()[0] ?? initializeApp();

export const db = getFirestore(app);
export const auth = getAuth(app);
