import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readLocalConfig } from './localConfig';
import { REPO_ROOT } from './paths';
import {
  appBuildDir,
  contentTypeOf,
  hostingHeaders,
  startStaticServer,
  withEmulatorOrigins,
  type StaticServer
} from './staticServer';

const INDEX = '<!doctype html><title>PASSPRO</title>';
const HEADERS = { 'Content-Security-Policy': "default-src 'self'", 'X-Content-Type-Options': 'nosniff' };

/** A request as sent on the wire: fetch() would normalise `..` out of the path before sending it. */
function rawGet(url: string, path: string, method = 'GET'): Promise<{ status: number; type?: string; body: string }> {
  return new Promise((resolve, reject) => {
    request(`${url}${path}`, { method, path }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'], body })
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('the static server of the built app', () => {
  // A build directory with a secret file beside it, which no path may reach.
  const parent = mkdtempSync(join(tmpdir(), 'passpro-static-'));
  const root = join(parent, 'build');
  let server: StaticServer;

  beforeAll(async () => {
    mkdirSync(join(root, '_app/immutable'), { recursive: true });
    mkdirSync(join(root, 'aide'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, '_app/immutable/entry app.js'), 'export const ok = true;');
    writeFileSync(join(root, '_app/immutable/style.css'), 'main{}');
    writeFileSync(join(root, 'aide/index.html'), '<p>aide</p>');
    writeFileSync(join(parent, 'secret.txt'), 'secret');
    server = await startStaticServer({ root, port: 0, headers: HEADERS });
  });

  afterAll(async () => {
    await server.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it('listens on the loopback interface only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves a file of the build with the content type of its extension', async () => {
    const script = await fetch(`${server.url}/_app/immutable/entry%20app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export const ok = true;');

    const style = await fetch(`${server.url}/_app/immutable/style.css`);
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('sends the hosting headers with every answer, pages, files and refusals alike', async () => {
    for (const answer of [
      await fetch(`${server.url}/college`),
      await fetch(`${server.url}/_app/immutable/style.css`),
      await fetch(`${server.url}/college`, { method: 'POST' })
    ]) {
      expect(answer.headers.get('content-security-policy')).toBe("default-src 'self'");
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves index.html for every path that names no file, as the Hosting rewrite does', async () => {
    for (const path of ['/', '/college', '/academie/comptes?onglet=1', '/_app/immutable/missing.js']) {
      const page = await fetch(`${server.url}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toBe(INDEX);
    }
  });

  it('serves the index.html of a directory that has one', async () => {
    expect(await (await fetch(`${server.url}/aide/`)).text()).toBe('<p>aide</p>');
  });

  it('never serves a file outside the build directory', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/%E0%A4%A']) {
      const answer = await rawGet(server.url, path);
      expect(answer.body).toBe(INDEX);
    }
  });

  it('answers HEAD without a body and refuses the methods that would change something', async () => {
    const head = await rawGet(server.url, '/college', 'HEAD');
    expect(head).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '' });

    const post = await fetch(`${server.url}/college`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('starting and stopping the static server', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'passpro-static-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('refuses to start on a directory without a built app, saying what to do', async () => {
    await expect(startStaticServer({ root, port: 0 })).rejects.toThrow(/index\.html manquant.*vite build/);
  });

  it('stops even while a client keeps a connection open', async () => {
    writeFileSync(join(root, 'index.html'), INDEX);
    const server = await startStaticServer({ root, port: 0 });
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((resolve) => request(server.url, { agent }, (r) => r.resume().on('end', resolve)).end());

    await server.close();

    await expect(fetch(server.url)).rejects.toThrow();
    agent.destroy();
  });

  it('refuses a port that is already taken', async () => {
    writeFileSync(join(root, 'index.html'), INDEX);
    const first = await startStaticServer({ root, port: 0 });
    const port = Number(new URL(first.url).port);
    try {
      await expect(startStaticServer({ root, port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await first.close();
    }
  });
});

describe('appBuildDir', () => {
  it('is build/ at the repository root unless PASSPRO_BUILD_DIR names another directory', () => {
    expect(appBuildDir('/repo', {})).toBe('/repo/build');
    expect(appBuildDir('/repo', { PASSPRO_BUILD_DIR: '.cache/build-h7' })).toBe('/repo/.cache/build-h7');
  });
});

describe('contentTypeOf', () => {
  it('names the fonts and images of the DSFR, and sends unknown files as bytes', () => {
    expect(contentTypeOf('marianne-regular.woff2')).toBe('font/woff2');
    expect(contentTypeOf('icons/ARROW.SVG')).toBe('image/svg+xml');
    expect(contentTypeOf('favicon.ico')).toBe('image/x-icon');
    expect(contentTypeOf('archive.bin')).toBe('application/octet-stream');
  });
});

describe('hostingHeaders', () => {
  it('reads the security headers of the repository’s firebase.json', () => {
    const headers = hostingHeaders(REPO_ROOT);
    const csp = headers['Content-Security-Policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/connect-src 'self' https:\/\/firestore\.googleapis\.com /);
    expect(headers).toMatchObject({
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Strict-Transport-Security': expect.stringMatching(/^max-age=\d{8}/),
      'Permissions-Policy': expect.stringContaining('camera=()')
    });
  });

  it('refuses a header rule it would not reproduce, rather than serve other headers than Hosting', () => {
    const root = mkdtempSync(join(tmpdir(), 'passpro-hosting-'));
    try {
      const rule = (source: string) => ({ source, headers: [{ key: 'Cache-Control', value: 'no-cache' }] });
      writeFileSync(
        join(root, 'firebase.json'),
        JSON.stringify({ hosting: { headers: [rule('**'), rule('**/*.js')] } })
      );
      expect(() => hostingHeaders(root)).toThrow(/"\*\*\/\*\.js"/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('withEmulatorOrigins', () => {
  const config = readLocalConfig(REPO_ROOT, {});
  const csp = "default-src 'self'; connect-src 'self' https://firestore.googleapis.com; frame-ancestors 'none'";

  it('lets the app reach the Auth, Firestore and Functions emulators of the config, and nothing else changes', () => {
    const { auth, firestore, functions } = config.emulators;
    expect(withEmulatorOrigins({ 'Content-Security-Policy': csp, 'Referrer-Policy': 'no-referrer' }, config)).toEqual({
      'Content-Security-Policy':
        "default-src 'self'; connect-src 'self' https://firestore.googleapis.com " +
        `http://${auth.host}:${auth.port} http://${firestore.host}:${firestore.port} http://${functions.host}:${functions.port}; ` +
        "frame-ancestors 'none'",
      'Referrer-Policy': 'no-referrer'
    });
  });

  it('refuses a policy without connect-src, where the origins would have nowhere to go', () => {
    expect(() => withEmulatorOrigins({ 'Content-Security-Policy': "default-src 'self'" }, config)).toThrow(
      /connect-src/
    );
    expect(() => withEmulatorOrigins({}, config)).toThrow(/connect-src/);
  });
});
