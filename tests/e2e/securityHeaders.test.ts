import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appUrl, readLocalConfig } from '../../scripts/lib/localConfig';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { waitFor } from '../support/waitFor';
import { cspViolationsOf, test } from './support/browser';

const APP_URL = appUrl(readLocalConfig(REPO_ROOT), 'preview');

/** The sources a policy lists for a directive. */
const sourcesOf = (policy: string, directive: string) =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive)
    ?.slice(1) ?? [];

describe('the security headers every page is served with', () => {
  it('forbid framing and referrers and name the hosts the app may reach', async () => {
    const response = await fetch(`${APP_URL}/catalogue`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(sourcesOf(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(sourcesOf(policy, 'connect-src')).toContain('https://firestore.googleapis.com');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  // The header allows inline scripts only because this meta narrows them to SvelteKit's own: a
  // build without it would run any injected inline script.
  it('narrow inline scripts to the start script, whose hash the page’s CSP meta names', async () => {
    const html = await (await fetch(`${APP_URL}/`)).text();
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code]) => code);
    expect(inline.length).toBeGreaterThan(0);
    const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    expect(sourcesOf(meta, 'script-src')).toEqual(["'self'", 'https://apis.google.com', ...hashes]);
  });
});

describe('the Content-Security-Policy watch of the tests', () => {
  test('sees an injected inline script that the policy blocks', async ({ page }) => {
    await page.goto('/catalogue');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.head.append(script);
    });
    const violations = cspViolationsOf(page);
    // Both witnesses: the page's securitypolicyviolation event and Chromium's console line.
    await waitFor(
      async () => [...violations],
      (seen) =>
        seen.some((line) => line.includes('script-src-elem blocked inline on')) &&
        seen.some((line) => line.startsWith('Executing inline script violates')),
      { what: 'the blocked inline script to be reported twice', timeoutMs: 5_000 }
    );
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    violations.splice(0); // caused on purpose: the fixture must not fail this test for it
  });
});
