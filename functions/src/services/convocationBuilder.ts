import { createHash } from 'node:crypto';
import {
  convocationIcs,
  convocationLines,
  DIPLOMA_LABELS,
  type Convocation,
  type Diploma,
  type InterviewSlot,
  type MailRequest,
  type PublicConvocation
} from '../shared/index.js';

/**
 * Builds a request's convocation from the current documents, without I/O: the convocation
 * trigger reads them in a transaction, calls `planConvocation` and writes what it returns. Replays
 * of the same state plan nothing new, so a trigger fired three times sends one mail per version.
 */

/** The fields of an application the convocation reads. */
export interface ConvocationApplication {
  campaignId: string;
  status: string;
  slotId: string | null;
  pupil: { firstName: string; lastName: string };
  collegeUai: string;
  lyceeUai: string;
  lyceeName: string;
  domainLabel: string;
}

export interface ConvocationInputs {
  applicationId: string;
  application: ConvocationApplication | null;
  slot:
    | (Pick<InterviewSlot, 'lyceeUai' | 'format' | 'mode' | 'startsAt' | 'endsAt' | 'place' | 'meetingUrl'> & {
        id: string;
      })
    | null;
  lyceeAddress: string;
  formationLabels: string[];
  previous: Convocation | null;
  /** The pupil's token: the previous one, else a fresh random one. */
  token: string;
  icsUid: string;
  /** After the interviews deadline: the pupil's link stops working then. */
  expiresAt: Date;
  recipients: string[];
  appUrl: string;
  now: Date;
}

export interface ConvocationPlan {
  convocation: Convocation;
  publicConvocation: PublicConvocation;
  /** The mail of a new version, with its deterministic id; null when the version did not change. */
  mail: { id: string; request: MailRequest } | null;
}

/** Fields whose change makes a new version (and a mail): the pupil must hear of them. */
const MATERIAL = ['startsAt', 'endsAt', 'place', 'mode', 'meetingUrl', 'state', 'slotId'] as const;

/** The mail id of a version: a replay finds the mail already enqueued. */
export const convocationMailId = (applicationId: string, version: number) => `convocation-${applicationId}-v${version}`;

/** The pupil's link: the token rides in the fragment, which browsers never send to a server. */
export const pupilLink = (appUrl: string, token: string) => `${appUrl.replace(/\/$/, '')}/convocation#${token}`;

/** The iCalendar UID of a request: derived from its token, which it does not reveal. */
export const icsUidOf = (token: string) =>
  `${createHash('sha256').update(token).digest('hex').slice(0, 32)}@passpro.ac-creteil.fr`;

/** The label of a formation as convocations show it: « CAP Électricien ». */
export const formationLabel = (data: { diploma?: Diploma; specialty?: string } | undefined, id: string) =>
  data?.diploma && data.specialty ? `${DIPLOMA_LABELS[data.diploma]} ${data.specialty}` : id;

/** The lycée's address as convocations show it, with its town unless the address already names it. */
export function lyceeAddressOf({ address, city }: { address?: unknown; city?: unknown }): string {
  const parts = [address, city].filter((part): part is string => typeof part === 'string' && part !== '');
  return parts.length === 2 && parts[0].includes(parts[1]) ? parts[0] : parts.join(', ');
}

/** Who receives a collège's convocations: its functional mailbox and its référent, each once. */
export const convocationRecipients = (...addresses: unknown[]) =>
  addresses.filter(
    (address, i, all): address is string => typeof address === 'string' && address !== '' && all.indexOf(address) === i
  );

/** A day after the interviews deadline, the pupil's link stops answering. */
export const convocationExpiry = (interviewsCloseAt: Date) => new Date(interviewsCloseAt.getTime() + 86_400_000);

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : (a ?? null) === (b ?? null);

