import type { UserRecord } from 'firebase-admin/auth';
import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { auth, db } from '../admin.js';
import { FUNCTIONS_REGION } from '../config.js';
import * as logs from '../logs.js';
import {
  type AccountReportLine,
  COLLECTIONS,
  establishment,
  inFrench,
  manageAccountsRequest,
  type ManageAccountsResult,
  mergeAccountReports,
  userProfile
} from '../shared/index.js';
import {
  claimsOf,
  planAccount,
  validateAccountRows,
  type AccountPlan,
  type ExistingAccount,
  type ValidAccountRow
} from '../services/accounts.js';
import { recordAudit } from '../services/audit.js';
import { mapConcurrently } from '../services/concurrency.js';
import { requireActiveAdmin } from './requireActiveAdmin.js';

/** Identifiers per Auth getUsers() call, the API's maximum. */
const AUTH_LOOKUP_BATCH = 100;
/** Rows written at once: a few Auth calls each, well under the Auth quotas. */
const WRITE_CONCURRENCY = 8;

/** The profile fields manageAccounts writes; timestamps are the server's. */
const profileFields = userProfile.pick({ uid: true, displayName: true, email: true, role: true, uai: true });

/**
 * An académie administrator creates or updates staff accounts, one from the app's form or up to
 * MAX_ACCOUNT_ROWS from a file. Each row is checked on its own; the valid ones get their Auth
 * user (without password: staff sign in through the académie's identity provider), their custom
 * claims and their users/ profile. Answers a per-row report; a refused row never stops the others.
 * A file row whose address has an account updates it (the import's meaning: the file is the list
 * of staff as it should be); the form's « Créer un compte » (createOnly) refuses it instead.
 */
export const manageAccounts = onCall(
  // A full académie's file makes a few thousand Auth calls: more than the default minute.
  { region: FUNCTIONS_REGION, timeoutSeconds: 300 },
  async (request): Promise<ManageAccountsResult> => {
    const caller = await requireActiveAdmin(request.auth, 'gérer les comptes');
    const parsed = manageAccountsRequest.safeParse(request.data, inFrench);
    if (!parsed.success) {
      throw new HttpsError(
        'invalid-argument',
        `Demande invalide : ${parsed.error.issues.map((issue) => issue.message).join(' ; ')}.`
      );
    }

    const { valid, rejected } = validateAccountRows(parsed.data.rows);
    const [establishmentKinds, existingByEmail] = await Promise.all([
      readEstablishmentKinds(valid),
      readExistingAccounts(valid)
    ]);
    const plans = valid.map((row) =>
      planAccount(row, {
        establishmentKinds,
        existingByEmail,
        callerUid: caller.uid,
        createOnly: parsed.data.createOnly
      })
    );
    const done = await mapConcurrently(plans, WRITE_CONCURRENCY, (plan) => carryOut(plan, caller.uid));

    const report = mergeAccountReports(rejected, done);
    logs.accountsManaged(caller.uid, countOutcomes(report));
    return { report };
  }
);

/** The kind of each établissement the rows name, by UAI; unknown UAIs are absent. */
async function readEstablishmentKinds(rows: ValidAccountRow[]): Promise<Map<string, 'college' | 'lycee'>> {
  const uais = [...new Set(rows.flatMap(({ account }) => (account.uai ? [account.uai] : [])))];
  if (uais.length === 0) return new Map();
  const snapshots = await db.getAll(...uais.map((uai) => db.collection(COLLECTIONS.establishments).doc(uai)));
  return new Map(
    snapshots.flatMap((snapshot) => {
      const kind = establishment.shape.kind.safeParse(snapshot.get('kind'));
      return snapshot.exists && kind.success ? [[snapshot.id, kind.data] as const] : [];
    })
  );
}

/** The Auth accounts that already hold the rows' addresses, with their profiles, by address. */
async function readExistingAccounts(rows: ValidAccountRow[]): Promise<Map<string, ExistingAccount>> {
  const emails = rows.map(({ account }) => account.email);
  const users: UserRecord[] = [];
  for (let start = 0; start < emails.length; start += AUTH_LOOKUP_BATCH) {
    const batch = emails.slice(start, start + AUTH_LOOKUP_BATCH).map((email) => ({ email }));
    users.push(...(await auth.getUsers(batch)).users);
  }
  if (users.length === 0) return new Map();
  const profiles = await db.getAll(...users.map((user) => db.collection(COLLECTIONS.users).doc(user.uid)));
  return new Map(
    users.map((user, index) => {
      const profile = profiles[index].data();
      const existing: ExistingAccount = {
        uid: user.uid,
        profile: profile
          ? {
              displayName: profile.displayName,
              role: profile.role,
              uai: profile.uai ?? null,
              disabled: profile.disabled === true
            }
          : null,
        claims: user.customClaims
      };
      // Auth keeps addresses in lower case, as the row schema does.
      return [user.email!.toLowerCase(), existing];
    })
  );
}

/** Writes what a plan says and reports the row; a failed write rejects the row alone. */
async function carryOut(plan: AccountPlan, callerUid: string): Promise<AccountReportLine> {
  if (plan.outcome === 'rejected') return plan;
  const line = { row: plan.row, email: plan.account.email };
  if (plan.outcome === 'unchanged') return { ...line, outcome: 'unchanged' };

  let uid: string | null = plan.outcome === 'updated' ? plan.uid : null;
  try {
    if (plan.outcome === 'created') {
      uid = (await auth.createUser({ email: plan.account.email, displayName: plan.account.displayName })).uid;
    } else {
      await auth.updateUser(plan.uid, { displayName: plan.account.displayName });
    }
    await auth.setCustomUserClaims(uid!, claimsOf(plan.account));

    const isNewProfile = plan.outcome === 'created' || plan.existing.profile === null;
    await db
      .collection(COLLECTIONS.users)
      .doc(uid!)
      .set(
        {
          ...profileFields.parse({ uid, ...plan.account }),
          updatedAt: FieldValue.serverTimestamp(),
          ...(isNewProfile ? { disabled: false, createdAt: FieldValue.serverTimestamp() } : {})
        },
        { merge: true }
      );
    await recordAudit({
      actorUid: callerUid,
      actorRole: 'academie',
      action: plan.outcome === 'created' ? 'account.create' : 'account.update',
      target: `${COLLECTIONS.users}/${uid}`,
      campaignId: null,
      details: {
        role: plan.account.role,
        uai: plan.account.uai ?? '',
        ...(plan.outcome === 'updated' ? { changes: plan.changes.join(',') } : {})
      }
    });
    return { ...line, outcome: plan.outcome };
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? 'unknown');
    logs.accountWriteFailed(plan.row, uid, code);
    return { ...line, outcome: 'rejected', reason: writeFailureReason(code) };
  }
}

/** The French reason of a row whose write failed. */
function writeFailureReason(code: string): string {
  return code === 'auth/email-already-exists'
    ? 'un compte a été créé avec cette adresse pendant l’import : relancez l’import pour mettre ce compte à jour'
    : 'enregistrement impossible (erreur technique) : relancez l’import pour cette ligne';
}

function countOutcomes(report: AccountReportLine[]): Record<string, number> {
  const counts: Record<string, number> = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const line of report) counts[line.outcome]++;
  return counts;
}
