/** Builders of valid documents for every collection, shared by the rules tests, e2e and seeds. */
export * from './applications.js';
export * from './campaigns.js';
export * from './catalogue.js';
export * from './establishments.js';
export * from './interviews.js';
export * from './outbox.js';
export * from './preparationSheets.js';
export * from './preRegistrations.js';
export * from './pupils.js';
export * from './users.js';
export * from './world.js';
