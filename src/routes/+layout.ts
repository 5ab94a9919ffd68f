// A single-page app: every page reads Firestore in the browser as the signed-in user.
export const ssr = false;
export const prerender = false;