/** What to write for the request at inputs.now, or null when it has no convocation and needs none. */
export function planConvocation(inputs: ConvocationInputs): ConvocationPlan | null {
  const { application, slot, previous, applicationId } = inputs;
  const placed =
    application !== null &&
    application.status !== 'withdrawn' &&
    slot !== null &&
    application.slotId === slot.id &&
    slot.lyceeUai === application.lyceeUai;

  if (!placed && (!previous || previous.state === 'cancelled')) return null;

  // Unplaced: the last convocation, cancelled. Placed: the current documents.
  const base: Convocation = placed
    ? {
        campaignId: application.campaignId,
        applicationId,
        collegeUai: application.collegeUai,
        lyceeUai: application.lyceeUai,
        slotId: slot.id,
        token: inputs.token,
        pupil: { firstName: application.pupil.firstName, lastName: application.pupil.lastName },
        lyceeName: application.lyceeName,
        lyceeAddress: inputs.lyceeAddress,
        domainLabel: application.domainLabel,
        formationLabels: inputs.formationLabels,
        format: slot.format,
        mode: slot.mode,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        place: slot.place,
        meetingUrl: slot.meetingUrl,
        state: 'active',
        version: previous?.version ?? 1,
        icsUid: inputs.icsUid,
        issuedAt: previous?.issuedAt ?? inputs.now,
        updatedAt: inputs.now,
        delivery: previous?.delivery ?? { state: 'pending', mailId: '', error: null }
      }
    : { ...previous!, state: 'cancelled', updatedAt: inputs.now };

  const material = !previous || MATERIAL.some((field) => !same(base[field], previous[field]));
  if (!material && previous && sameContent(base, previous)) return null;

  let convocation = base;
  let mail: ConvocationPlan['mail'] = null;
  if (material) {
    const version = previous ? previous.version + 1 : 1;
    const mailId = convocationMailId(applicationId, version);
    convocation = { ...base, version, issuedAt: inputs.now, delivery: { state: 'pending', mailId, error: null } };
    const kind =
      !previous || previous.state === 'cancelled'
        ? 'convocation'
        : placed
          ? 'convocation_update'
          : 'convocation_cancellation';
    mail = { id: mailId, request: convocationMail(convocation, kind, inputs) };
  }
  return { convocation, publicConvocation: publicView(convocation, inputs.expiresAt), mail };
}

/** Only what the pupil needs: no ids, no UAI, no delivery state. */
function publicView(c: Convocation, expiresAt: Date): PublicConvocation {
  const { pupil, lyceeName, lyceeAddress, domainLabel, formationLabels, format, mode, startsAt, endsAt } = c;
  const { place, meetingUrl, state, version, icsUid, issuedAt } = c;
  return {
    ...{ pupil, lyceeName, lyceeAddress, domainLabel, formationLabels, format, mode, startsAt, endsAt },
    ...{ place, meetingUrl, state, version, icsUid, issuedAt, expiresAt }
  };
}

/** Whether a rebuilt convocation says exactly what the stored one says (names, labels included). */
function sameContent(next: Convocation, previous: Convocation): boolean {
  return (
    next.pupil.firstName === previous.pupil.firstName &&
    next.pupil.lastName === previous.pupil.lastName &&
    next.lyceeName === previous.lyceeName &&
    next.lyceeAddress === previous.lyceeAddress &&
    next.domainLabel === previous.domainLabel &&
    next.formationLabels.join('\n') === previous.formationLabels.join('\n') &&
    next.format === previous.format
  );
}

const SUBJECTS = {
  convocation: 'Convocation à un entretien PASSPRO',
  convocation_update: 'Convocation modifiée — entretien PASSPRO',
  convocation_cancellation: 'Convocation annulée — entretien PASSPRO'
} as const;

const INTROS = {
  convocation: 'Un élève de votre collège est convoqué à un entretien d’information PASSPRO.',
  convocation_update:
    'La convocation de cet élève a changé (date, horaire, lieu, mode ou lien) : elle remplace la précédente.',
  convocation_cancellation: 'La convocation de cet élève est annulée : il n’a plus à se présenter à cet entretien.'
} as const;

function convocationMail(
  c: Convocation,
  kind: keyof typeof SUBJECTS,
  inputs: Pick<ConvocationInputs, 'recipients' | 'appUrl'>
): MailRequest {
  const link = pupilLink(inputs.appUrl, c.token);
  const text = [
    'Bonjour,',
    '',
    INTROS[kind],
    '',
    ...convocationLines(c),
    '',
    `Lien à transmettre à l’élève (sans compte, valable jusqu’après les entretiens) : ${link}`,
    'Le fichier convocation.ics joint ajoute l’entretien à un agenda.',
    '',
    'PASSPRO — Académie de Créteil'
  ].join('\n');
  return {
    kind,
    to: inputs.recipients,
    subject: `${SUBJECTS[kind]} — ${c.pupil.firstName} ${c.pupil.lastName}`,
    text,
    attachments: [
      {
        filename: 'convocation.ics',
        contentType: `text/calendar; charset=utf-8; method=${c.state === 'cancelled' ? 'CANCEL' : 'REQUEST'}`,
        content: convocationIcs(c, link)
      }
    ],
    convocationId: c.applicationId
  };
}
