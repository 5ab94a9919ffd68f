import { describe, expect, it } from 'vitest';
import { mapConcurrently } from './concurrency.js';

describe('mapConcurrently', () => {
  it('keeps the results in the order of the items, whatever order the tasks end in', async () => {
    const delays = [30, 0, 20, 10];
    const results = await mapConcurrently(delays, 2, async (ms) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return ms * 2;
    });
    expect(results).toEqual([60, 0, 40, 20]);
  });

  it('never runs more tasks at once than the limit', async () => {
    let running = 0;
    let most = 0;
    await mapConcurrently(
      Array.from({ length: 10 }, (_, i) => i),
      3,
      async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
      }
    );
    expect(most).toBe(3);
  });

  it('resolves to an empty list for no items', async () => {
    expect(await mapConcurrently([], 4, async () => 1)).toEqual([]);
  });
});
