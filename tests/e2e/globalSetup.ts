/**
 * Before the end-to-end files: the demo académie in the emulators, and the built app (build/, or
 * PASSPRO_BUILD_DIR) served on the config's preview port as Firebase Hosting would serve it,
 * headers included. Runs
 * inside `firebase emulators:exec`, which sets FIRESTORE_EMULATOR_HOST and
 * FIREBASE_AUTH_EMULATOR_HOST for firebase-admin.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemo } from '../../scripts/seed/index.js';
import { readLocalConfig, type LocalConfig } from '../../scripts/lib/localConfig.js';
import { REPO_ROOT } from '../../scripts/lib/paths.js';
import { appBuildDir, serveLocalBuild, type StaticServer } from '../../scripts/lib/staticServer.js';

let app: StaticServer | undefined;

/**
 * The build embeds the emulator addresses of the config it was made with (vite.config.ts): one
 * made for another stack would sign in on someone else's emulators. Fails early, saying so.
 */
function assertBuiltForConfig(buildDir: string, config: LocalConfig): void {
  const { host, port } = config.emulators.auth;
  const authUrl = JSON.stringify(`http://${host}:${port}`);
  const scripts = readdirSync(buildDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  if (!scripts.some((file) => readFileSync(join(buildDir, file), 'utf8').includes(authUrl))) {
    throw new Error(
      `L’application construite dans ${buildDir} ne vise pas l’émulateur Auth de ${config.file} (${authUrl}) : ` +
        `reconstruisez-la avec PASSPRO_FIREBASE_CONFIG=${config.file}.`
    );
  }
}

export async function setup(): Promise<void> {
  const config = readLocalConfig(REPO_ROOT);
  const buildDir = appBuildDir(REPO_ROOT);
  // Started first: it says best when nothing is built at all. Every page runs under the hosting's
  // security headers, so a Content-Security-Policy violation fails its test (support/browser.ts).
  app = await serveLocalBuild(REPO_ROOT, config);
  try {
    assertBuiltForConfig(buildDir, config);
    await seedDemo();
  } catch (error) {
    await teardown();
    throw error;
  }
}

export async function teardown(): Promise<void> {
  await app?.close();
}
