import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { test as base } from 'vitest';
import { ROLE_HOME } from '$shared';
import type { DemoAccount } from '$lib/demo/accounts';
import { appUrl, readLocalConfig } from '../../../scripts/lib/localConfig';
import { REPO_ROOT } from '../../../scripts/lib/paths';
import { waitFor } from '../../support/waitFor';

/** The app as globalSetup serves it (the config's preview port). */
export const APP_URL = appUrl(readLocalConfig(REPO_ROOT), 'preview');

/** Screenshots of failed tests and of every inspected page (test-results/ is gitignored). */
const RESULTS_DIR = join(REPO_ROOT, 'test-results/e2e');

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844 }
} as const;

/** How long a page may take to show what a test waits for (emulators, first Firestore reads). */
const UI_TIMEOUT_MS = 15_000;

/** What "accessible" means here: WCAG 2.0–2.2 levels A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const fileName = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);

/**
 * vitest's `test` with two fixtures: `browser`, Debian's Chromium launched once per file, and
 * `page`, opened in a fresh context (no cookies, no IndexedDB session) for each test. A failed
 * test leaves a screenshot under test-results/e2e/failures; an uncaught error in the page fails it.
 */
export const test = base.extend<{ $file: { browser: Browser }; $test: { page: Page } }>({
  browser: [
    // An object pattern, even empty: vitest reads a fixture's dependencies from it.
    async ({}, use) => {
      const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-dev-shm-usage'
        ]
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'file' }
  ],
  page: async ({ browser, task }, use) => {
    const context = await browser.newContext({
      baseURL: APP_URL,
      viewport: VIEWPORTS.desktop,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris'
    });
    context.setDefaultTimeout(UI_TIMEOUT_MS);
    const page = await context.newPage();
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    try {
      await use(page);
      if (task.result?.state === 'fail') {
        await screenshot(page, join('failures', `${basename(task.file.name, '.test.ts')}--${fileName(task.name)}.png`));
      }
      if (pageErrors.length > 0) {
        throw new Error(`Uncaught error(s) in the page:\n${pageErrors.map((e) => e.stack ?? e.message).join('\n')}`);
      }
    } finally {
      await context.close();
    }
  }
});

async function screenshot(page: Page, relativePath: string): Promise<void> {
  const path = join(RESULTS_DIR, relativePath);
  mkdirSync(join(path, '..'), { recursive: true });
  await page.screenshot({ path, fullPage: true });
}

/** Fails with one line per axe violation (rule, impact, help) and the selectors of its elements. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run: (options: object) => Promise<AxeResults> } };
    const results = await axe.run({ runOnly: { type: 'tag', values: tags } });
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      targets: nodes.map((node) => node.target.join(' '))
    }));
  }, AXE_TAGS);
  if (violations.length === 0) return;
  const report = violations
    .map(
      ({ id, impact, help, targets }) => `- ${id} (${impact}): ${help}\n${targets.map((t) => `    ${t}`).join('\n')}`
    )
    .join('\n');
  throw new Error(`axe found ${violations.length} violation(s) on ${page.url()}:\n${report}`);
}

/**
 * Looks at the page as people will: a full-page screenshot on a desktop and on a phone
 * (test-results/e2e/pages/<name>-<viewport>.png) and an axe check at each size, since the DSFR
 * header and grids change with the width. Leaves the page at desktop size.
 */
export async function inspectPage(page: Page, name: string): Promise<void> {
  for (const [viewport, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    await screenshot(page, join('pages', `${fileName(name)}-${viewport}.png`));
    await expectNoAxeViolations(page);
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}

/**
 * Waits until the element's text, spaces collapsed, reads `expected`; fails quoting what it read.
 * The text as written, not as styled: DSFR badges are shown in capitals.
 */
export async function expectText(locator: Locator, expected: string, timeoutMs = UI_TIMEOUT_MS): Promise<void> {
  const collapse = (text: string | null) => text?.replace(/\s+/g, ' ').trim() ?? null;
  await waitFor(
    () => locator.textContent({ timeout: 1_000 }).then(collapse, () => null),
    (text) => text === collapse(expected),
    { what: `${locator} to read « ${expected} »`, timeoutMs }
  );
}

/** Signs in the way a person does on the demo: opens /connexion, clicks the account's button, lands home. */
export async function signInAs(page: Page, account: DemoAccount): Promise<void> {
  await page.goto('/connexion');
  await page.getByRole('button', { name: `Se connecter : ${account.displayName}` }).click();
  await page.waitForURL(ROLE_HOME[account.role]);
}

/** Signs out with the header's button and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL('/connexion');
}

/** Presses Tab until `target` has the focus; fails after `maxPresses`. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${target} was not reached after ${maxPresses} presses on Tab`);
}
