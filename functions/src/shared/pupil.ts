import { z } from 'zod';
import { instant, text } from './primitives.js';
import { uai } from './uai.js';

/**
 * pupils/{pupilId}: a 3e pupil of a collège taking part in a campaign. Data minimisation: a
 * name and a level are all the procedure needs (no birth date, no INE, no address, no bulletin).
 * Purged with the rest of the campaign's personal data after closure (docs/data-model.md).
 */
export const LEVELS = ['3e', '3e_segpa', '3e_prepa_metiers', 'eana', 'mlds'] as const;
export const level = z.enum(LEVELS, { error: 'niveau non concerné par la procédure' });
export type Level = z.infer<typeof level>;
export const LEVEL_LABELS: Record<Level, string> = {
  '3e': '3e',
  '3e_segpa': '3e SEGPA',
  '3e_prepa_metiers': '3e Prépa-métiers',
  eana: 'EANA (élève allophone)',
  mlds: 'MLDS (niveau collège ou niveau V)'
};

export const pupilIdentity = z.object({
  firstName: text(60),
  lastName: text(60),
  level
});
export type PupilIdentity = z.infer<typeof pupilIdentity>;

export const pupil = pupilIdentity.extend({
  campaignId: z.string(),
  collegeUai: uai,
  className: z.string().trim().max(20).default(''),
  createdAt: instant,
  createdBy: z.string()
});
export type Pupil = z.infer<typeof pupil>;
