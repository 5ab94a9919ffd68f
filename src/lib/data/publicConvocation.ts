import { initializeApp } from 'firebase/app';
import { connectFirestoreEmulator, doc, getDoc, getFirestore } from 'firebase/firestore/lite';
import type { ConvocationContent } from '$shared/convocationText';
import { target } from '$lib/firebase/config';

/**
 * The pupil's convocation, read once with Firestore lite and no Auth, so that /convocation stays
 * under its JavaScript budget (scripts/bench-convocation.ts). A separate app instance: the full
 * SDK of the staff pages is never loaded here.
 */
export type PupilConvocation = ConvocationContent & { expiresAt: Date };

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Whether a URL fragment holds a well-formed token (anything else is not looked up). */
export const isConvocationToken = (token: string) => TOKEN.test(token);

type Stamp = { toDate(): Date };

/** The public convocation of `token`, or null when the link is unknown or expired (both denied or absent). */
export async function fetchPupilConvocation(token: string): Promise<PupilConvocation | null> {
  const app = initializeApp(target.options, 'pupil');
  const firestore = getFirestore(app);
  if (target.kind === 'emulators')
    connectFirestoreEmulator(firestore, target.emulators.firestore.host, target.emulators.firestore.port);
  try {
    const snapshot = await getDoc(doc(firestore, 'publicConvocations', token));
    if (!snapshot.exists()) return null;
    const data = snapshot.data();
    const date = (value: unknown) => (value as Stamp).toDate();
    return {
      ...(data as ConvocationContent),
      startsAt: date(data.startsAt),
      endsAt: date(data.endsAt),
      issuedAt: date(data.issuedAt),
      expiresAt: date(data.expiresAt)
    };
  } catch (error) {
    // An expired link is refused by the rules: for the pupil, it is simply no longer valid.
    if ((error as { code?: string }).code === 'permission-denied') return null;
    throw error;
  }
}
