/**
 * A seeded pseudo-random source (mulberry32): the demo must be the same on every machine and
 * every run, so nothing in the generator may call Math.random.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item, each drawn in proportion to its weight. */
  pickWeighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** `count` distinct items (fewer if there are not enough), in drawing order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** `count` distinct items, each draw in proportion to the weights of the items left. */
  sampleWeighted<T>(items: readonly T[], count: number, weight: (item: T) => number): T[];
  /** A document id in the style of Firestore's automatic ids: 20 letters and digits. */
  documentId(): string;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A Random whose whole sequence is fixed by `seed`. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)];
  };
  const pickWeighted = <T>(items: readonly T[], weight: (item: T) => number): T => {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    if (total <= 0) return pick(items);
    let remaining = next() * total;
    for (const item of items) {
      remaining -= weight(item);
      if (remaining < 0) return item;
    }
    return items[items.length - 1];
  };
  const sampleWeighted = <T>(items: readonly T[], count: number, weight: (item: T) => number): T[] => {
    const pool = [...items];
    const drawn: T[] = [];
    while (drawn.length < count && pool.length > 0) {
      const item = pickWeighted(pool, weight);
      pool.splice(pool.indexOf(item), 1);
      drawn.push(item);
    }
    return drawn;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    pickWeighted,
    sample: (items, count) => sampleWeighted(items, count, () => 1),
    sampleWeighted,
    documentId: () => Array.from({ length: 20 }, () => ID_ALPHABET[int(0, ID_ALPHABET.length - 1)]).join('')
  };
}

/** A span of time, `from` included, `to` excluded. */
export interface TimeWindow {
  from: Date;
  to: Date;
}

/** An instant drawn uniformly in a window, to the millisecond. */
export const instantIn = (random: Random, window: TimeWindow) =>
  new Date(window.from.getTime() + Math.floor(random.next() * (window.to.getTime() - window.from.getTime())));
