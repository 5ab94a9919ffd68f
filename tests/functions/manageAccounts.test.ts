import { randomUUID } from 'node:crypto';
import { doc, getDoc } from 'firebase/firestore';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNT_EXISTS_REASON,
  COLLECTIONS,
  MAX_ACCOUNT_ROWS,
  mergeAccountReports,
  parseCsv,
  readAccountTable,
  userProfile,
  type AccountReportLine,
  type ManageAccountsResult,
  type SetAccountDisabledResult
} from '$shared';
import { auth, db } from '../../functions/src/admin';
import { readLocalConfig } from '../../scripts/lib/localConfig';
import { establishmentDoc } from '../factories/establishments';
import { COLLEGE_A, COLLEGE_NEW, LYCEE_L1 } from '../factories/world';
import { createActiveTestUser, createTestUser, type TestUser } from '../support/testUsers';
import { webClient } from './helpers/webClient';

const config = readLocalConfig();
const client = webClient(config);

/** Addresses no other run uses, in the académie's domain. */
const academic = (name: string) => `${name}-${randomUUID().slice(0, 8)}@ac-creteil.fr`;

/** A file as the administrator would upload it, read by the app's shared reader, sent, and reported. */
async function importFile(csv: string): Promise<AccountReportLine[]> {
  const reading = readAccountTable(parseCsv(csv));
  if (!reading.ok) throw new Error(reading.error);
  const { report } = await client.call<ManageAccountsResult>('manageAccounts', { rows: reading.rows });
  return mergeAccountReports(reading.rejected, report);
}

async function profileOf(uid: string) {
  return userProfile.parse((await db.collection(COLLECTIONS.users).doc(uid).get()).data());
}

async function auditOf(uid: string) {
  const entries = await db.collection(COLLECTIONS.auditLog).where('target', '==', `${COLLECTIONS.users}/${uid}`).get();
  return entries.docs.map((entry) => entry.data()).sort((a, b) => a.at.toMillis() - b.at.toMillis());
}

let administrator: TestUser;

/**
 * An account created by the test administrator through manageAccounts, then given a password so
 * that the web SDK can sign in with it, standing in for the académie's identity provider.
 */
async function createAccount(row: { displayName: string; role: string; uai: string }): Promise<TestUser> {
  await client.signIn(administrator);
  const email = academic('compte');
  const { report } = await client.call<ManageAccountsResult>('manageAccounts', { rows: [{ row: 1, email, ...row }] });
  expect(report).toEqual([{ row: 1, email, outcome: 'created' }]);
  const { uid } = await auth.getUserByEmail(email);
  const password = randomUUID();
  await auth.updateUser(uid, { password });
  await client.signOut();
  return { uid, email, password };
}

beforeAll(async () => {
  await Promise.all(
    [COLLEGE_A, LYCEE_L1].map((uai) => db.collection(COLLECTIONS.establishments).doc(uai).set(establishmentDoc(uai)))
  );
  administrator = await createActiveTestUser({ role: 'academie' });
});
afterEach(() => client.signOut());
afterAll(() => client.dispose());

