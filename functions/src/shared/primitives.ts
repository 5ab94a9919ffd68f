import { z } from 'zod';

/**
 * A Firestore Timestamp (client or admin SDK: both expose toDate()) or a Date, read as a Date.
 * The shared module cannot import either SDK, so it duck-types the Timestamp.
 */
export const instant = z.preprocess(
  (value) =>
    value && typeof (value as { toDate?: unknown }).toDate === 'function'
      ? (value as { toDate: () => Date }).toDate()
      : value,
  z.date({ error: 'date invalide' })
);

/** Trimmed text with French messages for the usual length limits. */
export const text = (max: number, min = 1) =>
  z
    .string({ error: 'texte attendu' })
    .trim()
    .min(min, min === 1 ? 'ne doit pas être vide' : `doit contenir au moins ${min} caractères`)
    .max(max, `doit contenir au plus ${max} caractères`);

export const optionalText = (max: number) =>
  z.string().trim().max(max, `doit contenir au plus ${max} caractères`).default('');

/**
 * What looks like markup: `<` followed by a letter, `/`, `!` or `?`. Text typed about a pupil ends
 * up in mails, printed sheets and other people's screens, so it is kept plain; "< 2000 €" passes.
 * firestore.rules refuses the same pattern (function plainText).
 */
export const MARKUP = /<\s*[A-Za-z/!?]/;
const NO_MARKUP = 'ne doit pas contenir de balises (< … >)';

/** `text` without markup: names, comments, reasons typed by the collège. */
export const plainText = (max: number, min = 1) => text(max, min).refine((s) => !MARKUP.test(s), NO_MARKUP);

/** `optionalText` without markup. */
export const optionalPlainText = (max: number) =>
  z
    .string({ error: 'texte attendu' })
    .trim()
    .max(max, `doit contenir au plus ${max} caractères`)
    .refine((s) => !MARKUP.test(s), NO_MARKUP)
    .default('');

export const email = z
  .string({ error: 'adresse électronique attendue' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'adresse électronique invalide' }));

/** Département codes of the académie (Créteil: Seine-et-Marne, Seine-Saint-Denis, Val-de-Marne). */
export const ACADEMIE_DEPARTEMENTS = ['77', '93', '94'] as const;
export const departement = z.enum(ACADEMIE_DEPARTEMENTS, {
  error: `département hors de l'académie (attendu : ${ACADEMIE_DEPARTEMENTS.join(', ')})`
});
export type Departement = z.infer<typeof departement>;

/** Random document ids used as capabilities (convocation links): 20+ URL-safe characters. */
export const capabilityId = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'identifiant invalide');
