import { type GroupProcess, isRunning } from './processes.js';

/**
 * Resolves once `url` answers any HTTP status. Rejects after `timeoutMs`, or as soon as `server`,
 * the process meant to answer, has exited.
 */
export async function waitForHttp(url: string, timeoutMs: number, server?: GroupProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      if (server && !isRunning(server)) {
        throw new Error(`${server.label} s'est arrêté avant de répondre : voir son journal ci-dessus.`);
      }
      if (Date.now() > deadline) throw new Error(`${url} ne répond pas après ${timeoutMs / 1000} s.`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
