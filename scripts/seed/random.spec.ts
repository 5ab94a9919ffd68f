import { describe, expect, it } from 'vitest';
import { createRandom } from './random.js';

const draws = (seed: number) => {
  const random = createRandom(seed);
  return Array.from({ length: 20 }, () => random.next());
};

describe('createRandom', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draws(42)).toEqual(draws(42));
  });

  it('gives another sequence for another seed', () => {
    expect(draws(42)).not.toEqual(draws(43));
  });

  it('keeps every integer within its bounds, both included', () => {
    const random = createRandom(7);
    const values = new Set(Array.from({ length: 2000 }, () => random.int(3, 6)));
    expect([...values].sort()).toEqual([3, 4, 5, 6]);
  });

  it('samples distinct items, and no more than there are', () => {
    const random = createRandom(1);
    const items = ['a', 'b', 'c', 'd', 'e'];
    const drawn = random.sample(items, 3);
    expect(new Set(drawn).size).toBe(3);
    expect(random.sampleWeighted(items, 10, () => 1).sort()).toEqual(items);
  });

  it('never draws an item of zero weight while others weigh something', () => {
    const random = createRandom(5);
    const picks = Array.from({ length: 500 }, () =>
      random.pickWeighted(['never', 'always'], (x) => (x === 'never' ? 0 : 1))
    );
    expect(new Set(picks)).toEqual(new Set(['always']));
  });

  it('makes document ids of 20 letters and digits', () => {
    expect(createRandom(9).documentId()).toMatch(/^[A-Za-z0-9]{20}$/);
  });
});
