import { z } from 'zod';
import { departement, email, optionalText, text } from './primitives.js';
import { uai } from './uai.js';

/** establishments/{uai}: collèges (établissements d'origine) and lycées (établissements d'accueil). */
export const ESTABLISHMENT_KINDS = ['college', 'lycee'] as const;
export const SECTORS = ['public', 'prive_sous_contrat'] as const;

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
  referentUid: z.string().nullable().default(null)
});
export type Establishment = z.infer<typeof establishment>;
