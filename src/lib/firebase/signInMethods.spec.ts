import { describe, expect, it } from 'vitest';
import { parseSignInMethods } from './signInMethods';

describe('parseSignInMethods', () => {
  it('offers email and password when no method is configured', () => {
    expect(parseSignInMethods(undefined)).toEqual([{ kind: 'password' }]);
    expect(parseSignInMethods(' ')).toEqual([{ kind: 'password' }]);
  });

  it('reads OIDC and SAML providers with their button labels, in the configured order', () => {
    expect(parseSignInMethods('oidc.agents=Portail des agents, saml.arena ,password')).toEqual([
      { kind: 'oidc', providerId: 'oidc.agents', label: 'Portail des agents' },
      { kind: 'saml', providerId: 'saml.arena', label: 'arena' },
      { kind: 'password' }
    ]);
  });

  it('rejects an entry that names no known kind of provider, quoting it', () => {
    expect(() => parseSignInMethods('google.com')).toThrow('« google.com »');
    expect(() => parseSignInMethods('oidc.')).toThrow('« oidc. »');
  });
});
