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
