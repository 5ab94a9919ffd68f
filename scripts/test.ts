/**
 * `npm test`: lint and type-check, unit tests, then — against the built functions and app, the
 * emulators and maildev — the rules, functions and end-to-end tests. Every stage runs even after
 * another failed; each prints one line of counts, then comes the line CI reads:
 * `N passed, M failed, K skipped`.
 */
import { buildApp, buildFunctions } from './lib/builds.js';
import { CliError, reportFatal } from './lib/cliError.js';
import { FIREBASE_BIN, firebaseArgs, prepareEmulators } from './lib/emulators.js';
import { type LocalConfig, allPorts, appUrl, mailWebUrl, readLocalConfig } from './lib/localConfig.js';
import { startMailServer } from './lib/mailServer.js';
import { assertPortsFree } from './lib/ports.js';
import { REPO_ROOT, npmBin } from './lib/paths.js';
import { run, stopAll } from './lib/processes.js';
import {
  EMULATOR_PROJECTS,
  UNIT_PROJECT,
  type StageResult,
  clearReports,
  commandStage,
  emulatorSuitesScript,
  failedStage,
  readExitCode,
  readReport,
  readRuleCoverage,
  stageLine,
  sumTallies,
  summaryLine,
  vitestArgs,
  vitestStage,
  withRuleCoverage
} from './lib/vitestRuns.js';

const stages: StageResult[] = [];
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

/** Runs commands side by side (each is short and mostly waits on the disk) and counts each as one check. */
async function runCommands(stage: string, commands: Record<string, [string, string[]]>): Promise<void> {
  const entries = Object.entries(commands);
  console.log(`\n${stage}: ${entries.map(([label]) => label).join(', ')}…`);
  const codes = await Promise.all(
    entries.map(([label, [command, args]]) => run(label, command, args, { cwd: REPO_ROOT }))
  );
  stages.push(commandStage(stage, Object.fromEntries(entries.map(([label], index) => [label, codes[index]]))));
}

function runLint(): Promise<void> {
  return runCommands('lint', {
    prettier: [npmBin('prettier'), ['--check', '--log-level', 'warn', '.']],
    eslint: [npmBin('eslint'), ['.']]
  });
}

/** svelte-check for the app and the tests (root tsconfig), tsc for the functions with their specs, and the scripts. */
async function runTypeCheck(): Promise<void> {
  // svelte-check reads the tsconfig SvelteKit generates.
  await run('svelte-kit', npmBin('svelte-kit'), ['sync'], { cwd: REPO_ROOT });
  return runCommands('types', {
    'svelte-check': [npmBin('svelte-check'), ['--tsconfig', './tsconfig.json', '--output', 'human']],
    'tsc functions': [npmBin('tsc'), ['--noEmit', '-p', 'functions/tsconfig.check.json']],
    'tsc scripts': [npmBin('tsc'), ['--noEmit', '-p', 'scripts/tsconfig.json']]
  });
}

async function runUnitTests(config: LocalConfig): Promise<void> {
  const exitCode = await run('vitest', npmBin('vitest'), vitestArgs(config, UNIT_PROJECT), {
    cwd: REPO_ROOT,
    output: 'inherit'
  });
  stages.push(vitestStage(UNIT_PROJECT, readReport(config, UNIT_PROJECT), exitCode));
}

async function runEmulatorTests(config: LocalConfig, env: NodeJS.ProcessEnv): Promise<void> {
  await buildFunctions();
  await buildApp(env);
  stopMailServer = await startMailServer(config);
  const exitCode = await run(
    'firebase',
    FIREBASE_BIN,
    [...firebaseArgs(config, 'emulators:exec'), emulatorSuitesScript(config)],
    { cwd: REPO_ROOT, env, output: 'inherit', stopSignal: 'SIGINT' }
  );
  await stopMailServer();
  stopMailServer = undefined;
  // A project without a report (emulators that never started, a crash) is red.
  const results = EMULATOR_PROJECTS.map((project) => {
    const result = vitestStage(project, readReport(config, project), readExitCode(config, project));
    return project === 'rules' ? withRuleCoverage(result, readRuleCoverage()) : result;
  });
  stages.push(...results);
  if (exitCode !== 0 && results.every((result) => result.problems.length === 0)) {
    stages.push(failedStage('emulators', `firebase emulators:exec exited with ${exitCode ?? 'a signal'}`));
  }
}

/** Stops what is still running and prints the stage lines, then the summary line last, for CI; later calls wait for the first. */
function finish(): Promise<never> {
  finishing ??= (async () => {
    await stopAll();
    await stopMailServer?.();
    const total = sumTallies(stages);
    console.log(`\n${stages.map(stageLine).join('\n')}\n${summaryLine(total)}`);
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
  await runLint();
  await runTypeCheck();
  await runUnitTests(config);
  await runEmulatorTests(config, env);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (!finishing) stages.push(failedStage('run', `interrupted by ${signal}`));
    void finish();
  });
}
main()
  .catch((error) => {
    reportFatal(error);
    // A failure outside any test (a build, the machine) still turns the run red.
    stages.push(failedStage('run', error instanceof CliError ? error.message : 'unexpected error (see above)'));
  })
  .then(finish);
