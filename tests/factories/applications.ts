import { application, type Application, type Pupil } from '../../functions/src/shared/index.js';
import { pupilDoc } from './pupils.js';
import { DOMAIN_ID, DOMAIN_LABEL, ESTABLISHMENT_NAMES, LYCEE_L1, PUPIL_A, STAFF_UIDS, formationIdOf } from './world.js';

/**
 * applications/{pupilId}_{domainId}: by default APPLICATION_A, PUPIL_A's request to L1 for two
 * electricity formations with the head's avis on the first. The pupil copy, the collège and the
 * campaign come from `pupil`, as the rules demand.
 */
export function applicationDoc(overrides: Partial<Application> = {}, pupil: Pupil = pupilDoc()): Application {
  const electricien = formationIdOf('electricienL1');
  return application.parse({
    campaignId: pupil.campaignId,
    pupilId: PUPIL_A,
    pupil: { firstName: pupil.firstName, lastName: pupil.lastName, level: pupil.level },
    collegeUai: pupil.collegeUai,
    collegeName: ESTABLISHMENT_NAMES[pupil.collegeUai],
    domainId: DOMAIN_ID,
    domainLabel: DOMAIN_LABEL,
    lyceeUai: LYCEE_L1,
    lyceeName: ESTABLISHMENT_NAMES[LYCEE_L1],
    formationIds: [electricien, formationIdOf('melecL1')],
    originAvis: { [electricien]: { avis: 'favorable', comment: 'Élève motivée, stage réussi en électricité.' } },
    status: 'registered',
    withdrawal: null,
    slotId: null,
    twinOf: null,
    createdAt: new Date('2027-02-04T10:00:00Z'),
    createdBy: STAFF_UIDS.headA,
    updatedAt: new Date('2027-02-04T10:00:00Z'),
    updatedBy: STAFF_UIDS.headA,
    ...overrides
  });
}
