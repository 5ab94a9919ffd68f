import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever directory a script is started from. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** Generated, disposable files (gitignored): the Firestore launcher jar, test results. */
export const CACHE_DIR = resolve(REPO_ROOT, '.cache');

/** Path of an executable installed by npm in the root workspace (firebase, vite, vitest, tsx). */
export function npmBin(name: string): string {
  return resolve(REPO_ROOT, 'node_modules/.bin', name);
}

/** The emulator's rule-coverage report, saved by the rules tests (tests/rules/globalSetup.ts). */
export const RULE_COVERAGE_DIR = resolve(REPO_ROOT, 'coverage/rules');

/** Evaluated and total expression counts of that report, which `npm test` holds against its floor. */
export const RULE_COVERAGE_SUMMARY = resolve(RULE_COVERAGE_DIR, 'summary.json');
