/**
 * `npm run bench:catalogue` — how the catalogue holds up at the size of a large académie: builds
 * the app, starts the Auth and Firestore emulators on the ports of firebase.json (or
 * PASSPRO_FIREBASE_CONFIG), times the reading and planning of a file of 50,000 rows against a
 * CPU budget (BENCH_LARGE_ROWS, BENCH_LARGE_BUDGET; a budget overrun fails the run), generates a
 * file of 2,000 formations (BENCH_ROWS to change it), and prints the import times and the time to
 * first filtered results in Chromium.
 */
import { buildApp } from './lib/builds.js';
import { CliError, reportFatal } from './lib/cliError.js';
import { FIREBASE_BIN, prepareEmulators } from './lib/emulators.js';
import { allPorts, readLocalConfig } from './lib/localConfig.js';
import { assertPortsFree } from './lib/ports.js';
import { REPO_ROOT, npmBin } from './lib/paths.js';
import { run, stopAll } from './lib/processes.js';

async function main(): Promise<void> {
  const config = readLocalConfig(REPO_ROOT);
  await assertPortsFree(allPorts(config, 'preview'), config.file);
  const env = prepareEmulators(config, 'preview');
  await buildApp(env);
  // Functions play no part in the catalogue: only Auth (the seed's accounts) and Firestore start.
  const args = ['--config', config.file, 'emulators:exec', '--only', 'auth,firestore', '--project', config.projectId];
  const status = await run('firebase', FIREBASE_BIN, [...args, `${npmBin('tsx')} scripts/catalogue/benchRun.ts`], {
    cwd: REPO_ROOT,
    env,
    output: 'inherit',
    stopSignal: 'SIGINT'
  });
  if (status !== 0) throw new CliError('Le banc d’essai a échoué : voir les erreurs ci-dessus.');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void stopAll().then(() => process.exit(1)));
}
main()
  .catch((error) => {
    reportFatal(error);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
