/**
 * The PASSPRO data model: zod schemas and types shared by the app, the functions, the seed and
 * the tests. No SDK imports here (the app and the functions use different Firebase SDKs).
 * docs/data-model.md describes each collection.
 */
export * from './account.js';
export * from './accountFile.js';
export * from './application.js';
export * from './audit.js';
export * from './avis.js';
export * from './campaign.js';
export * from './catalogue.js';
export * from './classListFile.js';
export * from './collections.js';
export * from './deployment.js';
export * from './csv.js';
export * from './establishment.js';
export * from './interview.js';
export * from './mail.js';
export * from './messages.js';
export * from './notification.js';
export * from './parisTime.js';
export * from './preparationSheet.js';
export * from './preRegistration.js';
export * from './primitives.js';
export * from './pupil.js';
export * from './roles.js';
export * from './uai.js';
export * from './user.js';
export * from './ics.js';
export * from './convocationText.js';
