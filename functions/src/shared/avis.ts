import { z } from 'zod';

/** The three avis of the procedure, given by the collège head and by the lycée after interview. */
export const AVIS = ['favorable', 'assez_favorable', 'reserve'] as const;
export const avis = z.enum(AVIS, { error: 'avis inconnu (favorable, assez favorable ou réservé)' });
export type Avis = z.infer<typeof avis>;
export const AVIS_LABELS: Record<Avis, string> = {
  favorable: 'Favorable',
  assez_favorable: 'Assez favorable',
  reserve: 'Réservé'
};
