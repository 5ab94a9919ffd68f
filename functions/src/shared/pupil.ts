import { z } from 'zod';
import { instant, optionalPlainText, plainText } from './primitives.js';
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
/** Who the procedure is for, in one sentence (shown next to the level). */
export const ELIGIBILITY =
  'Seuls les élèves de niveau 3e (dont SEGPA, Prépa-métiers, EANA, action MLDS de niveau collège ou de niveau V) ' +
  'envisageant une 1re année de CAP ou une 2de professionnelle sont concernés.';

export const pupilIdentity = z.object({
  firstName: plainText(60),
  lastName: plainText(60),
  level
});
export type PupilIdentity = z.infer<typeof pupilIdentity>;

/** The identity an application copies from its pupil (the rules check the copy equals the pupil). */
export const identityOf = (p: PupilIdentity): PupilIdentity => ({
  firstName: p.firstName,
  lastName: p.lastName,
  level: p.level
});

/** What the collège types for a pupil, in a form or a class-list row. */
export const pupilInput = pupilIdentity.extend({
  className: optionalPlainText(20)
});
export type PupilInput = z.infer<typeof pupilInput>;

/** French labels of the pupil's fields, for frenchIssues. */
export const PUPIL_FIELD_LABELS: Record<keyof PupilInput, string> = {
  firstName: 'Prénom',
  lastName: 'Nom',
  className: 'Classe',
  level: 'Niveau'
};

/**
 * A possible duplicate of the pupil: another pupil of the same collège and campaign with the same
 * normalised names. The twin trigger writes 'suspected'; the head writes 'distinct' once checked
 * (or merges, by withdrawing and deleting the duplicate).
 */
export const TWIN_STATES = ['suspected', 'distinct'] as const;
export const twinFlag = z.object({ pupilId: z.string().min(1), state: z.enum(TWIN_STATES) });
export type TwinFlag = z.infer<typeof twinFlag>;

export const pupil = pupilInput.extend({
  campaignId: z.string(),
  collegeUai: uai,
  /**
   * The domains where the pupil has a live application. Kept in the same batch as every change of
   * an application's liveness (the rules check both sides with getAfter), so that "no deletion
   * while a request is live" is a check of this list alone.
   */
  liveDomainIds: z.array(z.string()).default([]),
  twin: twinFlag.nullable().default(null),
  createdAt: instant,
  createdBy: z.string(),
  updatedAt: instant,
  updatedBy: z.string()
});
export type Pupil = z.infer<typeof pupil>;

/**
 * The key two records of the same child share: first and last names compared without case,
 * accents, hyphens, apostrophes or spaces ("Jean-Pierre N'Diaye" = "jean pierre ndiaye").
 */
export function normalisedName(firstName: string, lastName: string): string {
  const fold = (name: string) =>
    name
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]/g, '');
  return `${fold(firstName)}|${fold(lastName)}`;
}

/** True when the twin flag asks the head to look (a twin neither merged nor confirmed distinct). */
export const isSuspectedTwin = (p: Pick<Pupil, 'twin'>) => p.twin?.state === 'suspected';
