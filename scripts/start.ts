/**
 * `npm start`: the whole app on this machine — maildev, the Auth/Firestore/Functions emulators
 * seeded with the demo académie, and `vite dev`. Ctrl-C stops everything it started.
 */
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/lib/demo/accounts.js';
import { buildFunctions } from './lib/builds.js';
import { CliError, reportFatal } from './lib/cliError.js';
import { FIREBASE_BIN, firebaseArgs, prepareEmulators } from './lib/emulators.js';
import { type LocalConfig, allPorts, appUrl, hostPort, mailWebUrl, readLocalConfig } from './lib/localConfig.js';
import { startMailServer } from './lib/mailServer.js';
import { assertPortsFree } from './lib/ports.js';
import { REPO_ROOT, npmBin } from './lib/paths.js';
import { type GroupProcess, runOrFail, startGroup, stopAll } from './lib/processes.js';
import { waitForHttp } from './lib/readiness.js';
import { welcomeBlock } from './lib/welcome.js';

const EMULATORS_TIMEOUT_MS = 120_000;
const startedAt = Date.now();
let stopMailServer: (() => Promise<void>) | undefined;
let stopping: Promise<never> | undefined;

/** Stops every child and the mail server, then exits; later calls wait for the first one. */
function shutdown(exitCode: number): Promise<never> {
  stopping ??= (async () => {
    await stopAll();
    await stopMailServer?.();
    process.exit(exitCode);
  })();
  return stopping;
}

/** Resolves once firebase prints that every emulator (functions triggers included) is ready. */
function startEmulators(config: LocalConfig, env: NodeJS.ProcessEnv): Promise<GroupProcess> {
  return new Promise((resolve, reject) => {
    const firebase = startGroup('firebase', FIREBASE_BIN, firebaseArgs(config, 'emulators:start'), {
      cwd: REPO_ROOT,
      env,
      stopSignal: 'SIGINT',
      onLine: (line) => line.includes('All emulators ready') && resolve(firebase)
    });
    firebase.exited.then((code) =>
      reject(new CliError(`Les émulateurs se sont arrêtés au démarrage (code ${code}) : voir leur journal ci-dessus.`))
    );
    setTimeout(
      () => reject(new CliError(`Les émulateurs ne sont pas prêts après ${EMULATORS_TIMEOUT_MS / 1000} s.`)),
      EMULATORS_TIMEOUT_MS
    ).unref();
  });
}

/** A child that stops on its own leaves the app half-working: stop the rest too. */
function stopEverythingWhenOneStops(children: GroupProcess[]): void {
  for (const child of children) {
    child.exited.then((code) => {
      if (stopping) return;
      console.error(`\n✖ ${child.label} s'est arrêté (code ${code}) : arrêt de tout le reste.`);
      void shutdown(1);
    });
  }
}

async function main(): Promise<void> {
  const config = readLocalConfig(REPO_ROOT);
  await assertPortsFree(allPorts(config, 'dev'), config.file);
  const firebaseEnv = prepareEmulators(config, 'dev');
  // Vite needs no emulator: it warms up while the functions compile and the emulators boot. Like
  // every child, it inherits PASSPRO_FIREBASE_CONFIG and so reads the same ports.
  const vite = startGroup('vite', npmBin('vite'), ['dev'], { cwd: REPO_ROOT });
  stopMailServer = await startMailServer(config);
  await buildFunctions();
  const firebase = await startEmulators(config, firebaseEnv);
  await runOrFail(
    'seed',
    npmBin('tsx'),
    ['scripts/seed.ts'],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        FIRESTORE_EMULATOR_HOST: hostPort(config.emulators.firestore),
        FIREBASE_AUTH_EMULATOR_HOST: hostPort(config.emulators.auth),
        FIREBASE_EMULATOR_HUB: hostPort(config.emulators.hub),
        GCLOUD_PROJECT: config.projectId
      }
    },
    "Le chargement de l'académie de démonstration a échoué : voir les erreurs ci-dessus."
  );
  await waitForHttp(appUrl(config, 'dev'), 30_000, vite);
  stopEverythingWhenOneStops([vite, firebase]);
  console.log(
    welcomeBlock({
      appUrl: appUrl(config, 'dev'),
      inboxUrl: mailWebUrl(config),
      accounts: DEMO_ACCOUNTS,
      password: DEMO_PASSWORD,
      seconds: Math.round((Date.now() - startedAt) / 1000)
    })
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (!stopping) console.log('\nArrêt de PASSPRO…');
    void shutdown(0);
  });
}
main().catch((error) => {
  reportFatal(error);
  void shutdown(1);
});