describe('the manageAccounts callable', () => {
  it('refuses an anonymous caller', async () => {
    await expect(client.call('manageAccounts', { rows: [] })).rejects.toMatchObject({
      code: 'functions/unauthenticated'
    });
  });

  it('refuses a lycée account, in French', async () => {
    await client.signIn(await createActiveTestUser({ role: 'lycee', uai: LYCEE_L1 }));
    const refusal = await client.call('manageAccounts', { rows: [] }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: 'functions/permission-denied' });
    expect((refusal as Error).message).toContain('Seul un administrateur académique peut gérer les comptes.');
  });

  it('refuses an académie token without a profile, as the rules would', async () => {
    await client.signIn(await createTestUser({ role: 'academie' }));
    await expect(client.call('manageAccounts', { rows: [] })).rejects.toMatchObject({
      code: 'functions/permission-denied'
    });
  });

  it('refuses an académie token whose profile is disabled', async () => {
    const disabled = await createActiveTestUser({ role: 'academie' });
    await db.collection(COLLECTIONS.users).doc(disabled.uid).update({ disabled: true });
    await client.signIn(disabled);
    await expect(client.call('manageAccounts', { rows: [] })).rejects.toMatchObject({
      code: 'functions/permission-denied'
    });
  });

  it(`refuses more than ${MAX_ACCOUNT_ROWS} rows at once, in French`, async () => {
    await client.signIn(administrator);
    const row = { row: 2, displayName: 'A', email: academic('a'), role: 'lycee', uai: LYCEE_L1 };
    const refusal = await client
      .call('manageAccounts', { rows: Array.from({ length: MAX_ACCOUNT_ROWS + 1 }, () => row) })
      .catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: 'functions/invalid-argument' });
    expect((refusal as Error).message).toContain(`${MAX_ACCOUNT_ROWS} lignes au plus par envoi : découpez le fichier`);
  });

  it('reports every row of a mixed file by number, creating the valid accounts with their claims and profiles', async () => {
    await client.signIn(administrator);
    const thomas = academic('thomas.lebrun');
    const nadia = academic('nadia.berrada');
    const isabelle = academic('isabelle.moreau');
    const julien = academic('julien.marchetti');
    const unknownUai = academic('inconnu');
    const unknownRole = academic('marc.petit');
    const admin = academic('claire.vasseur');
    const csv = [
      'Nom;Courriel;Rôle;UAI',
      `Thomas Lebrun;${thomas};Référent;${COLLEGE_A}`,
      `Nadia Berrada;${nadia};Chef d'établissement;${COLLEGE_A.toLowerCase()}`,
      `Lebrun; Thomas;${academic('lebrun')};referent;${COLLEGE_A}`,
      `Isabelle Moreau;${isabelle};lycee;${LYCEE_L1}`,
      `Inconnu;${unknownUai};referent;${COLLEGE_NEW}`,
      `Doublon;${thomas.toUpperCase()};referent;${COLLEGE_A}`,
      `Marc Petit;${unknownRole};Directeur;${COLLEGE_A}`,
      `Claire Vasseur;${admin};Académie;${COLLEGE_A}`,
      `Paul Martin;paul.martin@gmail.com;lycee;${LYCEE_L1}`,
      `Julien Marchetti;${julien};academie;`
    ].join('\r\n');

    const report = await importFile(csv);

    expect(report).toEqual([
      { row: 2, email: thomas, outcome: 'created' },
      { row: 3, email: nadia, outcome: 'created' },
      {
        row: 4,
        email: expect.stringContaining('lebrun-'),
        outcome: 'rejected',
        reason:
          'ligne mal formée : plus de valeurs (5) que de colonnes (4) ; un séparateur dans un nom doit être entre guillemets'
      },
      { row: 5, email: isabelle, outcome: 'created' },
      {
        row: 6,
        email: unknownUai,
        outcome: 'rejected',
        reason: `UAI ${COLLEGE_NEW} inconnu : aucun établissement de ce code dans PASSPRO`
      },
      { row: 7, email: thomas, outcome: 'rejected', reason: 'courriel en double : déjà présent ligne 2' },
      {
        row: 8,
        email: unknownRole,
        outcome: 'rejected',
        reason: 'rôle : inconnu « Directeur » (attendu : académie, chef d’établissement, référent ou lycée)'
      },
      { row: 9, email: admin, outcome: 'rejected', reason: 'UAI : doit rester vide pour un administrateur académique' },
      {
        row: 10,
        email: 'paul.martin@gmail.com',
        outcome: 'rejected',
        reason: 'courriel : adresse académique attendue (@ac-creteil.fr)'
      },
      { row: 11, email: julien, outcome: 'created' }
    ]);

    const created = [
      { email: thomas, displayName: 'Thomas Lebrun', role: 'referent', uai: COLLEGE_A },
      { email: nadia, displayName: 'Nadia Berrada', role: 'college_head', uai: COLLEGE_A },
      { email: isabelle, displayName: 'Isabelle Moreau', role: 'lycee', uai: LYCEE_L1 },
      { email: julien, displayName: 'Julien Marchetti', role: 'academie', uai: null }
    ] as const;
    for (const expected of created) {
      const user = await auth.getUserByEmail(expected.email);
      expect(user.displayName).toBe(expected.displayName);
      expect(user.customClaims).toEqual(
        expected.uai ? { role: expected.role, uai: expected.uai } : { role: expected.role }
      );
      // No password: staff sign in through the académie's identity provider.
      expect(user.passwordHash).toBeUndefined();
      expect(await profileOf(user.uid)).toMatchObject({ uid: user.uid, ...expected, disabled: false });
      expect(await auditOf(user.uid)).toMatchObject([
        {
          actorUid: administrator.uid,
          actorRole: 'academie',
          action: 'account.create',
          details: { role: expected.role }
        }
      ]);
    }
    for (const refused of [unknownUai, unknownRole, admin]) {
      await expect(auth.getUserByEmail(refused)).rejects.toMatchObject({ code: 'auth/user-not-found' });
    }
  });

  it('rejects a row that is not an account row as malformed, and still writes the others', async () => {
    await client.signIn(administrator);
    const valid = academic('valide');
    const { report } = await client.call<ManageAccountsResult>('manageAccounts', {
      rows: [
        { row: 2, displayName: 'Sans Courriel' },
        { row: 3, displayName: 'Valide', email: valid, role: 'lycee', uai: LYCEE_L1 }
      ]
    });
    expect(report).toEqual([
      {
        row: 2,
        email: '',
        outcome: 'rejected',
        reason: 'ligne mal formée : courriel : valeur manquante ; rôle : valeur manquante'
      },
      { row: 3, email: valid, outcome: 'created' }
    ]);
  });

  it('leaves unchanged the accounts of a file imported again, and updates the rows that changed', async () => {
    await client.signIn(administrator);
    const thomas = academic('thomas.lebrun');
    const isabelle = academic('isabelle.moreau');
    const file = (thomasLine: string) =>
      ['Nom;Courriel;Rôle;UAI', thomasLine, `Isabelle Moreau;${isabelle};lycee;${LYCEE_L1}`].join('\n');
    await importFile(file(`Thomas Lebrun;${thomas};referent;${COLLEGE_A}`));

    expect(await importFile(file(`Thomas Lebrun;${thomas};referent;${COLLEGE_A}`))).toEqual([
      { row: 2, email: thomas, outcome: 'unchanged' },
      { row: 3, email: isabelle, outcome: 'unchanged' }
    ]);

    expect(await importFile(file(`Thomas Le Brun;${thomas};Chef d’établissement;${COLLEGE_A}`))).toEqual([
      { row: 2, email: thomas, outcome: 'updated' },
      { row: 3, email: isabelle, outcome: 'unchanged' }
    ]);
    const user = await auth.getUserByEmail(thomas);
    expect(user.customClaims).toEqual({ role: 'college_head', uai: COLLEGE_A });
    expect(user.displayName).toBe('Thomas Le Brun');
    expect(await profileOf(user.uid)).toMatchObject({
      displayName: 'Thomas Le Brun',
      role: 'college_head',
      uai: COLLEGE_A
    });
    expect((await auditOf(user.uid)).map((entry) => [entry.action, entry.details.changes])).toEqual([
      ['account.create', undefined],
      ['account.update', 'displayName,role,claims']
    ]);
  });

  it('refuses « Créer un compte » for an address that has an account, in any case, and changes nothing', async () => {
    await client.signIn(administrator);
    const thomas = academic('thomas.lebrun');
    await importFile(`Nom;Courriel;Rôle;UAI\nThomas Lebrun;${thomas};referent;${COLLEGE_A}`);
    const { uid } = await auth.getUserByEmail(thomas);
    const before = await profileOf(uid);

    const { report } = await client.call<ManageAccountsResult>('manageAccounts', {
      createOnly: true,
      rows: [{ row: 1, displayName: 'Isabelle Moreau', email: thomas.toUpperCase(), role: 'lycee', uai: LYCEE_L1 }]
    });

    expect(report).toEqual([{ row: 1, email: thomas, outcome: 'rejected', reason: ACCOUNT_EXISTS_REASON }]);
    expect((await auth.getUser(uid)).customClaims).toEqual({ role: 'referent', uai: COLLEGE_A });
    expect(await profileOf(uid)).toEqual(before);
    expect((await auditOf(uid)).map((entry) => entry.action)).toEqual(['account.create']);
  });

  it('creates, when only creating, an account whose address is new', async () => {
    await client.signIn(administrator);
    const isabelle = academic('isabelle.moreau');
    const { report } = await client.call<ManageAccountsResult>('manageAccounts', {
      createOnly: true,
      rows: [{ row: 1, displayName: 'Isabelle Moreau', email: isabelle, role: 'lycee', uai: LYCEE_L1 }]
    });
    expect(report).toEqual([{ row: 1, email: isabelle, outcome: 'created' }]);
  });

  it('lets administrators rename themselves but not change their own role', async () => {
    const self = await createAccount({ displayName: 'Claire Vasseur', role: 'academie', uai: '' });
    await client.signIn(self);
    const send = async (row: object) =>
      (
        await client.call<ManageAccountsResult>('manageAccounts', {
          rows: [{ row: 2, email: self.email, uai: '', ...row }]
        })
      ).report;

    expect(await send({ displayName: 'Claire Vasseur-Martin', role: 'academie' })).toEqual([
      { row: 2, email: self.email, outcome: 'updated' }
    ]);
    expect(await send({ displayName: 'Claire Vasseur-Martin', role: 'lycee', uai: LYCEE_L1 })).toEqual([
      {
        row: 2,
        email: self.email,
        outcome: 'rejected',
        reason: 'vous ne pouvez pas changer votre propre rôle : demandez-le à un autre administrateur'
      }
    ]);
    expect((await auth.getUser(self.uid)).customClaims).toEqual({ role: 'academie' });
  });
});

