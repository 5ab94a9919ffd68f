import { pupil, type Pupil } from '../../functions/src/shared/index.js';
import { CAMPAIGN_ID, COLLEGE_A, STAFF_UIDS } from './world.js';

/** pupils/{id}: by default PUPIL_A, registered by the head of collège A. */
export function pupilDoc(overrides: Partial<Pupil> = {}): Pupil {
  return pupil.parse({
    campaignId: CAMPAIGN_ID,
    collegeUai: COLLEGE_A,
    firstName: 'Inès',
    lastName: 'Moreau',
    level: '3e',
    className: '3e B',
    liveDomainIds: [],
    twin: null,
    createdAt: new Date('2027-02-03T10:00:00Z'),
    createdBy: STAFF_UIDS.headA,
    updatedAt: new Date('2027-02-03T10:00:00Z'),
    updatedBy: STAFF_UIDS.headA,
    ...overrides
  });
}
