import { z } from 'zod';
import { slugify } from './catalogue.js';
import { email, text } from './primitives.js';
import { ROLE_LABELS, ROLES, type Role } from './roles.js';
import { uai } from './uai.js';

/**
 * Staff accounts as the académie administrator creates them, one by one or from a file: the row
 * schemas the manageAccounts function validates, and the report it answers with.
 */

/** Staff sign in with their academic address; PASSPRO accepts only these domains. */
export const ACADEMIC_EMAIL_DOMAINS = ['ac-creteil.fr'] as const;

/** Rows per manageAccounts call: a whole académie's staff fits, a runaway file does not. */
export const MAX_ACCOUNT_ROWS = 2000;

// A pipe, so that a malformed address is not also told it is outside the académie.
export const academicEmail = email.pipe(
  z
    .string()
    .refine(
      (address) => ACADEMIC_EMAIL_DOMAINS.some((domain) => address.endsWith(`@${domain}`)),
      `adresse académique attendue (${ACADEMIC_EMAIL_DOMAINS.map((domain) => `@${domain}`).join(' ou ')})`
    )
);

/**
 * Spellings of each role found in files, as slugs: the role's id, its label and the short names
 * people write ("Chef d'établissement", "Référent").
 */
const ROLE_SPELLINGS: Record<Role, string[]> = {
  academie: ['academie', 'administrateur-academique', 'saio'],
  college_head: ['college-head', 'chef-d-etablissement', 'chef-d-etablissement-d-origine', 'principal', 'principale'],
  referent: ['referent', 'referente'],
  lycee: ['lycee', 'lycee-professionnel', 'etablissement-d-accueil']
};

const ROLE_BY_SPELLING = new Map<string, Role>(
  ROLES.flatMap((role) => [...ROLE_SPELLINGS[role], slugify(ROLE_LABELS[role])].map((spelling) => [spelling, role]))
);

/** A role as written in a file or a form, read by meaning ("Référent" → referent). */
export const accountRole = z.string({ error: 'rôle attendu' }).transform((value, ctx) => {
  const role = ROLE_BY_SPELLING.get(slugify(value));
  if (role) return role;
  ctx.addIssue({
    code: 'custom',
    message: value.trim()
      ? `inconnu « ${value.trim()} » (attendu : académie, chef d’établissement, référent ou lycée)`
      : 'ne doit pas être vide'
  });
  return z.NEVER;
});

/**
 * Checks the UAI of an account of `role` and yields it canonical: required for the staff of an
 * établissement, empty (null) for an académie administrator, whose claims carry none.
 */
function addAccountUai(role: Role, value: string, ctx: z.RefinementCtx): string | null {
  const problem = (message: string) => ctx.addIssue({ code: 'custom', path: ['uai'], message });
  if (role === 'academie') {
    if (value) problem('doit rester vide pour un administrateur académique');
    return null;
  }
  if (!value) {
    problem('obligatoire pour le personnel d’un établissement');
    return null;
  }
  const parsed = uai.safeParse(value);
  if (!parsed.success) parsed.error.issues.forEach((issue) => problem(issue.message));
  return parsed.success ? parsed.data : null;
}

const accountFields = {
  displayName: text(100),
  email: academicEmail,
  uai: z.string({ error: 'UAI attendu' }).trim().default('')
};

/** One account to create or update, as a file row or the form gives it: the role read by meaning. */
export const accountRow = z.object({ ...accountFields, role: accountRole }).transform((row, ctx) => {
  const canonical = addAccountUai(row.role, row.uai, ctx);
  return ctx.issues.length > 0 ? z.NEVER : { ...row, uai: canonical };
});

/**
 * The académie's account form: the same checks as accountRow, but each field on its own, so that
 * the form shows every error at once under its field (the role comes from a list).
 */
export const accountForm = z.object({ ...accountFields, role: z.enum(ROLES) }).superRefine(
  (form, ctx) => {
    if (ROLES.includes(form.role) && typeof form.uai === 'string') addAccountUai(form.role, form.uai.trim(), ctx);
  },
  { when: (payload) => typeof payload.value === 'object' && payload.value !== null }
);
export type AccountRow = z.output<typeof accountRow>;

/** A row as sent to manageAccounts: the cells as read, with the row's 1-based number in the file. */
export const accountRowInput = z.object({
  row: z.number({ error: 'numéro attendu' }).int('numéro attendu').min(1, 'numéro attendu'),
  displayName: z.string({ error: 'valeur manquante' }),
  email: z.string({ error: 'valeur manquante' }),
  role: z.string({ error: 'valeur manquante' }),
  uai: z.string({ error: 'valeur illisible' }).default('')
});
export type AccountRowInput = z.input<typeof accountRowInput>;

/**
 * Why a « Créer un compte » row is refused when its address (in any case: addresses are kept in
 * lower case) already has an account: creating must not silently change another account's role.
 */
export const ACCOUNT_EXISTS_REASON = 'un compte existe déjà avec cette adresse : modifiez-le plutôt que d’en créer un';

export const manageAccountsRequest = z.object({
  /**
   * True from the form's « Créer un compte »: a row whose address has an account is refused
   * (ACCOUNT_EXISTS_REASON). False (the file import): such a row updates that account.
   */
  createOnly: z.boolean({ error: 'createOnly : vrai ou faux attendu' }).default(false),
  rows: z
    .array(z.unknown(), { error: 'liste de lignes attendue' })
    .min(1, 'aucune ligne à enregistrer')
    .max(MAX_ACCOUNT_ROWS, `${MAX_ACCOUNT_ROWS} lignes au plus par envoi : découpez le fichier`)
});

export const ACCOUNT_OUTCOMES = ['created', 'updated', 'unchanged', 'rejected'] as const;
export type AccountOutcome = (typeof ACCOUNT_OUTCOMES)[number];

export const ACCOUNT_OUTCOME_LABELS: Record<AccountOutcome, string> = {
  created: 'Créé',
  updated: 'Mis à jour',
  unchanged: 'Inchangé',
  rejected: 'Rejeté'
};

/** What became of one row; a rejected row says why, in French. */
export const accountReportLine = z.object({
  row: z.number().int().min(1),
  email: z.string(),
  outcome: z.enum(ACCOUNT_OUTCOMES),
  reason: z.string().optional()
});
export type AccountReportLine = z.infer<typeof accountReportLine>;

export const manageAccountsResult = z.object({ report: z.array(accountReportLine) });
export type ManageAccountsResult = z.infer<typeof manageAccountsResult>;

export const setAccountDisabledRequest = z.object({
  uid: z.string({ error: 'identifiant de compte attendu' }).min(1, 'identifiant de compte attendu'),
  disabled: z.boolean({ error: 'état attendu (désactivé ou non)' })
});
export type SetAccountDisabledRequest = z.infer<typeof setAccountDisabledRequest>;

export const setAccountDisabledResult = z.object({ outcome: z.enum(['updated', 'unchanged']) });
export type SetAccountDisabledResult = z.infer<typeof setAccountDisabledResult>;

const FIELD_NAMES: Record<string, string> = {
  displayName: 'nom',
  email: 'courriel',
  role: 'rôle',
  uai: 'UAI',
  row: 'ligne'
};

/** The issues of a failed row validation as one French sentence ("courriel : adresse invalide ; UAI : …"). */
export function describeRowIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = FIELD_NAMES[String(issue.path[0])];
      // « UAI invalide : … » names its field already.
      return field && !issue.message.startsWith(field) ? `${field} : ${issue.message}` : issue.message;
    })
    .join(' ; ');
}
