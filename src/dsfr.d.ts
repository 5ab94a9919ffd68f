// The DSFR ships plain JavaScript without types; the app only loads it for its side effects.
declare module '@gouvfr/dsfr/dist/dsfr.module.min.js';
