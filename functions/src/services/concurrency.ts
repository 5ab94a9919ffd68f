/**
 * Runs `task` on every item with at most `limit` tasks in flight, and resolves with the results in
 * the items' order. Account imports make a few Auth and Firestore calls per row: one at a time
 * would take minutes for an académie, all at once would hit the Auth quotas.
 */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
