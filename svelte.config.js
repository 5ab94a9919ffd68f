import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** A static single-page app: Firebase Hosting serves build/ and rewrites every path to index.html. */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ fallback: 'index.html', strict: false }),
    alias: {
      // The data model lives once, in functions/src/shared, so `firebase deploy` ships it too.
      $shared: 'functions/src/shared'
    }
  }
};
