import { Live } from './live';

/** The current time, ticking every minute while read: phases and deadlines change while a page stays open. */
export const minuteClock = new Live<Date>(new Date(), (set) => {
  // The clock may have slept since its last reader: refresh at once, but not while the reader runs.
  queueMicrotask(() => set(new Date()));
  const timer = setInterval(() => set(new Date()), 60_000);
  return () => clearInterval(timer);
});
