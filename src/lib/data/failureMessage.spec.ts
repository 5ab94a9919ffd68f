import { FirebaseError } from 'firebase/app';
import { describe, expect, it } from 'vitest';
import { failureMessage } from './failureMessage';

const FALLBACK = 'Réessayez dans un instant.';

describe('failureMessage', () => {
  it('gives the French refusal of a function without the HTTP status the SDK appends', () => {
    const error = new FirebaseError(
      'functions/permission-denied',
      'Seul un administrateur académique peut gérer les comptes. [403]'
    );
    expect(failureMessage(error, FALLBACK)).toBe('Seul un administrateur académique peut gérer les comptes.');
  });

  it('hides the technical message of a function that crashed', () => {
    expect(failureMessage(new FirebaseError('functions/internal', 'internal [500]'), FALLBACK)).toBe(FALLBACK);
  });

  it('words a refusal of the security rules in French', () => {
    expect(
      failureMessage(new FirebaseError('permission-denied', 'Missing or insufficient permissions.'), FALLBACK)
    ).toBe('PASSPRO a refusé cette modification : votre compte n’y a pas droit.');
  });

  it('falls back for anything else', () => {
    expect(failureMessage(new Error('network'), FALLBACK)).toBe(FALLBACK);
  });
});
