import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { test as base } from 'vitest';
import { ROLE_HOME } from '$shared';
import type { DemoAccount } from '$lib/demo/accounts';
import { launchChromium } from '../../../scripts/lib/chromium';
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
 * vitest's `test` with two fixtures: `browser`, Chromium (Debian's, or PASSPRO_CHROMIUM) launched once per file, and
 * `page`, opened in a fresh context (no cookies, no IndexedDB session) for each test. A failed
 * test leaves a screenshot under test-results/e2e/failures; an uncaught error in the page fails it.
 */
export const test = base.extend<{ $file: { browser: Browser }; $test: { page: Page } }>({
  browser: [
    // An object pattern, even empty: vitest reads a fixture's dependencies from it.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await launchChromium();
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
    const cspViolations = await watchCspViolations(page);
    try {
      await use(page);
      if (task.result?.state === 'fail') {
        await screenshot(page, join('failures', `${basename(task.file.name, '.test.ts')}--${fileName(task.name)}.png`));
      }
      if (pageErrors.length > 0) {
        throw new Error(`Uncaught error(s) in the page:\n${pageErrors.map((e) => e.stack ?? e.message).join('\n')}`);
      }
      if (cspViolations.length > 0) {
        throw new Error(`Content-Security-Policy violation(s):\n${[...new Set(cspViolations)].join('\n')}`);
      }
    } finally {
      await context.close();
    }
  }
});

/** Marks the console lines our listener writes for each violation (see watchCspViolations). */
const CSP_VIOLATION = '[csp-violation]';
/** Chromium's own console lines for a blocked action ("Refused to connect…", "Executing inline script violates…"). */
const CHROMIUM_CSP_LINE = /^Refused to |violates the following Content Security Policy/;
const violationsByPage = new WeakMap<Page, string[]>();

/**
 * Collects what the page's Content-Security-Policy blocks (the static server sends firebase.json's,
 * the build adds its <meta>): the `securitypolicyviolation` events, reported to the console by a
 * listener installed before any script of the page, and Chromium's own lines.
 */
async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  violationsByPage.set(page, violations);
  await page.addInitScript((marker) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`${marker} ${event.effectiveDirective} blocked ${event.blockedURI} on ${event.documentURI}`);
    });
  }, CSP_VIOLATION);
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith(CSP_VIOLATION) || CHROMIUM_CSP_LINE.test(text)) violations.push(text);
  });
  return violations;
}

/** The violations seen so far on a test's page, live: a test that causes one on purpose empties it. */
export function cspViolationsOf(page: Page): string[] {
  return violationsByPage.get(page) ?? [];
}

async function screenshot(page: Page, relativePath: string): Promise<void> {
  const path = join(RESULTS_DIR, relativePath);
  mkdirSync(join(path, '..'), { recursive: true });
  await page.screenshot({ path, fullPage: true });
}

/** Fails with one line per axe violation (rule, impact, help) and the selectors of its elements. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Evaluated rather than added as a <script>: the page's CSP rightly refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
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
 * header and grids change with the width; and its own title. Leaves the page at desktop size.
 */
export async function inspectPage(page: Page, name: string): Promise<void> {
  // Every page names itself: a title left at « Chargement » tells a screen reader nothing.
  const title = await page.title();
  if ((!title.endsWith('PASSPRO') && !title.startsWith('PASSPRO')) || title.startsWith('Chargement')) {
    throw new Error(`The page ${page.url()} is titled « ${title} »: each page sets its own title.`);
  }
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

/** Waits until `target` has the focus (a page moves it after its update); fails naming what has it. */
export async function expectFocused(target: Locator, timeoutMs = UI_TIMEOUT_MS): Promise<void> {
  await waitFor(
    () => target.evaluate((element) => element === document.activeElement).catch(() => false),
    (focused) => focused,
    { what: `${target} to have the focus`, timeoutMs }
  );
}
