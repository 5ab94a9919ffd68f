/** French messages for the Firebase Auth errors a user can meet while signing in. */
const MESSAGES: Record<string, string> = {
  'auth/invalid-credential': 'Adresse électronique ou mot de passe incorrect.',
  'auth/invalid-email': 'Adresse électronique invalide.',
  'auth/user-disabled': 'Ce compte est désactivé. Adressez-vous au service académique.',
  'auth/too-many-requests': 'Trop de tentatives. Réessayez dans quelques minutes.',
  'auth/network-request-failed': "Le service d'authentification est injoignable. Vérifiez votre connexion.",
  'auth/popup-closed-by-user': 'La connexion a été interrompue.'
};

/** What to tell the user about a failed sign-in (never the raw error, which may hold an address). */
export function signInErrorMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    (typeof code === 'string' && MESSAGES[code]) ||
    'La connexion a échoué. Réessayez ou contactez le service académique.'
  );
}
