import { getCountFromServer, onSnapshot, type Query } from 'firebase/firestore';
import { Live } from './live';

/**
 * The number of documents a bounded query matches (one établissement's pupils, applications or
 * formations), truly live: a snapshot listener, so a change made elsewhere shows at once. The
 * user may read those documents anyway, and later screens list them with the same listener.
 */
export function liveCount(query: Query): Live<number | null> {
  return new Live<number | null>(null, (set, fail) =>
    onSnapshot(
      query,
      (snapshot) => set(snapshot.size),
      (error) => fail(error)
    )
  );
}

/** How often an académie-wide count is read again while on screen. */
const REFRESH_MS = 30_000;

/**
 * The number of documents an académie-wide query matches, read again every 30 s while the page is
 * visible (and on return to it). Firestore has no live aggregation, and a listener over the whole
 * académie would download tens of thousands of documents just to count them; a count query reads none.
 */
export function polledCount(query: Query): Live<number | null> {
  return new Live<number | null>(null, (set, fail) => {
    let stopped = false;
    const refresh = () => {
      if (document.visibilityState === 'hidden') return;
      getCountFromServer(query).then(
        (snapshot) => {
          if (!stopped) set(snapshot.data().count);
        },
        (error: Error) => {
          if (!stopped) fail(error);
        }
      );
    };
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  });
}
