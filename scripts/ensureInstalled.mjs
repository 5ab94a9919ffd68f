/**
 * `prestart` and `pretest`: what a fresh clone needs before `npm start` or `npm test`, in plain Node
 * because tsx itself may not be installed yet.
 * - The npm dependencies: `npm ci` when node_modules is missing or older than package-lock.json
 *   (npm writes node_modules/.package-lock.json at each install).
 * - With `--chromium` (tests): Chromium for the end-to-end tests, from Debian when run as root,
 *   otherwise one French sentence saying what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lockFile = `${root}/package-lock.json`;
const installedLock = `${root}/node_modules/.package-lock.json`;
// The same default as scripts/lib/chromium.ts, which the tests launch.
const chromium = process.env.PASSPRO_CHROMIUM || '/usr/bin/chromium';

/** Runs a command on this terminal; true when it exits with 0. */
function run(command, args, env = process.env) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', env }).status === 0;
}

function fail(sentence) {
  console.error(`\n✖ ${sentence}\n`);
  process.exit(1);
}

function ensureDependencies() {
  if (existsSync(installedLock) && statSync(installedLock).mtimeMs >= statSync(lockFile).mtimeMs) return;
  console.log('Installation des dépendances (npm ci) : node_modules est absent ou plus ancien que package-lock.json.');
  // Under `npm run`, npm_execpath is the npm that started us: the same one installs.
  const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  if (!run(npm[0], [...npm[1], 'ci', '--no-audit', '--no-fund'])) {
    fail('L’installation des dépendances (npm ci) a échoué : voir les erreurs ci-dessus.');
  }
}

function ensureChromium() {
  if (existsSync(chromium)) return;
  const canInstall = !process.env.PASSPRO_CHROMIUM && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log('Installation de Chromium (apt-get install chromium) pour les tests de bout en bout.');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const installed =
      run('apt-get', ['update', '-q'], env) &&
      run('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium'], env);
    if (installed && existsSync(chromium)) return;
  }
  fail(
    `Chromium est introuvable (${chromium}) : les tests de bout en bout en ont besoin ; installez-le ` +
      '(sudo apt-get install chromium) ou donnez le chemin d’un Chromium dans la variable PASSPRO_CHROMIUM.'
  );
}

ensureDependencies();
if (process.argv.includes('--chromium')) ensureChromium();
