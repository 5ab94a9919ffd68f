import { z } from 'zod';
import { avis } from './avis.js';
import { domain, interviewFormat } from './catalogue.js';
import { capabilityId, instant, optionalText, text } from './primitives.js';
import { uai } from './uai.js';

export const INTERVIEW_MODES = ['presentiel', 'distanciel'] as const;
export const interviewMode = z.enum(INTERVIEW_MODES, { error: 'mode inconnu (présentiel ou distanciel)' });

/**
 * interviewSlots/{slotId}: an interview planned by a lycée in one domain. An individual slot
 * holds one application, a collective one up to `capacity`.
 */
export const interviewSlot = z
  .object({
    campaignId: z.string(),
    lyceeUai: uai,
    domainId: domain.shape.id,
    format: interviewFormat,
    mode: interviewMode,
    startsAt: instant,
    endsAt: instant,
    place: text(200),
    /** Distanciel only: the link the pupil joins from the collège's workstation. */
    meetingUrl: z.url({ error: 'lien de visioconférence invalide' }).nullable().default(null),
    capacity: z.number().int().min(1).max(60),
    applicationIds: z.array(z.string()).default([])
  })
  .refine((s) => s.startsAt < s.endsAt, { message: 'la fin doit suivre le début', path: ['endsAt'] })
  .refine((s) => s.applicationIds.length <= s.capacity, {
    message: 'plus de candidats que de places',
    path: ['applicationIds']
  })
  .refine((s) => s.format === 'collectif' || s.capacity === 1, {
    message: 'un entretien individuel reçoit un seul élève',
    path: ['capacity']
  });
export type InterviewSlot = z.infer<typeof interviewSlot>;

/**
 * convocations/{token}: what the pupil's link shows, written by a function when an application
 * is placed in a slot. The id is a random capability: read by get() alone, never listed.
 */
export const convocation = z.object({
  campaignId: z.string(),
  applicationId: z.string(),
  slotId: z.string(),
  collegeUai: uai,
  lyceeUai: uai,
  pupilFirstName: text(60),
  pupilLastName: text(60),
  lyceeName: text(120),
  lyceeAddress: optionalText(200),
  domainLabel: text(120),
  formationLabels: z.array(text(200)).min(1),
  format: interviewFormat,
  mode: interviewMode,
  startsAt: instant,
  endsAt: instant,
  place: text(200),
  meetingUrl: z.string().nullable(),
  cancelled: z.boolean().default(false),
  issuedAt: instant
});
export type Convocation = z.infer<typeof convocation>;
export const convocationToken = capabilityId;

/**
 * interviewReports/{applicationId}: after an individual interview, within the campaign's report
 * delay, the lycée's brief report on the whole domain and an avis per requested formation, plus
 * optionally one for a formation of the domain the pupil did not request.
 */
export const interviewReport = z.object({
  campaignId: z.string(),
  applicationId: z.string(),
  lyceeUai: uai,
  collegeUai: uai,
  /** The individual slot the interview took place in: the report delay runs from its end. */
  slotId: z.string(),
  summary: text(2000),
  avisByFormation: z.record(z.string(), avis),
  extraFormation: z.object({ formationId: z.string(), avis }).nullable().default(null),
  updatedAt: instant,
  updatedBy: z.string()
});
export type InterviewReport = z.infer<typeof interviewReport>;
