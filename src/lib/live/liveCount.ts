import { getCountFromServer, type Query } from 'firebase/firestore';
import { Live } from './live';

/** How often a count is read again while on screen. */
const REFRESH_MS = 30_000;

/**
 * The number of documents a query matches, read again every 30 s while the page is visible (and on
 * return to it). Firestore has no live aggregation, and a listener would download every document
 * (pupils' names included) just to count them; a count query reads none.
 */
export function liveCount(query: Query): Live<number | null> {
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
