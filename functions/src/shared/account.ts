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
 * One account to create or update. The UAI is required for the staff of an établissement and
 * must stay empty for an académie administrator, whose claims carry none.
 */
export const accountRow = z
  .object({
    displayName: text(100),
    email: academicEmail,
    role: accountRole,
    uai: z.string({ error: 'UAI attendu' }).trim().default('')
  })
  .transform((row, ctx) => {
    if (row.role === 'academie') {
      if (row.uai) {
        ctx.addIssue({ code: 'custom', path: ['uai'], message: 'doit rester vide pour un administrateur académique' });
        return z.NEVER;
      }
      return { ...row, uai: null };
    }
    if (!row.uai) {
      ctx.addIssue({ code: 'custom', path: ['uai'], message: 'obligatoire pour le personnel d’un établissement' });
      return z.NEVER;
    }
    const parsed = uai.safeParse(row.uai);
    if (!parsed.success) {
      // The UAI schema's messages name the UAI already: no field prefix for them.
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
      return z.NEVER;
    }
    return { ...row, uai: parsed.data };
  });
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

export const manageAccountsRequest = z.object({
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
      return field ? `${field} : ${issue.message}` : issue.message;
    })
    .join(' ; ');
}
