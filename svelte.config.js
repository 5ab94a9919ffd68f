import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The build embeds the emulator ports of the config in use (PASSPRO_FIREBASE_CONFIG): stacks that
// run side by side each build into their own directory so they never serve each other's app, with
// SvelteKit's intermediate files beside it (a shared .svelte-kit/output mixes two builds' files).
const buildDir = process.env.PASSPRO_BUILD_DIR ?? 'build';
const kitDir = process.env.PASSPRO_BUILD_DIR ? `${buildDir}.svelte-kit` : '.svelte-kit';

/** A static single-page app: Firebase Hosting serves build/ and rewrites every path to index.html. */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: buildDir, assets: buildDir, fallback: 'index.html', strict: false }),
    outDir: kitDir,
    // The inline start script changes with every build, so its hash cannot live in firebase.json's
    // header: SvelteKit writes it into a CSP <meta> of index.html, which the browser enforces on
    // top of the header's policy (docs/security.md, "Security headers").
    csp: { mode: 'hash', directives: { 'script-src': ['self', 'https://apis.google.com'] } },
    alias: {
      // The data model lives once, in functions/src/shared, so `firebase deploy` ships it too.
      $shared: 'functions/src/shared'
    }
  }
};
