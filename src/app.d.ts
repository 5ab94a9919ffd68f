// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {}

  /** Where the local emulators listen, from firebase.json (vite.config.ts); unused against a real project. */
  const __PASSPRO_EMULATORS__: {
    authUrl: string;
    firestore: { host: string; port: number };
    functions: { host: string; port: number };
  };

  interface ImportMetaEnv {
    /** JSON web config of a real Firebase project; unset → local emulators (.env.example). */
    readonly PUBLIC_FIREBASE_CONFIG?: string;
    /** Comma list of sign-in methods for a real project (.env.example). */
    readonly PUBLIC_AUTH_PROVIDERS?: string;
  }
}

export {};
