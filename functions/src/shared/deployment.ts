/**
 * Where the functions run, known to both sides: the app calls its callables in this region.
 * An EU region, since the data are personal data of minors.
 */
export const FUNCTIONS_REGION = 'europe-west1';
