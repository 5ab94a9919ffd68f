import { describe, expect, it } from 'vitest';
import { accountForm, accountRole, accountRow, accountRowInput, describeRowIssues } from './account.js';
import { uaiCheckLetter } from './uai.js';

const COLLEGE_UAI = `0930101${uaiCheckLetter('0930101')}`;

/** The French reasons a row is refused for, or null when it is valid. */
function reasonsOf(row: Record<string, unknown>): string | null {
  const parsed = accountRow.safeParse(row);
  return parsed.success ? null : describeRowIssues(parsed.error);
}

describe('accountRole', () => {
  it.each([
    ['academie', 'academie'],
    ['Académie', 'academie'],
    ['SAIO', 'academie'],
    ['college_head', 'college_head'],
    ['Chef d’établissement', 'college_head'],
    ["chef d'établissement", 'college_head'],
    ['Principal', 'college_head'],
    ["Chef d'établissement d'origine (collège)", 'college_head'],
    ['Référent', 'referent'],
    [' REFERENT ', 'referent'],
    ['lycee', 'lycee'],
    ['Lycée professionnel', 'lycee'],
    ["Établissement d'accueil (lycée)", 'lycee']
  ])('reads « %s » as %s', (written, role) => {
    expect(accountRole.parse(written)).toBe(role);
  });

  it('refuses a role that does not exist, quoting it', () => {
    const parsed = accountRole.safeParse('Directeur');
    expect(parsed.error?.issues[0].message).toBe(
      'inconnu « Directeur » (attendu : académie, chef d’établissement, référent ou lycée)'
    );
  });
});

describe('accountRow', () => {
  const referent = {
    displayName: ' Thomas Lebrun ',
    email: 'Thomas.Lebrun@AC-Creteil.fr',
    role: 'Référent',
    uai: COLLEGE_UAI
  };

  it('accepts a référent of a collège, trimming the name and lower-casing the address', () => {
    expect(accountRow.parse(referent)).toEqual({
      displayName: 'Thomas Lebrun',
      email: 'thomas.lebrun@ac-creteil.fr',
      role: 'referent',
      uai: COLLEGE_UAI
    });
  });

  it('canonicalises a UAI written in lower case with spaces', () => {
    expect(accountRow.parse({ ...referent, uai: ` 0930101${uaiCheckLetter('0930101').toLowerCase()} ` }).uai).toBe(
      COLLEGE_UAI
    );
  });

  it('accepts an académie administrator without UAI, whose UAI becomes null', () => {
    expect(
      accountRow.parse({ displayName: 'Claire Vasseur', email: 'claire.vasseur@ac-creteil.fr', role: 'academie' })
    ).toEqual({
      displayName: 'Claire Vasseur',
      email: 'claire.vasseur@ac-creteil.fr',
      role: 'academie',
      uai: null
    });
  });

  it('refuses an address outside the académie, saying which domain is expected', () => {
    expect(reasonsOf({ ...referent, email: 'thomas@gmail.com' })).toBe(
      'courriel : adresse académique attendue (@ac-creteil.fr)'
    );
  });

  it('refuses a malformed address', () => {
    expect(reasonsOf({ ...referent, email: 'thomas.lebrun' })).toBe('courriel : adresse électronique invalide');
  });

  it('refuses an empty name', () => {
    expect(reasonsOf({ ...referent, displayName: '  ' })).toBe('nom : ne doit pas être vide');
  });

  it('refuses an académie administrator with a UAI', () => {
    expect(reasonsOf({ ...referent, role: 'academie' })).toBe(
      'UAI : doit rester vide pour un administrateur académique'
    );
  });

  it('refuses the staff of an établissement without UAI', () => {
    expect(reasonsOf({ ...referent, uai: '' })).toBe('UAI : obligatoire pour le personnel d’un établissement');
  });

  it('refuses a UAI whose check letter is wrong', () => {
    const wrongLetter = uaiCheckLetter('0930101') === 'A' ? 'B' : 'A';
    expect(reasonsOf({ ...referent, uai: `0930101${wrongLetter}` })).toBe(
      'UAI invalide : la lettre de contrôle ne correspond pas'
    );
  });

  it('gives every reason of a row at once', () => {
    expect(reasonsOf({ displayName: '', email: 'x', role: 'chef', uai: '' })).toBe(
      'nom : ne doit pas être vide ; courriel : adresse électronique invalide ; ' +
        'rôle : inconnu « chef » (attendu : académie, chef d’établissement, référent ou lycée)'
    );
  });
});

describe('accountForm', () => {
  it('reports every field at once, the UAI’s problem under the UAI', () => {
    const parsed = accountForm.safeParse({ displayName: '', email: 'x', role: 'referent', uai: '123' });
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message]).slice(0, 3)).toEqual([
      ['displayName', 'ne doit pas être vide'],
      ['email', 'adresse électronique invalide'],
      ['uai', 'UAI invalide : 7 chiffres suivis d’une lettre attendus']
    ]);
  });

  it('accepts an administrator without UAI and a référent with one', () => {
    const base = { displayName: 'Claire Vasseur', email: 'claire.vasseur@ac-creteil.fr' };
    expect(accountForm.safeParse({ ...base, role: 'academie', uai: '' }).success).toBe(true);
    expect(accountForm.safeParse({ ...base, role: 'referent', uai: COLLEGE_UAI }).success).toBe(true);
  });
});

describe('accountRowInput', () => {
  it('defaults a missing UAI cell to empty', () => {
    expect(accountRowInput.parse({ row: 2, displayName: 'A', email: 'a', role: 'lycee' }).uai).toBe('');
  });

  it('names the missing cells of a malformed row', () => {
    const parsed = accountRowInput.safeParse({ row: 3, displayName: 'A' });
    expect(parsed.success).toBe(false);
    expect(describeRowIssues(parsed.error!)).toBe('courriel : valeur manquante ; rôle : valeur manquante');
  });

  it('refuses a row number that is not a positive integer', () => {
    expect(accountRowInput.safeParse({ row: 0, displayName: 'A', email: 'a', role: 'lycee' }).success).toBe(false);
    expect(accountRowInput.safeParse({ row: 1.5, displayName: 'A', email: 'a', role: 'lycee' }).success).toBe(false);
  });
});
