/** Firestore collection names, written once for the app, the functions, the rules tests and the seed. */
export const COLLECTIONS = {
  campaigns: 'campaigns',
  establishments: 'establishments',
  users: 'users',
  domains: 'domains',
  formations: 'formations',
  pupils: 'pupils',
  applications: 'applications',
  preparationSheets: 'preparationSheets',
  interviewSlots: 'interviewSlots',
  convocations: 'convocations',
  publicConvocations: 'publicConvocations',
  interviewReports: 'interviewReports',
  mail: 'mail',
  notifications: 'notifications',
  preRegistrations: 'preRegistrations',
  auditLog: 'auditLog'
} as const;
