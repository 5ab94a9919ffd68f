import { z } from 'zod';
import { departement, email, optionalText, text } from './primitives.js';
import { uai } from './uai.js';

/** establishments/{uai}: collèges (établissements d'origine) and lycées (établissements d'accueil). */
export const ESTABLISHMENT_KINDS = ['college', 'lycee'] as const;
export const SECTORS = ['public', 'prive_sous_contrat'] as const;

/**
 * What a lycée writes about itself for families, shown on its formations' pages. Its own staff
 * edit these fields only (firestore.rules checks the same limits); '' when not written.
 */
export const lyceeInfo = z.object({
  phone: optionalText(30).refine((v) => /^[0-9 +().-]*$/.test(v), 'numéro de téléphone attendu (chiffres, espaces, +)'),
  website: optionalText(200).refine((v) => v === '' || /^https:\/\/[^\s/]+\.[^\s]+$/.test(v), {
    message: 'adresse de site commençant par https:// attendue'
  }),
  transport: optionalText(300),
  openDays: optionalText(300)
});
export type LyceeInfo = z.infer<typeof lyceeInfo>;
export const LYCEE_INFO_LABELS: Record<keyof LyceeInfo, string> = {
  phone: 'Téléphone',
  website: 'Site internet',
  transport: 'Comment venir',
  openDays: 'Journées portes ouvertes'
};

export const establishment = z.object({
  uai,
  kind: z.enum(ESTABLISHMENT_KINDS, { error: 'type d’établissement inconnu (collège ou lycée)' }),
  sector: z.enum(SECTORS, { error: 'secteur inconnu (public ou privé sous contrat)' }),
  name: text(120),
  departement,
  city: text(80),
  address: optionalText(200),
  /** The functional mailbox (ce.UAI@ac-…) that receives convocations. */
  functionalEmail: email,
  /** Collèges only: uid of the referent designated by the head. */
  referentUid: z.string().nullable().default(null),
  ...lyceeInfo.shape
});
export type Establishment = z.infer<typeof establishment>;
