import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type AppMode, type LocalConfig, appUrl } from './localConfig.js';
import { CACHE_DIR, REPO_ROOT, npmBin } from './paths.js';
import { CliError } from './cliError.js';

/** Where Debian's google-cloud-cli-firestore-emulator package puts the jar. */
const DEBIAN_FIRESTORE_JAR = '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar';
const FIRESTORE_MAIN_CLASS = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';
const LAUNCHER_JAR = resolve(CACHE_DIR, 'firestore-emulator-launcher.jar');
const LAUNCHER_MANIFEST = resolve(CACHE_DIR, 'firestore-emulator-launcher.mf');

/** The sendMail function binds the secret SMTP_PASSWORD; this file keeps the emulator off Secret Manager. */
const SECRET_LOCAL = resolve(REPO_ROOT, 'functions/.secret.local');

/** The emulators the app uses, in the form `--only` takes. */
const EMULATORS = 'auth,firestore,functions';

/** The Debian jar, found through dpkg or at its usual path, or null when the package is absent. */
function findDebianFirestoreJar(): string | null {
  const dpkg = spawnSync('dpkg', ['-L', 'google-cloud-cli-firestore-emulator'], { encoding: 'utf8' });
  const listed = dpkg.status === 0 ? dpkg.stdout.split('\n').find((line) => line.endsWith('.jar')) : undefined;
  if (listed && existsSync(listed)) return listed;
  return existsSync(DEBIAN_FIRESTORE_JAR) ? DEBIAN_FIRESTORE_JAR : null;
}

function commandWorks(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/**
 * Debian's jar has no Main-Class, so `java -jar` (what firebase-tools runs) cannot start it. A jar
 * holding only a manifest that names the main class and puts Debian's jar on the class path can.
 * It is rebuilt only when the manifest changes.
 */
function ensureFirestoreLauncher(debianJar: string): string {
  const manifest = `Main-Class: ${FIRESTORE_MAIN_CLASS}\nClass-Path: ${debianJar}\n`;
  const upToDate =
    existsSync(LAUNCHER_JAR) && existsSync(LAUNCHER_MANIFEST) && readFileSync(LAUNCHER_MANIFEST, 'utf8') === manifest;
  if (upToDate) return LAUNCHER_JAR;
  if (!commandWorks('jar', ['--version'])) {
    throw new CliError(
      "L'outil jar du JDK est introuvable : installez un JDK 17 complet (paquet Debian openjdk-17-jdk-headless)."
    );
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  // Built under a temporary name then renamed, so a parallel run never sees a half-written jar.
  const partial = `${LAUNCHER_JAR}.${process.pid}`;
  writeFileSync(LAUNCHER_MANIFEST, manifest);
  const jar = spawnSync('jar', ['--create', '--file', partial, '--manifest', LAUNCHER_MANIFEST], { encoding: 'utf8' });
  if (jar.status !== 0) throw new Error(`jar a échoué : ${jar.stderr}`);
  renameSync(partial, LAUNCHER_JAR);
  return LAUNCHER_JAR;
}

function ensureSecretLocal(): void {
  if (!existsSync(SECRET_LOCAL)) writeFileSync(SECRET_LOCAL, 'SMTP_PASSWORD=emulator-has-no-password\n');
}

/**
 * Readies the machine for `firebase emulators:*` and returns the environment to start firebase
 * with: the Firestore launcher (absent: firebase-tools downloads its own emulator), and the mail
 * server and app addresses, which the functions emulator hands down to the functions.
 */
export function prepareEmulators(config: LocalConfig, appMode: AppMode): NodeJS.ProcessEnv {
  if (!commandWorks('java', ['-version'])) {
    throw new CliError(
      "Java est introuvable : installez Java 17 (paquet Debian openjdk-17-jdk-headless), l'émulateur Firestore en a besoin."
    );
  }
  ensureSecretLocal();
  const debianJar = findDebianFirestoreJar();
  return {
    ...process.env,
    ...(debianJar ? { FIRESTORE_EMULATOR_BINARY_PATH: ensureFirestoreLauncher(debianJar) } : {}),
    // Loading the functions' code takes more than firebase-tools' 10 s on a busy machine, and
    // then no function exists at all: give it a minute (seconds).
    FUNCTIONS_DISCOVERY_TIMEOUT: process.env.FUNCTIONS_DISCOVERY_TIMEOUT ?? '60',
    SMTP_HOST: config.mailServer.host,
    SMTP_PORT: String(config.mailServer.smtpPort),
    APP_URL: appUrl(config, appMode)
  };
}

/** Arguments for `firebase <subcommand>` on our config file, emulators and demo project. */
export function firebaseArgs(config: LocalConfig, subcommand: 'emulators:start' | 'emulators:exec'): string[] {
  return ['--config', config.file, subcommand, '--only', EMULATORS, '--project', config.projectId];
}

/** The firebase-tools executable installed in node_modules. */
export const FIREBASE_BIN = npmBin('firebase');
