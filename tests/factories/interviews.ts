import {
  convocation,
  interviewReport,
  interviewSlot,
  publicConvocation,
  type Convocation,
  type InterviewReport,
  type InterviewSlot,
  type PublicConvocation
} from '../../functions/src/shared/index.js';
import {
  APPLICATION_A,
  CAMPAIGN_ID,
  CONVOCATION_TOKEN,
  COLLEGE_A,
  DOMAIN_ID,
  DOMAIN_LABEL,
  ESTABLISHMENT_NAMES,
  LYCEE_L1,
  SLOT_INDIVIDUAL_L1,
  STAFF_UIDS,
  formationIdOf
} from './world.js';

const MINUTE = 60_000;

/**
 * interviewSlots/{id}: by default an individual, in-person slot of L1 in the electricity domain,
 * starting in two hours (inside every phase's interview window), holding APPLICATION_A.
 */
export function interviewSlotDoc(overrides: Partial<InterviewSlot> = {}, now = new Date()): InterviewSlot {
  const startsAt = new Date(now.getTime() + 120 * MINUTE);
  return interviewSlot.parse({
    campaignId: CAMPAIGN_ID,
    lyceeUai: LYCEE_L1,
    domainId: DOMAIN_ID,
    format: 'individuel',
    mode: 'presentiel',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 30 * MINUTE),
    place: 'Atelier B12',
    meetingUrl: null,
    capacity: 1,
    applicationIds: [APPLICATION_A],
    createdAt: new Date(now.getTime() - 60 * MINUTE),
    createdBy: STAFF_UIDS.lyceeL1,
    updatedAt: new Date(now.getTime() - 60 * MINUTE),
    updatedBy: STAFF_UIDS.lyceeL1,
    ...overrides
  });
}

/** The start and end of a 30-minute interview that ended `minutesAgo` minutes before `now`. */
export function interviewEndedMinutesAgo(
  minutesAgo: number,
  now = new Date()
): Pick<InterviewSlot, 'startsAt' | 'endsAt'> {
  const endsAt = new Date(now.getTime() - minutesAgo * MINUTE);
  return { startsAt: new Date(endsAt.getTime() - 30 * MINUTE), endsAt };
}

/** convocations/{applicationId}: APPLICATION_A's convocation to its L1 slot, as the function issues it. */
export function convocationDoc(overrides: Partial<Convocation> = {}): Convocation {
  return convocation.parse({
    campaignId: CAMPAIGN_ID,
    applicationId: APPLICATION_A,
    slotId: SLOT_INDIVIDUAL_L1,
    collegeUai: COLLEGE_A,
    lyceeUai: LYCEE_L1,
    token: CONVOCATION_TOKEN,
    pupil: { firstName: 'Inès', lastName: 'Moreau' },
    lyceeName: ESTABLISHMENT_NAMES[LYCEE_L1],
    lyceeAddress: '12 avenue du Général de Gaulle, Créteil',
    domainLabel: DOMAIN_LABEL,
    formationLabels: ['CAP Électricien'],
    format: 'individuel',
    mode: 'presentiel',
    startsAt: new Date('2027-05-10T09:00:00+02:00'),
    endsAt: new Date('2027-05-10T09:30:00+02:00'),
    place: 'Atelier B12',
    meetingUrl: null,
    state: 'active',
    version: 1,
    icsUid: 'f00dcafe@passpro.ac-creteil.fr',
    issuedAt: new Date('2027-05-02T08:00:00+02:00'),
    updatedAt: new Date('2027-05-02T08:00:00+02:00'),
    delivery: { state: 'sent', mailId: `convocation-${APPLICATION_A}-v1`, error: null },
    ...overrides
  });
}

/** publicConvocations/{token}: what APPLICATION_A's pupil link shows; expires `expiresInMs` from now. */
export function publicConvocationDoc(expiresInMs = 86_400_000, now = new Date()): PublicConvocation {
  const c = convocationDoc();
  return publicConvocation.parse({ ...c, expiresAt: new Date(now.getTime() + expiresInMs) });
}

/** interviewReports/{applicationId}: L1's report on APPLICATION_A after its individual slot. */
export function interviewReportDoc(overrides: Partial<InterviewReport> = {}): InterviewReport {
  return interviewReport.parse({
    campaignId: CAMPAIGN_ID,
    applicationId: APPLICATION_A,
    lyceeUai: LYCEE_L1,
    collegeUai: COLLEGE_A,
    slotId: SLOT_INDIVIDUAL_L1,
    summary: 'Entretien riche : l’élève connaît les métiers du domaine et a posé de bonnes questions.',
    avisByFormation: { [formationIdOf('electricienL1')]: 'favorable', [formationIdOf('melecL1')]: 'assez_favorable' },
    extraFormation: null,
    attendance: 'present',
    submittedAt: new Date('2027-05-10T10:00:00+02:00'),
    updatedAt: new Date('2027-05-10T10:00:00+02:00'),
    updatedBy: STAFF_UIDS.lyceeL1,
    ...overrides
  });
}
