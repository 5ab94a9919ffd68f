import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Four projects, run by `npm test` in this order: `unit` on its own, then `rules`, `functions`
 * and `e2e` inside `firebase emulators:exec`. The emulator projects run one file at a time because
 * their files share one emulator state (and `e2e` one browser-facing app).
 */
export default defineConfig({
  resolve: {
    // The same aliases as the app (svelte.config.js), so tests import what the app imports.
    alias: {
      $shared: fromRoot('./functions/src/shared'),
      $lib: fromRoot('./src/lib')
    }
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.spec.ts', 'functions/src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'tests/unit/**/*.spec.ts']
        }
      },
      {
        extends: true,
        test: {
          name: 'rules',
          environment: 'node',
          include: ['tests/rules/**/*.test.ts'],
          fileParallelism: false,
          // Each test seeds the emulator, then asks it: seconds when the shared machine is busy.
          testTimeout: 20_000,
          // Loads the rules once and saves the rule-coverage report at the end.
          globalSetup: ['tests/rules/globalSetup.ts']
        }
      },
      {
        extends: true,
        test: {
          name: 'functions',
          environment: 'node',
          include: ['tests/functions/**/*.test.ts'],
          fileParallelism: false,
          // Triggers run in the functions emulator and mail goes through maildev: slower than a unit.
          testTimeout: 30_000,
          hookTimeout: 30_000
        }
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          globalSetup: ['tests/e2e/globalSetup.ts'],
          // A real Chromium against the built app and the emulators.
          testTimeout: 90_000,
          hookTimeout: 90_000
        }
      }
    ]
  }
});
