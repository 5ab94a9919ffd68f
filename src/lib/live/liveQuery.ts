import { onSnapshot, type Query } from 'firebase/firestore';
import { Live } from './live';

/**
 * The results of a query kept in sync by onSnapshot while read, optionally reduced by `select`
 * (e.g. to the first result); `current` holds `select([])` until the first snapshot.
 */
export function liveQuery<T>(query: Query<T>): Live<T[]>;
export function liveQuery<T, R>(query: Query<T>, select: (results: T[]) => R): Live<R>;
export function liveQuery<T, R>(query: Query<T>, select?: (results: T[]) => R): Live<R | T[]> {
  const reduce = select ?? ((results: T[]) => results);
  return new Live<R | T[]>(reduce([]), (set, fail) =>
    onSnapshot(
      query,
      (snapshot) => {
        // docs.map(data) runs the converter, whose validation may throw on a malformed document.
        try {
          set(reduce(snapshot.docs.map((doc) => doc.data())));
        } catch (error) {
          fail(error as Error);
        }
      },
      fail
    )
  );
}
