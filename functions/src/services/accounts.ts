import {
  ACCOUNT_EXISTS_REASON,
  accountRow,
  accountRowInput,
  claims,
  describeRowIssues,
  ROLE_LABELS,
  type AccountReportLine,
  type AccountRow,
  type Claims,
  type Establishment,
  type UserProfile
} from '../shared/index.js';

/**
 * Planning of the manageAccounts function, free of Firebase: what each row of a request becomes
 * (created, updated, unchanged or rejected and why), given the établissements and the accounts
 * that already exist. The callable reads those, then carries out the plans.
 */

/** A row that passed the schema, with its number in the file. */
export interface ValidAccountRow {
  row: number;
  account: AccountRow;
}

/** An account found in Auth by the row's address, with its users/ profile when it has one. */
export interface ExistingAccount {
  uid: string;
  profile: Pick<UserProfile, 'displayName' | 'role' | 'uai' | 'disabled'> | null;
  /** The Auth custom claims as stored (anything, for accounts not made by PASSPRO). */
  claims: unknown;
}

export type AccountPlan =
  | (AccountReportLine & { outcome: 'rejected'; reason: string })
  | { outcome: 'created'; row: number; account: AccountRow }
  | { outcome: 'updated'; row: number; uid: string; account: AccountRow; existing: ExistingAccount; changes: string[] }
  | { outcome: 'unchanged'; row: number; uid: string; account: AccountRow };

const rejectedLine = (row: number, email: string, reason: string): AccountPlan & { outcome: 'rejected' } => ({
  row,
  email,
  outcome: 'rejected',
  reason
});

/** A row number and address read from whatever a caller sent, for the report of a malformed row. */
function identify(value: unknown, index: number): { row: number; email: string } {
  const candidate = (value ?? {}) as { row?: unknown; email?: unknown };
  return {
    row: Number.isInteger(candidate.row) && (candidate.row as number) > 0 ? (candidate.row as number) : index + 1,
    email: typeof candidate.email === 'string' ? candidate.email.trim() : ''
  };
}

/**
 * Checks each row on its own: the shape of the row, then the shared account schema; then refuses
 * any address already taken by an earlier valid row of the same request (the first one stands).
 */
export function validateAccountRows(rows: unknown[]): { valid: ValidAccountRow[]; rejected: AccountReportLine[] } {
  const valid: ValidAccountRow[] = [];
  const rejected: AccountReportLine[] = [];
  const rowOfEmail = new Map<string, number>();

  rows.forEach((value, index) => {
    const input = accountRowInput.safeParse(value);
    if (!input.success) {
      const { row, email } = identify(value, index);
      rejected.push(rejectedLine(row, email, `ligne mal formée : ${describeRowIssues(input.error)}`));
      return;
    }
    const { row, ...cells } = input.data;
    const parsed = accountRow.safeParse(cells);
    if (!parsed.success) {
      rejected.push(rejectedLine(row, cells.email.trim(), describeRowIssues(parsed.error)));
      return;
    }
    const account = parsed.data;
    const firstRow = rowOfEmail.get(account.email);
    if (firstRow !== undefined) {
      rejected.push(rejectedLine(row, account.email, `courriel en double : déjà présent ligne ${firstRow}`));
      return;
    }
    rowOfEmail.set(account.email, row);
    valid.push({ row, account });
  });
  return { valid, rejected };
}

/** The Auth custom claims an account row grants. */
export function claimsOf(account: AccountRow): Claims {
  return claims.parse(account.uai === null ? { role: account.role } : { role: account.role, uai: account.uai });
}

/** The kind of établissement each role belongs to. */
const KIND_OF_ROLE = { college_head: 'college', referent: 'college', lycee: 'lycee' } as const;
const KIND_NAMES = { college: 'un collège', lycee: 'un lycée' } as const;

/** Why the row's UAI does not suit its role, or null when it does (or the role needs none). */
function establishmentProblem(account: AccountRow, kinds: ReadonlyMap<string, Establishment['kind']>): string | null {
  if (account.role === 'academie' || account.uai === null) return null;
  const kind = kinds.get(account.uai);
  if (kind === undefined) return `UAI ${account.uai} inconnu : aucun établissement de ce code dans PASSPRO`;
  const expected = KIND_OF_ROLE[account.role];
  if (kind !== expected) {
    return `UAI ${account.uai} : c’est ${KIND_NAMES[kind]}, or le rôle « ${ROLE_LABELS[account.role]} » demande ${KIND_NAMES[expected]}`;
  }
  return null;
}

/** Whether stored claims grant exactly what the row asks (other claim keys are ignored). */
function claimsMatch(stored: unknown, account: AccountRow): boolean {
  const claims = (stored ?? {}) as { role?: unknown; uai?: unknown };
  return claims.role === account.role && (claims.uai ?? null) === account.uai;
}

/** The fields of an existing account the row would change; empty when the row changes nothing. */
export function accountChanges(existing: ExistingAccount, account: AccountRow): string[] {
  const changes: string[] = [];
  if (existing.profile === null) changes.push('profile');
  else {
    for (const field of ['displayName', 'role', 'uai'] as const) {
      if (existing.profile[field] !== account[field]) changes.push(field);
    }
  }
  if (!claimsMatch(existing.claims, account)) changes.push('claims');
  return changes;
}

export interface PlanContext {
  /** The kind of each établissement named by the request, by UAI; absent: unknown UAI. */
  establishmentKinds: ReadonlyMap<string, Establishment['kind']>;
  /** The accounts that already exist, by address. */
  existingByEmail: ReadonlyMap<string, ExistingAccount>;
  /** The administrator making the request, who may not change his or her own role. */
  callerUid: string;
  /** Only new accounts (the form's « Créer un compte »): an existing address is refused, not updated. */
  createOnly: boolean;
}

/** What becomes of one valid row. */
export function planAccount({ row, account }: ValidAccountRow, context: PlanContext): AccountPlan {
  const problem = establishmentProblem(account, context.establishmentKinds);
  if (problem) return rejectedLine(row, account.email, problem);

  const existing = context.existingByEmail.get(account.email);
  if (!existing) return { outcome: 'created', row, account };
  if (context.createOnly) return rejectedLine(row, account.email, ACCOUNT_EXISTS_REASON);

  const changes = accountChanges(existing, account);
  if (changes.length === 0) return { outcome: 'unchanged', row, uid: existing.uid, account };
  // An administrator demoting himself or herself could leave the académie without one.
  if (existing.uid === context.callerUid && changes.some((field) => field !== 'displayName')) {
    return rejectedLine(
      row,
      account.email,
      'vous ne pouvez pas changer votre propre rôle : demandez-le à un autre administrateur'
    );
  }
  return { outcome: 'updated', row, uid: existing.uid, account, existing, changes };
}
