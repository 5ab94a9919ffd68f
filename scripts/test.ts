/**
 * `npm test`: unit tests, then — against the built functions and app, the emulators and maildev —
 * the rules, functions and end-to-end tests. Ends with the line CI reads: `N passed, M failed`.
 */
import { buildApp, buildFunctions } from './lib/builds.js';
import { reportFatal } from './lib/cliError.js';
import { FIREBASE_BIN, firebaseArgs, prepareEmulators } from './lib/emulators.js';
import { type LocalConfig, allPorts, appUrl, mailWebUrl, readLocalConfig } from './lib/localConfig.js';
import { startMailServer } from './lib/mailServer.js';
import { assertPortsFree } from './lib/ports.js';
import { REPO_ROOT, npmBin } from './lib/paths.js';
import { run, stopAll } from './lib/processes.js';
import {
  EMULATOR_PROJECTS,
  UNIT_PROJECT,
  type Tally,
  clearReports,
  emulatorSuitesScript,
  readReport,
  sumTallies,
  summaryLine,
  tallyReport,
  vitestArgs
} from './lib/vitestRuns.js';

const tallies: Tally[] = [];
let stopMailServer: (() => Promise<void>) | undefined;
let finishing: Promise<never> | undefined;

/** What the tests need to find the app and the inbox, on top of what emulators:exec sets. */
function testEnvironment(config: LocalConfig): NodeJS.ProcessEnv {
  return {
    ...prepareEmulators(config, 'preview'),
    PASSPRO_APP_URL: appUrl(config, 'preview'),
    PASSPRO_MAIL_WEB_URL: mailWebUrl(config)
  };
}

async function runUnitTests(config: LocalConfig): Promise<void> {
  await run('vitest', npmBin('vitest'), vitestArgs(config, UNIT_PROJECT), { cwd: REPO_ROOT, output: 'inherit' });
  tallies.push(tallyReport(readReport(config, UNIT_PROJECT)));
}

async function runEmulatorTests(config: LocalConfig, env: NodeJS.ProcessEnv): Promise<void> {
  await buildFunctions();
  await buildApp(env);
  stopMailServer = await startMailServer(config);
  await run('firebase', FIREBASE_BIN, [...firebaseArgs(config, 'emulators:exec'), emulatorSuitesScript(config)], {
    cwd: REPO_ROOT,
    env,
    output: 'inherit',
    stopSignal: 'SIGINT'
  });
  await stopMailServer();
  stopMailServer = undefined;
  // A project without a report (emulators that never started, a crash) counts as one failure.
  for (const project of EMULATOR_PROJECTS) tallies.push(tallyReport(readReport(config, project)));
}

/** Stops what is still running and prints the summary line last, for CI; later calls wait for the first. */
function finish(): Promise<never> {
  finishing ??= (async () => {
    await stopAll();
    await stopMailServer?.();
    const total = sumTallies(tallies);
    console.log(`\n${summaryLine(total)}`);
    process.exit(total.failed === 0 ? 0 : 1);
  })();
  return finishing;
}

async function main(): Promise<void> {
  const config = readLocalConfig(REPO_ROOT);
  // Machine problems (Java, busy ports) are reported before any test runs.
  await assertPortsFree(allPorts(config, 'preview'), config.file);
  const env = testEnvironment(config);
  clearReports(config);
  await runUnitTests(config);
  await runEmulatorTests(config, env);
}

/** A failure outside any test (a build, the machine, an interruption) still turns the run red. */
function countAsFailure(): void {
  tallies.push({ passed: 0, failed: 1 });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (!finishing) countAsFailure();
    void finish();
  });
}
main()
  .catch((error) => {
    reportFatal(error);
    countAsFailure();
  })
  .then(finish);
