/**
 * The sign-in methods of a real project, from PUBLIC_AUTH_PROVIDERS: a comma list of `password`,
 * `oidc.<id>` and `saml.<id>` (Firebase provider ids), each federated one optionally followed by
 * `=<label>` for its button, e.g. `oidc.agents=Portail des agents,password`.
 */
export type SignInMethod = { kind: 'password' } | { kind: 'oidc' | 'saml'; providerId: string; label: string };

const FEDERATED = /^(oidc|saml)\.[A-Za-z0-9_-]+$/;

/** Parses PUBLIC_AUTH_PROVIDERS; an empty list means email and password only. */
export function parseSignInMethods(list: string | undefined): SignInMethod[] {
  const entries = (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return [{ kind: 'password' }];
  return entries.map((entry): SignInMethod => {
    if (entry === 'password') return { kind: 'password' };
    const [providerId, label] = entry.split('=', 2).map((part) => part.trim());
    if (!FEDERATED.test(providerId)) {
      throw new Error(`PUBLIC_AUTH_PROVIDERS : « ${entry} » n'est ni password, ni oidc.<id>, ni saml.<id>`);
    }
    const kind = providerId.startsWith('oidc.') ? 'oidc' : 'saml';
    return { kind, providerId, label: label || providerId.slice(5) };
  });
}
