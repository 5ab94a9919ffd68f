import type { DocumentData, FirestoreDataConverter } from 'firebase/firestore';
import { z } from 'zod';

/** A document's data with its id, which lists need for keys and links. */
export type WithId<T> = T & { id: string };

/**
 * A converter that validates with a shared schema both ways: what the app reads has the shape the
 * types promise (Timestamps become Dates), and what it writes is what the rules expect.
 */
export function schemaConverter<S extends z.ZodType<object>>(
  collection: string,
  schema: S
): FirestoreDataConverter<WithId<z.output<S>>> {
  return {
    toFirestore: (value) => schema.parse(value) as DocumentData,
    fromFirestore: (snapshot) => {
      // A write of ours with serverTimestamp() shows locally before the server sets the time:
      // estimate it rather than read null, which no date field of the schemas accepts.
      const parsed = schema.safeParse(snapshot.data({ serverTimestamps: 'estimate' }));
      if (!parsed.success) {
        throw new Error(`Document ${collection}/${snapshot.id} invalide : ${z.prettifyError(parsed.error)}`);
      }
      return { ...parsed.data, id: snapshot.id };
    }
  };
}
