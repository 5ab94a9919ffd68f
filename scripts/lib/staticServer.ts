import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import type { LocalConfig } from './localConfig.js';

/**
 * Serves the built app the way Firebase Hosting does (firebase.json `hosting`): the files of the
 * build directory, and index.html for every other path (the `** → /index.html` rewrite), with the
 * hosting's security headers. The e2e tests use it instead of `vite preview`, which serves only
 * the project's build/, so that every page they visit runs under the production policy.
 */

/** Response headers by name. */
export type Headers = Record<string, string>;

/**
 * The headers firebase.json's hosting sends with every file. Always the repository's firebase.json,
 * the source of truth: the firebase.hN.json copies that give other engineers their ports may lag.
 */
export function hostingHeaders(root: string): Headers {
  const hosting = JSON.parse(readFileSync(resolve(root, 'firebase.json'), 'utf8')).hosting as {
    headers?: { source: string; headers: { key: string; value: string }[] }[];
  };
  const rules = hosting.headers ?? [];
  // Only the catch-all rule is reproduced here: a narrower one would be served by Hosting alone.
  const narrower = rules.find((rule) => rule.source !== '**');
  if (narrower)
    throw new Error(`firebase.json: the static server only reproduces "**" header rules, not "${narrower.source}".`);
  return Object.fromEntries(rules.flatMap((rule) => rule.headers.map(({ key, value }) => [key, value])));
}

/**
 * The hosting headers for an app built against the local emulators (tests, `npm run
 * bench:catalogue`): the emulators' origins join the Content-Security-Policy's connect-src, which
 * in production lists the Firebase endpoints only. Never for a deployed app.
 */
export function withEmulatorOrigins(headers: Headers, config: LocalConfig): Headers {
  const { auth, firestore, functions } = config.emulators;
  const origins = [auth, firestore, functions].map(({ host, port }) => `http://${host}:${port}`);
  const name = Object.keys(headers).find((key) => key.toLowerCase() === 'content-security-policy');
  const directives = (name ? headers[name] : '').split(';').map((directive) => directive.trim());
  const connect = directives.findIndex((directive) => directive.split(/\s+/)[0] === 'connect-src');
  if (!name || connect === -1)
    throw new Error('firebase.json: the Content-Security-Policy of hosting needs a connect-src.');
  directives[connect] = `${directives[connect]} ${origins.join(' ')}`;
  return { ...headers, [name]: directives.join('; ') };
}

/** Content types of the files a SvelteKit + DSFR build holds; anything else is sent as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf'
};

/** The content type of a file, from its extension. */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Where `vite build` writes the app: PASSPRO_BUILD_DIR (relative to the repository root), as
 * svelte.config.js reads it, so parallel stacks each serve their own build.
 */
export function appBuildDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env.PASSPRO_BUILD_DIR ?? 'build');
}

export interface StaticServerOptions {
  /** The build directory; must hold index.html. */
  root: string;
  port: number;
  /** Loopback by default: the app is for this machine only. */
  host?: string;
  /** Sent with every file, as firebase.json's hosting headers are (see hostingHeaders). */
  headers?: Headers;
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:4173 (with the real port when 0 was asked). */
  url: string;
  /** Stops listening and drops open (keep-alive) connections. */
  close(): Promise<void>;
}

/** The file under `root` a URL path names, or null when it names none (or tries to leave root). */
function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // malformed escape: no file has that name
  }
  const candidate = resolve(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  const stats = statSync(candidate, { throwIfNoEntry: false });
  if (stats?.isFile()) return candidate;
  // Like Hosting, a directory serves its own index.html when it has one.
  if (stats?.isDirectory()) {
    const index = join(candidate, 'index.html');
    if (statSync(index, { throwIfNoEntry: false })?.isFile()) return index;
  }
  return null;
}

function handle(root: string, headers: Headers, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
    return;
  }
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(root, pathname) ?? join(root, 'index.html');
  const size = statSync(file, { throwIfNoEntry: false })?.size;
  if (size === undefined) {
    response.writeHead(404, headers).end(); // the build was removed while serving
    return;
  }
  response.writeHead(200, {
    ...headers,
    'content-type': contentTypeOf(file),
    'content-length': size,
    // Each build replaces the app: never let the browser keep an older one.
    'cache-control': 'no-cache'
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/** Serves `root` on host:port; resolves once listening. */
export async function startStaticServer({
  root,
  port,
  host = '127.0.0.1',
  headers = {}
}: StaticServerOptions): Promise<StaticServer> {
  const absoluteRoot = resolve(root);
  if (!existsSync(join(absoluteRoot, 'index.html'))) {
    throw new Error(
      `Aucune application construite dans ${absoluteRoot} (index.html manquant) : lancez d’abord « vite build ».`
    );
  }
  const server = createServer((request, response) => handle(absoluteRoot, headers, request, response));
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen({ port, host, exclusive: true }, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${actualPort}`,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      })
  };
}

/**
 * The app built against the local emulators, on the config's preview port, as the e2e tests and
 * the bench use it: the hosting's headers, with the emulators' origins allowed.
 */
export function serveLocalBuild(root: string, config: LocalConfig): Promise<StaticServer> {
  return startStaticServer({
    root: appBuildDir(root),
    host: config.app.host,
    port: config.app.previewPort,
    headers: withEmulatorOrigins(hostingHeaders(root), config)
  });
}
