import { describe, expect, it } from 'vitest';
import { ACCOUNT_EXISTS_REASON, ROLE_LABELS, uaiCheckLetter, type AccountRow } from '../shared/index.js';
import {
  accountChanges,
  claimsOf,
  planAccount,
  validateAccountRows,
  type ExistingAccount,
  type PlanContext
} from './accounts.js';

const withCheckLetter = (digits: string) => `${digits}${uaiCheckLetter(digits)}`;
const COLLEGE = withCheckLetter('0930101');
const LYCEE = withCheckLetter('0930303');
const UNKNOWN = withCheckLetter('0770505');

const referentRow = {
  row: 2,
  displayName: 'Thomas Lebrun',
  email: 'thomas.lebrun@ac-creteil.fr',
  role: 'referent',
  uai: COLLEGE
};
const referent: AccountRow = {
  displayName: 'Thomas Lebrun',
  email: 'thomas.lebrun@ac-creteil.fr',
  role: 'referent',
  uai: COLLEGE
};

describe('validateAccountRows', () => {
  it('keeps valid rows with their number, as the shared schema reads them', () => {
    expect(validateAccountRows([{ ...referentRow, role: 'Référent', uai: COLLEGE.toLowerCase() }])).toEqual({
      valid: [{ row: 2, account: referent }],
      rejected: []
    });
  });

  it('rejects a malformed row with its number and the cells it lacks', () => {
    expect(validateAccountRows([{ row: 4, displayName: 'Sans Courriel' }]).rejected).toEqual([
      {
        row: 4,
        email: '',
        outcome: 'rejected',
        reason: 'ligne mal formée : courriel : valeur manquante ; rôle : valeur manquante'
      }
    ]);
  });

  it('numbers a row sent without a usable number by its place in the request', () => {
    const { rejected } = validateAccountRows([referentRow, 'pas une ligne']);
    expect(rejected[0]).toMatchObject({ row: 2, outcome: 'rejected' });
    expect(rejected[0].reason).toMatch(/^ligne mal formée : /);
  });

  it('rejects a row the schema refuses, with its reasons in French', () => {
    expect(validateAccountRows([{ ...referentRow, role: 'Directeur' }]).rejected).toEqual([
      {
        row: 2,
        email: 'thomas.lebrun@ac-creteil.fr',
        outcome: 'rejected',
        reason: 'rôle : inconnu « Directeur » (attendu : académie, chef d’établissement, référent ou lycée)'
      }
    ]);
  });

  it('rejects the second row with an address already used, whatever its case, naming the first row', () => {
    const { valid, rejected } = validateAccountRows([
      referentRow,
      { ...referentRow, row: 3, email: 'Thomas.Lebrun@ac-creteil.fr', displayName: 'Autre' }
    ]);
    expect(valid.map((v) => v.row)).toEqual([2]);
    expect(rejected).toEqual([
      {
        row: 3,
        email: 'thomas.lebrun@ac-creteil.fr',
        outcome: 'rejected',
        reason: 'courriel en double : déjà présent ligne 2'
      }
    ]);
  });

  it('does not count an address on a refused row as taken', () => {
    const { valid } = validateAccountRows([
      { ...referentRow, uai: '' },
      { ...referentRow, row: 3 }
    ]);
    expect(valid.map((v) => v.row)).toEqual([3]);
  });
});

describe('claimsOf', () => {
  it('gives an établissement role its UAI and the académie none', () => {
    expect(claimsOf(referent)).toEqual({ role: 'referent', uai: COLLEGE });
    expect(claimsOf({ ...referent, role: 'academie', uai: null })).toEqual({ role: 'academie' });
  });
});

describe('accountChanges', () => {
  const upToDate: ExistingAccount = {
    uid: 'u1',
    profile: { displayName: 'Thomas Lebrun', role: 'referent', uai: COLLEGE, disabled: false },
    claims: { role: 'referent', uai: COLLEGE }
  };

  it('finds nothing to change on an account that already matches', () => {
    expect(accountChanges(upToDate, referent)).toEqual([]);
  });

  it('lists the profile fields and the claims that differ', () => {
    expect(accountChanges(upToDate, { ...referent, role: 'college_head', displayName: 'T. Lebrun' })).toEqual([
      'displayName',
      'role',
      'claims'
    ]);
  });

  it('asks for a profile and claims on an Auth account PASSPRO did not make', () => {
    expect(accountChanges({ uid: 'u1', profile: null, claims: undefined }, referent)).toEqual(['profile', 'claims']);
  });
});

