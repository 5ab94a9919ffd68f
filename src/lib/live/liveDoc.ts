import { onSnapshot, type DocumentReference } from 'firebase/firestore';
import { Live } from './live';

/** A document kept in sync by onSnapshot while read; `current` is null while missing or loading. */
export function liveDoc<T>(ref: DocumentReference<T>): Live<T | null> {
  return new Live<T | null>(null, (set, fail) =>
    onSnapshot(
      ref,
      (snapshot) => {
        // data() runs the converter, whose validation may throw on a malformed document.
        try {
          set(snapshot.data() ?? null);
        } catch (error) {
          fail(error as Error);
        }
      },
      fail
    )
  );
}
