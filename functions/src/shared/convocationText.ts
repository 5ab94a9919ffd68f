import { buildIcs } from './ics.js';
import type { PublicConvocation } from './interview.js';
import { formatParisDate, formatParisTime } from './parisTime.js';

/**
 * The words of a convocation, shared by the mail (functions), the pupil's page and its .ics (app),
 * so the three always say the same thing. No zod here: the pupil's page imports this module and
 * must stay small.
 */
export type ConvocationContent = Omit<PublicConvocation, 'expiresAt'>;

/** What every convocation reminds: the procedure forbids asking for school reports. */
export const CONVOCATION_REMINDER = 'Les bulletins scolaires ne sont jamais demandés lors de cet entretien.';
export const CONVOCATION_TO_BRING =
  'À apporter si l’élève le souhaite : sa fiche d’aide à la préparation (une par formation demandée).';
const MODE_LABELS = { presentiel: 'en présentiel', distanciel: 'à distance' } as const;

const FORMAT_LABELS = { individuel: 'individuel', collectif: 'collectif' } as const;

/** « Entretien individuel — Électricité, énergie » */
export const convocationTitle = (c: ConvocationContent) =>
  `Entretien ${FORMAT_LABELS[c.format]} PASSPRO — ${c.domainLabel}`;

/** « lundi 10 mai 2027, de 09:00 à 09:30 » */
export const convocationWhen = (c: ConvocationContent) =>
  `${formatParisDate(c.startsAt)}, de ${formatParisTime(c.startsAt)} à ${formatParisTime(c.endsAt)}`;

/** Where the pupil goes: the place, or the meeting link for a remote interview. */
export const convocationWhere = (c: ConvocationContent) =>
  c.mode === 'distanciel'
    ? `À distance (${c.place}) : ${c.meetingUrl}`
    : `${c.lyceeName}, ${c.place}${c.lyceeAddress ? `, ${c.lyceeAddress}` : ''}`;

/** The convocation's body as plain lines. */
export function convocationLines(c: ConvocationContent): string[] {
  return [
    `Élève : ${c.pupil.firstName} ${c.pupil.lastName}`,
    `Lycée : ${c.lyceeName}${c.lyceeAddress ? `, ${c.lyceeAddress}` : ''}`,
    `Domaine : ${c.domainLabel}`,
    `Formations : ${c.formationLabels.join(' ; ')}`,
    `Date : ${convocationWhen(c)}`,
    `Modalité : entretien ${FORMAT_LABELS[c.format]}, ${MODE_LABELS[c.mode]}`,
    `Lieu : ${convocationWhere(c)}`,
    CONVOCATION_TO_BRING,
    CONVOCATION_REMINDER
  ];
}

/** The .ics of the convocation's current version (a cancelled one cancels the event). */
export function convocationIcs(c: ConvocationContent, url?: string): string {
  return buildIcs({
    method: c.state === 'cancelled' ? 'CANCEL' : 'REQUEST',
    uid: c.icsUid,
    sequence: c.version,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    stamp: c.issuedAt,
    summary: convocationTitle(c),
    location: c.mode === 'distanciel' ? (c.meetingUrl ?? c.place) : convocationWhere(c),
    description: convocationLines(c).join('\n'),
    url
  });
}
