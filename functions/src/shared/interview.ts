import { z } from 'zod';
import { avis, type Avis } from './avis.js';
import { domain, interviewFormat } from './catalogue.js';
import { atParisTime } from './parisTime.js';
import { instant, optionalText, text } from './primitives.js';
import { uai } from './uai.js';

export const INTERVIEW_MODES = ['presentiel', 'distanciel'] as const;
export const interviewMode = z.enum(INTERVIEW_MODES, { error: 'mode inconnu (présentiel ou distanciel)' });
export type InterviewMode = z.infer<typeof interviewMode>;
export const INTERVIEW_MODE_LABELS: Record<InterviewMode, string> = {
  presentiel: 'Présentiel',
  distanciel: 'Distanciel'
};

/** A collective interview receives at most this many pupils (individual: exactly one). */
export const MAX_COLLECTIVE_CAPACITY = 60;

/**
 * A meeting link: https only, so that no javascript: or plain-http link ever reaches a pupil.
 * The protocol check is written out because URL parsing accepts any scheme.
 */
export const meetingUrl = z
  .string({ error: 'lien de visioconférence attendu' })
  .trim()
  .max(500, 'doit contenir au plus 500 caractères')
  .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'lien https:// attendu (visioconférence)' }));

/** Cross-field checks a slot's schedule, mode and capacity must pass, in the stored form and in the form. */
function checkSlot(
  s: { startsAt: Date; endsAt: Date; mode: InterviewMode; meetingUrl: string | null; format: string; capacity: number },
  ctx: z.RefinementCtx,
  endPath = 'endsAt'
) {
  if (s.startsAt >= s.endsAt) ctx.addIssue({ code: 'custom', message: 'la fin doit suivre le début', path: [endPath] });
  if (s.mode === 'distanciel' && !s.meetingUrl) {
    ctx.addIssue({ code: 'custom', message: 'un entretien à distance a besoin de son lien', path: ['meetingUrl'] });
  }
  if (s.mode === 'presentiel' && s.meetingUrl) {
    ctx.addIssue({ code: 'custom', message: 'un entretien en présentiel n’a pas de lien', path: ['meetingUrl'] });
  }
  if (s.format === 'individuel' && s.capacity !== 1) {
    ctx.addIssue({ code: 'custom', message: 'un entretien individuel reçoit un seul élève', path: ['capacity'] });
  }
  if (s.format === 'collectif' && (s.capacity < 2 || s.capacity > MAX_COLLECTIVE_CAPACITY)) {
    ctx.addIssue({
      code: 'custom',
      message: `un entretien collectif reçoit de 2 à ${MAX_COLLECTIVE_CAPACITY} élèves`,
      path: ['capacity']
    });
  }
}

/**
 * interviewSlots/{slotId}: an interview planned by a lycée in one domain. An individual slot
 * holds one application, a collective one up to `capacity`. `applicationIds` mirrors the
 * applications whose slotId is this slot (the rules check both sides of each assignment).
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
    meetingUrl: meetingUrl.nullable().default(null),
    capacity: z.number().int().min(1).max(MAX_COLLECTIVE_CAPACITY),
    applicationIds: z.array(z.string()).default([]),
    createdAt: instant,
    createdBy: z.string(),
    updatedAt: instant,
    updatedBy: z.string()
  })
  .superRefine(checkSlot)
  .refine((s) => s.applicationIds.length <= s.capacity, {
    message: 'plus de candidats que de places',
    path: ['applicationIds']
  });
export type InterviewSlot = z.infer<typeof interviewSlot>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'heure attendue (hh:mm)');

/** The planning form: a Paris day, start and end times, where and how, for whom. */
export const slotForm = z
  .object({
    date: z.iso.date({ error: 'date attendue (jj/mm/aaaa)' }),
    start: hhmm,
    end: hhmm,
    domainId: z.string().min(1, 'choisissez un domaine'),
    format: interviewFormat,
    mode: interviewMode,
    place: text(200),
    meetingUrl: z.union([z.literal('').transform(() => null), meetingUrl]),
    capacity: z.coerce
      .number({ error: 'nombre de places attendu' })
      .int('nombre entier attendu')
      .min(1, 'au moins 1 place')
      .max(MAX_COLLECTIVE_CAPACITY, `au plus ${MAX_COLLECTIVE_CAPACITY} places`)
  })
  .transform((f) => ({
    domainId: f.domainId,
    format: f.format,
    mode: f.mode,
    place: f.place,
    meetingUrl: f.meetingUrl,
    capacity: f.format === 'individuel' ? 1 : f.capacity,
    startsAt: atParisTime(f.date, f.start),
    endsAt: atParisTime(f.date, f.end)
  }))
  .superRefine((s, ctx) => checkSlot(s, ctx, 'end'));
export type SlotForm = z.input<typeof slotForm>;
export type SlotFields = z.output<typeof slotForm>;

