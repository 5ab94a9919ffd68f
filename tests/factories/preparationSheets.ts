import {
  preparationSheet,
  preparationSheetId as sheetId,
  type PreparationSheet
} from '../../functions/src/shared/index.js';
import { APPLICATION_A, CAMPAIGN_ID, COLLEGE_A, LYCEE_L1, STAFF_UIDS, formationIdOf } from './world.js';

/** preparationSheets/{applicationId}_{formationId}: by default APPLICATION_A's sheet for the CAP. */
export function preparationSheetDoc(overrides: Partial<PreparationSheet> = {}): PreparationSheet {
  return preparationSheet.parse({
    campaignId: CAMPAIGN_ID,
    applicationId: APPLICATION_A,
    formationId: formationIdOf('electricienL1'),
    collegeUai: COLLEGE_A,
    lyceeUai: LYCEE_L1,
    whatIKnow: 'On y apprend à câbler un tableau électrique.',
    jobsAndOutlets: 'Électricienne du bâtiment.',
    whyThisFormation: 'J’ai aimé mon stage chez un artisan.',
    questionsForInterview: 'Y a-t-il des stages en entreprise ?',
    sharedAt: null,
    updatedAt: new Date('2027-03-01T10:00:00Z'),
    updatedBy: STAFF_UIDS.referentA,
    ...overrides
  });
}

/** The id a sheet must have: one sheet per application and requested formation. */
export const preparationSheetId = (sheet: Pick<PreparationSheet, 'applicationId' | 'formationId'>) =>
  sheetId(sheet.applicationId, sheet.formationId);
