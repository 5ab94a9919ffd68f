import { z } from 'zod';
import { avis } from './avis.js';
import { domain } from './catalogue.js';
import { instant, optionalPlainText, plainText, text } from './primitives.js';
import { pupilIdentity } from './pupil.js';
import { uai } from './uai.js';

/** The collège head's avis and comment on one requested formation, entered before the interview. */
export const originAvis = z.object({
  avis,
  comment: plainText(1000)
});
export type OriginAvis = z.infer<typeof originAvis>;
export const ORIGIN_AVIS_FIELD_LABELS: Record<keyof OriginAvis, string> = {
  avis: 'Avis',
  comment: 'Commentaire'
};

/**
 * Where a request stands. registered → convoked (the lycée places it in a slot) → interviewed or
 * absent (attendance) → reported (individual interviews). withdrawn: the pupil renounced; it may
 * be made live again during registrations. docs/data-model.md has the transition table.
 */
export const APPLICATION_STATUSES = [
  'registered',
  'convoked',
  'interviewed',
  'absent',
  'reported',
  'withdrawn'
] as const;
export const applicationStatus = z.enum(APPLICATION_STATUSES, { error: 'état de la demande inconnu' });
export type ApplicationStatus = z.infer<typeof applicationStatus>;
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  registered: 'En attente de convocation',
  convoked: 'Convoqué',
  interviewed: 'Entretien passé',
  absent: 'Absent à l’entretien',
  reported: 'Compte rendu reçu',
  withdrawn: 'Retirée'
};

/** The statuses from which the collège may still withdraw a request (until its interview starts). */
export const WITHDRAWABLE_STATUSES = ['registered', 'convoked'] as const satisfies readonly ApplicationStatus[];

/** Why and when a request was withdrawn; the reason is optional and never shown to the lycée in an audit. */
export const withdrawalInput = z.object({ reason: optionalPlainText(300) });
export type WithdrawalInput = z.infer<typeof withdrawalInput>;
export const WITHDRAWAL_FIELD_LABELS: Record<keyof WithdrawalInput, string> = { reason: 'Motif du retrait' };
export const withdrawal = withdrawalInput.extend({ at: instant, by: z.string().min(1) });
export type Withdrawal = z.infer<typeof withdrawal>;

/**
 * Another interview of the same pupil (another domain) that overlaps this request's, or leaves too
 * little time to travel between the two: only its times, so the lycée learns that the pupil is not
 * available then, not where he is expected (the collège finds the other request among its own).
 */
export const interviewOverlap = z.object({ startsAt: instant, endsAt: instant });
export type InterviewOverlap = z.infer<typeof interviewOverlap>;

/**
 * applications/{pupilId}_{domainId}: a pupil's request for an interview in one domain, at one
 * lycée, for one or more of its formations. The id makes "one interview per pupil per domain"
 * a property of the data; the twin trigger re-checks it across duplicate pupils. Never deleted
 * during a campaign: a pupil who renounces has it withdrawn. At most 3 formations, so that the
 * rules can check each avis. The pupil's identity is copied in so the lycée never reads pupils/.
 */
export const application = z.object({
  campaignId: z.string(),
  pupilId: z.string(),
  pupil: pupilIdentity,
  collegeUai: uai,
  collegeName: text(120),
  domainId: domain.shape.id,
  domainLabel: text(120),
  lyceeUai: uai,
  lyceeName: text(120),
  formationIds: z
    .array(z.string())
    .min(1, 'au moins une formation')
    .max(3, 'au plus 3 formations d’un même domaine et d’un même lycée'),
  /** formationId → avis of the collège head; written by the collège only. */
  originAvis: z.record(z.string(), originAvis).default({}),
  status: applicationStatus.default('registered'),
  withdrawal: withdrawal.nullable().default(null),
  /** The interview slot the lycée placed the request in (the assignment itself); null until then. */
  slotId: z.string().nullable().default(null),
  /** Written by the twin trigger: the live application of a suspected twin pupil in this domain. */
  twinOf: z.string().nullable().default(null),
  /**
   * Written by the overlap trigger only, absent when there is none: the pupil's other active
   * convocations that clash with this request's. No default, so the app never writes the field.
   */
  overlaps: z.array(interviewOverlap).optional(),
  createdAt: instant,
  createdBy: z.string(),
  updatedAt: instant,
  updatedBy: z.string()
});
export type Application = z.infer<typeof application>;

export const applicationId = (pupilId: string, domainId: string) => `${pupilId}_${domainId}`;

/** Live: not withdrawn. Only live requests count for domain uniqueness, plannings and deletion. */
export const isLive = (a: Pick<Application, 'status'>) => a.status !== 'withdrawn';

/**
 * Whether the collège may still withdraw the request at `now`: it is registered or convoked, and
 * its interview (if any) has not started. `slotStartsAt`: the start of the request's slot, if placed.
 */
export function isWithdrawable(a: Pick<Application, 'status'>, slotStartsAt: Date | null, now: Date): boolean {
  return (
    (WITHDRAWABLE_STATUSES as readonly string[]).includes(a.status) && (slotStartsAt === null || now < slotStartsAt)
  );
}

/** The formations requested that still lack the collège's avis (the head's to-do list). */
export const formationsMissingAvis = (a: Pick<Application, 'formationIds' | 'originAvis'>) =>
  a.formationIds.filter((id) => !a.originAvis[id]);
