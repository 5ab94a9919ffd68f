import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { readLocalConfig } from './scripts/lib/localConfig';

// Every port comes from firebase.json (or the file PASSPRO_FIREBASE_CONFIG names), so parallel
// stacks never collide and nothing is written twice.
const local = readLocalConfig();
const { auth, firestore, functions } = local.emulators;

export default defineConfig({
  plugins: [sveltekit()],
  // PUBLIC_FIREBASE_CONFIG and PUBLIC_AUTH_PROVIDERS are read through import.meta.env: unlike
  // $env/static/public, an unset variable is then simply undefined (= emulator mode).
  envPrefix: ['VITE_', 'PUBLIC_'],
  define: {
    __PASSPRO_EMULATORS__: JSON.stringify({
      authUrl: `http://${auth.host}:${auth.port}`,
      firestore: { host: firestore.host, port: firestore.port },
      functions: { host: functions.host, port: functions.port }
    })
  },
  // The spreadsheet worker loads exceljs on demand: only module workers can split chunks.
  worker: { format: 'es' },
  build: {
    // DSFR's icon stylesheet names ~1,500 SVGs: inlined they would weigh 3 MB of CSS on every page;
    // as files, the browser fetches only the few icons a page shows.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined)
  },
  server: {
    host: local.app.host,
    port: local.app.devPort,
    strictPort: true,
    // Builds and test reports written while `npm start` runs must not reload the open pages.
    watch: {
      ignored: [
        '**/build/**',
        '**/*.svelte-kit/**',
        '**/.cache/**',
        '**/coverage/**',
        '**/test-results/**',
        '**/functions/lib/**'
      ]
    }
  }
});
