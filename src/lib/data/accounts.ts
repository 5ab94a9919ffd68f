import { doc, updateDoc } from 'firebase/firestore';
import { httpsCallable } from 'firebase/functions';
import {
  COLLECTIONS,
  manageAccountsResult,
  setAccountDisabledResult,
  type AccountReportLine,
  type AccountRowInput,
  type SetAccountDisabledResult
} from '$shared';
import { db, functions } from '$lib/firebase/app';

/**
 * Account administration: the académie's callables (create, update, disable) and the collège
 * head's designation of the référent. Accounts, roles and UAIs are written by functions only.
 */

const manageAccountsCallable = httpsCallable<{ rows: AccountRowInput[]; createOnly: boolean }, unknown>(
  functions,
  'manageAccounts'
);
const setAccountDisabledCallable = httpsCallable<{ uid: string; disabled: boolean }, unknown>(
  functions,
  'setAccountDisabled'
);

/**
 * Sends account rows (from the form, or a file read by readAccountTable) to the manageAccounts
 * function; resolves to its report, one line per row: created, updated, unchanged or rejected and why.
 * `createOnly` (the form's « Créer un compte »): an address that has an account is refused, not updated.
 */
export async function manageAccounts(
  rows: AccountRowInput[],
  { createOnly = false } = {}
): Promise<AccountReportLine[]> {
  const { data } = await manageAccountsCallable({ rows, createOnly });
  return manageAccountsResult.parse(data).report;
}

/** Disables an account (its access ends at once) or enables it again. */
export async function setAccountDisabled(uid: string, disabled: boolean): Promise<SetAccountDisabledResult['outcome']> {
  const { data } = await setAccountDisabledCallable({ uid, disabled });
  return setAccountDisabledResult.parse(data).outcome;
}

/**
 * A collège head designates the référent of his or her collège, or withdraws the designation
 * (null). The rules accept only an enabled référent account of that collège.
 */
export async function designateReferent(collegeUai: string, referentUid: string | null): Promise<void> {
  await updateDoc(doc(db, COLLECTIONS.establishments, collegeUai), { referentUid });
}
