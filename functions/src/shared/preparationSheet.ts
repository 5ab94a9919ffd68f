import { z } from 'zod';
import { instant, optionalPlainText } from './primitives.js';
import { uai } from './uai.js';

/** What the pupil writes on the sheet, with the référent or the head. */
export const preparationSheetInput = z.object({
  whatIKnow: optionalPlainText(2000),
  jobsAndOutlets: optionalPlainText(2000),
  whyThisFormation: optionalPlainText(2000),
  questionsForInterview: optionalPlainText(2000)
});
export type PreparationSheetInput = z.infer<typeof preparationSheetInput>;
export const PREPARATION_SHEET_FIELD_LABELS: Record<keyof PreparationSheetInput, string> = {
  whatIKnow: 'Ce que je sais de la formation',
  jobsAndOutlets: 'Les métiers et les débouchés',
  whyThisFormation: 'Pourquoi cette formation',
  questionsForInterview: 'Mes questions pour l’entretien'
};

/**
 * preparationSheets/{applicationId}_{formationId}: the « fiche d'aide à la préparation » the
 * pupil fills with the referent, one per requested formation, brought to the interview. The lycée
 * reads it only once the collège has shared it (sharedAt set).
 */
export const preparationSheet = preparationSheetInput.extend({
  campaignId: z.string(),
  applicationId: z.string(),
  formationId: z.string(),
  collegeUai: uai,
  lyceeUai: uai,
  sharedAt: instant.nullable().default(null),
  updatedAt: instant,
  updatedBy: z.string()
});
export type PreparationSheet = z.infer<typeof preparationSheet>;

export const preparationSheetId = (applicationId: string, formationId: string) => `${applicationId}_${formationId}`;
