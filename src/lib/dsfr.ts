/**
 * Starts the DSFR's scripts, which the header's mobile menu (a DSFR modal) needs. The "react" mode
 * is the DSFR's setting for apps that render their own DOM: it never rewrites markup Svelte owns.
 */
export async function startDsfr(): Promise<void> {
  // The DSFR reads its settings from window.dsfr, then replaces them with its API.
  const w = window as unknown as { dsfr: unknown };
  w.dsfr = { mode: 'react', production: true };
  await import('@gouvfr/dsfr/dist/dsfr.module.min.js');
  (w.dsfr as { start(): void }).start();
}