/** The slot form's field labels, as its page shows them (error summary and French messages name them). */
export const SLOT_FORM_LABELS: Record<string, string> = {
  date: 'Date',
  start: 'Début',
  end: 'Fin',
  domainId: 'Domaine',
  format: 'Modalité',
  mode: 'Mode',
  place: 'Lieu',
  meetingUrl: 'Lien de visioconférence',
  capacity: 'Nombre de places'
};

export const CONVOCATION_STATES = ['active', 'cancelled'] as const;
export const DELIVERY_STATES = ['pending', 'sent', 'error'] as const;

/** What a convocation says about the interview: the pupil's view of it. */
const convocationContent = {
  pupil: z.object({ firstName: text(60), lastName: text(60) }),
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
  state: z.enum(CONVOCATION_STATES),
  /** +1 per material change (date, time, place, mode, link, cancellation). */
  version: z.number().int().min(1),
  /** The iCalendar UID, stable for the request, shared by the mailed and the downloaded .ics. */
  icsUid: z.string(),
  issuedAt: instant
};

/**
 * convocations/{applicationId}: private, written by the convocation trigger only, read by the
 * collège's staff, the lycée and the académie; carries the delivery state of the last mail.
 */
export const convocation = z.object({
  campaignId: z.string(),
  applicationId: z.string(),
  collegeUai: uai,
  lyceeUai: uai,
  slotId: z.string(),
  token: z.string(),
  ...convocationContent,
  updatedAt: instant,
  delivery: z.object({
    state: z.enum(DELIVERY_STATES),
    mailId: z.string(),
    error: z.string().nullable().default(null)
  })
});
export type Convocation = z.infer<typeof convocation>;

/**
 * publicConvocations/{token}: what the pupil's link shows, and nothing more (no ids, no UAI).
 * The id is a random capability: get() only, before expiresAt.
 */
export const publicConvocation = z.object({
  ...convocationContent,
  expiresAt: instant
});
export type PublicConvocation = z.infer<typeof publicConvocation>;

/** The pupil's link token: 32 random bytes in base64url (43 characters). */
export const convocationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'lien de convocation invalide');

export const ATTENDANCES = ['present', 'absent'] as const;
export const attendance = z.enum(ATTENDANCES, { error: 'présence attendue (présent ou absent)' });
export type Attendance = z.infer<typeof attendance>;

/**
 * interviewReports/{applicationId}: attendance for every interview; for an individual one, the
 * lycée's brief report on the whole domain and an avis per requested formation, plus optionally
 * one for a formation of the domain the pupil did not request. submittedAt null = draft.
 */
export const interviewReport = z.object({
  campaignId: z.string(),
  applicationId: z.string(),
  lyceeUai: uai,
  collegeUai: uai,
  /** The slot the interview took place in: the report delay runs from its end. */
  slotId: z.string(),
  attendance,
  summary: optionalText(2000),
  avisByFormation: z.record(z.string(), avis).default({}),
  extraFormation: z.object({ formationId: z.string(), avis }).nullable().default(null),
  submittedAt: instant.nullable().default(null),
  updatedAt: instant,
  updatedBy: z.string()
});
export type InterviewReport = z.infer<typeof interviewReport>;

/**
 * The report form of the lycée: a draft may be partial; submitting a present pupil needs the
 * report and an avis on every requested formation (`requested`). Markup is refused: the report
 * is shown to families as plain text.
 */
export function reportForm(requested: string[], submit: boolean) {
  return z
    .object({
      attendance,
      summary: optionalText(2000).refine((s) => !/[<>]/.test(s), 'les balises (< >) ne sont pas acceptées'),
      avisByFormation: z.record(
        z.string(),
        avis.or(z.literal('')).transform((a) => a || undefined)
      ),
      extraFormationId: z.string().default(''),
      extraAvis: avis.or(z.literal('')).default('')
    })
    .superRefine((f, ctx) => {
      if (f.extraFormationId && !f.extraAvis) {
        ctx.addIssue({ code: 'custom', message: 'donnez l’avis sur la formation ajoutée', path: ['extraAvis'] });
      }
      if (!submit || f.attendance === 'absent') return;
      if (!f.summary)
        ctx.addIssue({ code: 'custom', message: 'le compte rendu est nécessaire pour envoyer', path: ['summary'] });
      for (const id of requested) {
        if (!f.avisByFormation[id]) {
          ctx.addIssue({
            code: 'custom',
            message: 'un avis est nécessaire pour envoyer',
            path: ['avisByFormation', id]
          });
        }
      }
    })
    .transform((f) => ({
      attendance: f.attendance,
      summary: f.summary,
      avisByFormation: Object.fromEntries(
        Object.entries(f.avisByFormation).filter((entry): entry is [string, Avis] => entry[1] !== undefined)
      ),
      extraFormation: f.extraFormationId && f.extraAvis ? { formationId: f.extraFormationId, avis: f.extraAvis } : null
    }));
}
export type ReportFields = z.output<ReturnType<typeof reportForm>>;
