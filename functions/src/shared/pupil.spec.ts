import { describe, expect, it } from 'vitest';
import { frenchIssues } from './messages.js';
import { normalisedName, PUPIL_FIELD_LABELS, pupilInput } from './pupil.js';

const reasonsOf = (input: Record<string, unknown>) => {
  const parsed = pupilInput.safeParse(input);
  return parsed.success ? [] : frenchIssues(parsed.error, PUPIL_FIELD_LABELS);
};
const valid = { firstName: 'Inès', lastName: 'Moreau', className: '3e B', level: '3e' };

describe('normalisedName', () => {
  it('ignores case, accents, hyphens, apostrophes and spaces', () => {
    expect(normalisedName('Jean-Pierre', "N'Diaye")).toBe(normalisedName(' jean pierre ', 'NDIAYE'));
    expect(normalisedName('Inès', 'Moreau')).toBe(normalisedName('INES', 'moreau'));
    expect(normalisedName('Zoé', 'Lœuillet')).toBe(normalisedName('Zoe', 'Loeuillet'));
  });

  it('keeps first and last names apart', () => {
    expect(normalisedName('Marie', 'Anne')).not.toBe(normalisedName('Marieanne', ''));
    expect(normalisedName('Inès', 'Moreau')).not.toBe(normalisedName('Inès', 'Moreaux'));
  });
});

describe('pupilInput', () => {
  it('accepts a pupil as a collège types it', () => {
    expect(reasonsOf(valid)).toEqual([]);
  });

  it.each([
    [{ firstName: '  ' }, 'Le champ « Prénom » : ne doit pas être vide.'],
    [{ lastName: 'x'.repeat(61) }, 'Le champ « Nom » : doit contenir au plus 60 caractères.'],
    [{ lastName: '<script>alert(1)</script>' }, 'Le champ « Nom » : ne doit pas contenir de balises (< … >).'],
    [{ className: '<b>3e</b>' }, 'Le champ « Classe » : ne doit pas contenir de balises (< … >).'],
    [{ level: 'cm2' }, 'Le champ « Niveau » : niveau non concerné par la procédure.']
  ])('refuses %o with a French sentence naming the field', (change, reason) => {
    expect(reasonsOf({ ...valid, ...change })).toEqual([reason]);
  });
});
