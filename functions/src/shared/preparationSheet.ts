import { z } from 'zod';
import { instant, optionalText } from './primitives.js';
import { uai } from './uai.js';

/**
 * preparationSheets/{applicationId}_{formationId}: the « fiche d'aide à la préparation » the
 * pupil fills with the referent, one per requested formation, brought to the interview.
 */
export const preparationSheet = z.object({
  campaignId: z.string(),
  applicationId: z.string(),
  formationId: z.string(),
  collegeUai: uai,
  lyceeUai: uai,
  whatIKnow: optionalText(2000),
  jobsAndOutlets: optionalText(2000),
  whyThisFormation: optionalText(2000),
  questionsForInterview: optionalText(2000),
  updatedAt: instant,
  updatedBy: z.string()
});
export type PreparationSheet = z.infer<typeof preparationSheet>;