describe('the setAccountDisabled callable', () => {
  const user = webClient(config);
  afterEach(() => user.signOut());
  afterAll(() => user.dispose());

  const createReferent = () => createAccount({ displayName: 'Référent Test', role: 'referent', uai: COLLEGE_A });

  it('refuses a collège head', async () => {
    const referent = await createReferent();
    await client.signIn(await createActiveTestUser({ role: 'college_head', uai: COLLEGE_A }));
    await expect(client.call('setAccountDisabled', { uid: referent.uid, disabled: true })).rejects.toMatchObject({
      code: 'functions/permission-denied'
    });
  });

  it('cuts access at once: profile disabled, tokens revoked, and the token still held is refused by the rules', async () => {
    const referent = await createReferent();
    await user.signIn(referent);
    const collegeA = doc(user.firestore(), COLLECTIONS.establishments, COLLEGE_A);
    expect((await getDoc(collegeA)).exists()).toBe(true);
    const heldToken = await auth.verifyIdToken(await user.idToken());
    // Revocation counts in whole seconds: a token issued in the second of the revocation would
    // still pass, so the revocation comes in a later second than the sign-in.
    await new Promise((resolve) => setTimeout(resolve, 1100));

    await client.signIn(administrator);
    expect(
      await client.call<SetAccountDisabledResult>('setAccountDisabled', { uid: referent.uid, disabled: true })
    ).toEqual({
      outcome: 'updated'
    });

    expect(await profileOf(referent.uid)).toMatchObject({ disabled: true });
    const record = await auth.getUser(referent.uid);
    expect(record.disabled).toBe(true);
    expect(Date.parse(record.tokensValidAfterTime!)).toBeGreaterThan(heldToken.auth_time * 1000);
    await expect(getDoc(collegeA)).rejects.toMatchObject({ code: 'permission-denied' });
    expect((await auditOf(referent.uid)).map((entry) => entry.action)).toEqual(['account.create', 'account.disable']);
  });

  it('enables a disabled account again, and says so only once', async () => {
    const referent = await createReferent();
    await client.signIn(administrator);
    await client.call('setAccountDisabled', { uid: referent.uid, disabled: true });

    expect(await client.call('setAccountDisabled', { uid: referent.uid, disabled: false })).toEqual({
      outcome: 'updated'
    });
    expect(await client.call('setAccountDisabled', { uid: referent.uid, disabled: false })).toEqual({
      outcome: 'unchanged'
    });
    expect(await profileOf(referent.uid)).toMatchObject({ disabled: false });
    expect((await auth.getUser(referent.uid)).disabled).toBe(false);
  });

  it('refuses to let administrators disable their own account', async () => {
    await client.signIn(administrator);
    const refusal = await client
      .call('setAccountDisabled', { uid: administrator.uid, disabled: true })
      .catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: 'functions/failed-precondition' });
    expect((refusal as Error).message).toContain('Vous ne pouvez pas désactiver votre propre compte');
  });

  it('answers not-found for an account PASSPRO does not know', async () => {
    await client.signIn(administrator);
    await expect(client.call('setAccountDisabled', { uid: 'no-such-account', disabled: true })).rejects.toMatchObject({
      code: 'functions/not-found'
    });
  });
});
