import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrors, FORM_ERROR, sentence } from './fieldErrors';

const schema = z
  .object({
    name: z.string().min(1, 'ne doit pas être vide').max(3, 'trop long'),
    contact: z.object({ email: z.email('adresse invalide') }),
    from: z.string(),
    to: z.string()
  })
  .refine((value) => value.from <= value.to, { message: 'la fin doit suivre le début', path: ['to'] })
  .refine((value) => value.name !== value.from, 'le nom et le début doivent différer');

describe('fieldErrors', () => {
  it('gives every field its first message, as a sentence, all at once', () => {
    const result = schema.safeParse({ name: '', contact: { email: 'x' }, from: 'b', to: 'a' });
    expect(fieldErrors(result.error!)).toEqual({
      name: 'Ne doit pas être vide.',
      'contact.email': 'Adresse invalide.',
      to: 'La fin doit suivre le début.'
    });
  });

  it('keeps an issue without a path under the form’s own key', () => {
    const result = schema.safeParse({ name: 'a', contact: { email: 'a@b.fr' }, from: 'a', to: 'b' });
    expect(fieldErrors(result.error!)).toEqual({ [FORM_ERROR]: 'Le nom et le début doivent différer.' });
  });
});

describe('sentence', () => {
  it('capitalizes and ends with a stop, once', () => {
    expect(sentence('date attendue (jj/mm/aaaa)')).toBe('Date attendue (jj/mm/aaaa).');
    expect(sentence('Déjà une phrase.')).toBe('Déjà une phrase.');
    expect(sentence(' au moins 1 jour ')).toBe('Au moins 1 jour.');
  });
});
