import { describe, expect, it } from 'vitest';
import { signInErrorMessage } from './authErrors';

describe('signInErrorMessage', () => {
  it('explains a wrong password in French', () => {
    expect(signInErrorMessage({ code: 'auth/invalid-credential' })).toBe(
      'Adresse électronique ou mot de passe incorrect.'
    );
  });

  it('falls back to a generic message for an unknown error, without repeating it', () => {
    const message = signInErrorMessage(new Error('secret@example.org not found'));
    expect(message).toContain('La connexion a échoué');
    expect(message).not.toContain('secret@example.org');
  });
});