describe('planAccount', () => {
  const context = (overrides: Partial<PlanContext> = {}): PlanContext => ({
    establishmentKinds: new Map([
      [COLLEGE, 'college'],
      [LYCEE, 'lycee']
    ]),
    existingByEmail: new Map(),
    callerUid: 'admin',
    createOnly: false,
    ...overrides
  });

  it('creates an account whose address is new', () => {
    expect(planAccount({ row: 2, account: referent }, context())).toEqual({
      outcome: 'created',
      row: 2,
      account: referent
    });
  });

  it('creates an académie administrator without looking for an établissement', () => {
    const admin: AccountRow = { ...referent, role: 'academie', uai: null };
    expect(planAccount({ row: 2, account: admin }, context()).outcome).toBe('created');
  });

  it('rejects a UAI no établissement has', () => {
    expect(planAccount({ row: 2, account: { ...referent, uai: UNKNOWN } }, context())).toEqual({
      outcome: 'rejected',
      row: 2,
      email: referent.email,
      reason: `UAI ${UNKNOWN} inconnu : aucun établissement de ce code dans PASSPRO`
    });
  });

  it('rejects a référent attached to a lycée', () => {
    expect(planAccount({ row: 2, account: { ...referent, uai: LYCEE } }, context())).toMatchObject({
      outcome: 'rejected',
      reason: `UAI ${LYCEE} : c’est un lycée, or le rôle « ${ROLE_LABELS.referent} » demande un collège`
    });
  });

  it('rejects a lycée account attached to a collège', () => {
    expect(planAccount({ row: 2, account: { ...referent, role: 'lycee' } }, context())).toMatchObject({
      outcome: 'rejected',
      reason: `UAI ${COLLEGE} : c’est un collège, or le rôle « ${ROLE_LABELS.lycee} » demande un lycée`
    });
  });

  const existing: ExistingAccount = {
    uid: 'u1',
    profile: { displayName: 'Thomas Lebrun', role: 'referent', uai: COLLEGE, disabled: true },
    claims: { role: 'referent', uai: COLLEGE }
  };
  const withExisting = (account: ExistingAccount) => context({ existingByEmail: new Map([[referent.email, account]]) });

  it('leaves unchanged an account that matches, disabled or not', () => {
    expect(planAccount({ row: 2, account: referent }, withExisting(existing))).toEqual({
      outcome: 'unchanged',
      row: 2,
      uid: 'u1',
      account: referent
    });
  });

  it('refuses, when only creating, an address that has an account, even one the row would leave unchanged', () => {
    const createOnly = { ...withExisting(existing), createOnly: true };
    for (const account of [referent, { ...referent, role: 'college_head' as const }]) {
      expect(planAccount({ row: 1, account }, createOnly)).toEqual({
        outcome: 'rejected',
        row: 1,
        email: referent.email,
        reason: ACCOUNT_EXISTS_REASON
      });
    }
  });

  it('updates an account whose role changes, saying what changes', () => {
    const plan = planAccount({ row: 2, account: { ...referent, role: 'college_head' } }, withExisting(existing));
    expect(plan).toMatchObject({ outcome: 'updated', uid: 'u1', changes: ['role', 'claims'] });
  });

  it('lets administrators rename themselves', () => {
    const self = { ...existing, uid: 'admin' };
    expect(
      planAccount({ row: 2, account: { ...referent, displayName: 'Thomas L.' } }, withExisting(self)).outcome
    ).toBe('updated');
  });

  it('refuses to let administrators change their own role', () => {
    const self: ExistingAccount = {
      uid: 'admin',
      profile: { displayName: 'Claire Vasseur', role: 'academie', uai: null, disabled: false },
      claims: { role: 'academie' }
    };
    expect(planAccount({ row: 2, account: referent }, withExisting(self))).toMatchObject({
      outcome: 'rejected',
      reason: 'vous ne pouvez pas changer votre propre rôle : demandez-le à un autre administrateur'
    });
  });
});
