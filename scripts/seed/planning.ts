import {
  convocationExpiry,
  convocationRecipients,
  formationLabel,
  icsUidOf,
  lyceeAddressOf,
  planConvocation
} from '../../functions/src/services/convocationBuilder.js';
import { convocationDelivery, pendingDelivery, sentDelivery } from '../../functions/src/services/mailDelivery.js';
import { statusAfterReport } from '../../functions/src/services/reportStatus.js';
import {
  addDays,
  application as applicationSchema,
  applicationId,
  atParisTime,
  formationId,
  interviewReport,
  interviewSlot,
  mailDocument,
  parisDate,
  type Application,
  type Attendance,
  type Campaign,
  type Convocation,
  type Establishment,
  type Formation,
  type InterviewMode,
  type InterviewReport,
  type InterviewSlot,
  type MailDocument,
  type PublicConvocation
} from '../../functions/src/shared/index.js';
import { DEMO_ACCOUNTS, demoUid } from '../../src/lib/demo/accounts.js';
import { drawAvis, drawOriginAvis } from './applications.js';
import { instantIn, type Random } from './random.js';
import type { DemoUser } from './users.js';

/**
 * The demo lycées' planning in progress: interview slots of both formats and modes, requests
 * placed in them (convoked) or still waiting (registered), the convocations the triggers would
 * have built and mailed, and reports submitted or still due for the interviews already held.
 * The seed writes with the triggers paused, so everything they derive is written here, by the
 * functions' own pure builders (planConvocation, sentDelivery, statusAfterReport).
 */

export interface SlotRecord {
  id: string;
  slot: InterviewSlot;
}

export interface MailRecord {
  id: string;
  mail: MailDocument;
}

export interface PublicConvocationRecord {
  token: string;
  convocation: PublicConvocation;
}

export interface Planning {
  applications: Application[];
  interviewSlots: SlotRecord[];
  convocations: Convocation[];
  publicConvocations: PublicConvocationRecord[];
  mails: MailRecord[];
  interviewReports: InterviewReport[];
}

export interface PlanningOptions {
  campaign: Campaign;
  /** Nothing is dated after it; past slots hold the interviews already done. */
  today: Date;
  establishments: Establishment[];
  formations: Formation[];
  users: DemoUser[];
  /** Where the pupils' links in the mails point. */
  appUrl: string;
}

/** What became of the pupil placed in an individual slot; collective slots are only ever convoked. */
type Outcome = 'reported' | 'absent' | 'due' | 'convoked';

interface SlotTemplate {
  /** -1, -2: the last days before today but Sundays (interviews done); 1, 2…: working days ahead. */
  day: number;
  /** Minutes after the domain's first hour. */
  at: number;
  minutes: number;
  mode: InterviewMode;
  capacity: number;
  /** Individual: the pupil's outcome (none: the slot is left free). Collective: the share of the domain's pupils. */
  outcome?: Outcome;
  share?: number;
}

const individual = (day: number, at: number, outcome?: Outcome, mode: InterviewMode = 'presentiel'): SlotTemplate => ({
  day,
  at,
  minutes: 30,
  mode,
  capacity: 1,
  outcome
});

/**
 * An individual domain's planning, in the order pupils are placed: reports submitted (one
 * absent) and due for the days just past, convocations this week and next, a few free slots.
 */
const INDIVIDUAL_SLOTS: SlotTemplate[] = [
  individual(-2, 0, 'reported'),
  individual(-1, 0, 'due'),
  individual(1, 0, 'convoked'),
  individual(2, 30, 'convoked', 'distanciel'),
  individual(-2, 30, 'absent'),
  individual(3, 0, 'convoked'),
  individual(5, 0, 'convoked'),
  individual(-2, 60, 'reported'),
  individual(6, 0, 'convoked'),
  individual(6, 30, 'convoked', 'distanciel'),
  individual(1, 30),
  individual(3, 30, undefined, 'distanciel'),
  individual(7, 0)
];

/** A collective domain's planning: two information sessions sharing the pupils, one still empty. */
const COLLECTIVE_SLOTS: SlotTemplate[] = [
  { day: 2, at: 0, minutes: 120, mode: 'presentiel', capacity: 24, outcome: 'convoked', share: 0.5 },
  { day: 7, at: 0, minutes: 90, mode: 'distanciel', capacity: 30, outcome: 'convoked', share: 1 },
  { day: 4, at: 0, minutes: 120, mode: 'presentiel', capacity: 20 }
];

/** Share of a domain's waiting requests placed; the others stay registered, for the lycée to place. */
const PLACED_SHARE = 0.6;
/** Each domain of a lycée starts at its own hour (minutes after midnight), so the week view stays readable. */
const FIRST_HOURS = [9 * 60, 14 * 60, 11 * 60];
const ROOMS = ['Salle B12', 'Atelier 3', 'Salle polyvalente'];
const COLLECTIVE_ROOM = 'Amphithéâtre';
const REMOTE_PLACE = 'Visioconférence';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const REPORT_SUMMARIES = [
  'Élève à l’aise, qui connaît les métiers du domaine et a visité les ateliers aux portes ouvertes.',
  'Projet sérieux ; quelques hésitations sur le rythme des stages, à reprendre avec le référent.',
  'Entretien riche : l’élève a posé des questions précises sur les périodes en entreprise.'
];
/** Share of present pupils on whom the lycée also gives an avis on a formation they did not request. */
const EXTRA_AVIS_SHARE = 0.4;

const weekday = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`).getUTCDay();

/** The Paris day of a template's `day`, counted from today's. */
function dayOf(today: string, day: number): string {
  const step = Math.sign(day);
  let date = today;
  for (let counted = 0; counted < Math.abs(day);) {
    date = addDays(date, step);
    const wd = weekday(date);
    // Sundays never; Saturdays only behind (a morning of interviews), so a due report stays due.
    if (wd !== 0 && (step < 0 || wd !== 6)) counted += 1;
  }
  return date;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;

const later = (a: Date, b: Date) => (a > b ? a : b);
const earlier = (a: Date, b: Date) => (a < b ? a : b);

/** 32 random bytes in base64url, as the convocation trigger draws a pupil's token (here from the seed). */
const tokenOf = (random: Random) =>
  Buffer.from(Array.from({ length: 32 }, () => random.int(0, 255))).toString('base64url');

/** Places requests of each demo lycée in its slots and derives what the triggers would have. */
export function planInterviews(random: Random, applications: Application[], options: PlanningOptions): Planning {
  const { campaign, today } = options;
  const planning: Derived = {
    interviewSlots: [],
    convocations: [],
    publicConvocations: [],
    mails: [],
    interviewReports: []
  };
  // Lycées plan from the opening until the convocation deadline.
  const plannedBefore = earlier(today, campaign.convocationsCloseAt);
  if (plannedBefore.getTime() - campaign.opensAt.getTime() < 2 * DAY) return { ...planning, applications };

  const byUai = new Map(options.establishments.map((e) => [e.uai, e]));
  const formationsById = new Map(options.formations.map((f) => [formationId(f), f]));
  const emailOf = new Map(options.users.map((u) => [u.profile.uid, u.profile.email]));
  const demoColleges = new Set(DEMO_ACCOUNTS.flatMap((a) => (a.role === 'college_head' && a.uai ? [a.uai] : [])));
  const updated = new Map<string, Application>();
  const busy = new Map<string, { startsAt: Date; endsAt: Date }[]>();
  const todayIso = parisDate(today);

  for (const account of DEMO_ACCOUNTS.filter((a) => a.role === 'lycee')) {
    const lycee = byUai.get(account.uai!)!;
    const uid = demoUid(account);
    const formations = options.formations.filter((f) => f.uai === lycee.uai);
    const domainIds = [...new Set(formations.map((f) => f.domainId))];

    domainIds.forEach((domainId, k) => {
      const format = formations.find((f) => f.domainId === domainId)!.interviewFormat;
      // The demo collèges' requests first, so their heads see convocations and reports.
      const waiting = applications.filter(
        (a) => a.lyceeUai === lycee.uai && a.domainId === domainId && a.status === 'registered' && a.twinOf === null
      );
      const pool = [
        ...random.sample(
          waiting.filter((a) => demoColleges.has(a.collegeUai)),
          waiting.length
        ),
        ...random.sample(
          waiting.filter((a) => !demoColleges.has(a.collegeUai)),
          waiting.length
        )
      ];
      let toPlace = Math.floor(waiting.length * PLACED_SHARE);
      const templates = format === 'individuel' ? INDIVIDUAL_SLOTS : COLLECTIVE_SLOTS;

      for (const template of templates) {
        const day = dayOf(todayIso, template.day);
        const start = FIRST_HOURS[k % FIRST_HOURS.length] + template.at;
        const startsAt = atParisTime(day, hhmm(start));
        const endsAt = atParisTime(day, hhmm(start + template.minutes));
        const createdBefore = earlier(startsAt, plannedBefore);
        const past = template.day < 0;
        // Within the campaign: created after the opening, held before the interviews deadline.
        if (createdBefore.getTime() - campaign.opensAt.getTime() < 2 * DAY || endsAt > campaign.interviewsCloseAt) {
          continue;
        }
        const createdAt = instantIn(random, {
          from: later(campaign.opensAt, new Date(createdBefore.getTime() - 10 * DAY)),
          to: new Date(createdBefore.getTime() - DAY)
        });
        const slotId = random.documentId();
        const wanted = !template.outcome
          ? 0
          : format === 'individuel'
            ? 1
            : Math.min(template.capacity, Math.ceil(toPlace * template.share!));

        // Who is placed here, and when: after the slot and the request exist, before the slot starts.
        const placed: { request: Application; at: Date }[] = [];
        for (const request of [...pool]) {
          if (placed.length >= Math.min(wanted, toPlace)) break;
          const from = new Date(later(createdAt, request.updatedAt).getTime() + 60_000);
          const to = new Date(createdBefore.getTime() - HOUR);
          if (from >= to || (busy.get(request.pupilId) ?? []).some((b) => overlaps(b, { startsAt, endsAt }))) continue;
          placed.push({ request, at: instantIn(random, { from, to }) });
          pool.splice(pool.indexOf(request), 1);
          busy.set(request.pupilId, [...(busy.get(request.pupilId) ?? []), { startsAt, endsAt }]);
        }
        toPlace -= placed.length;
        // A slot meant for pupils exists only with them (the domain may have too few); the free ones wait.
        if (template.outcome && placed.length === 0) continue;

        const remote = template.mode === 'distanciel';
        const slot = interviewSlot.parse({
          campaignId: campaign.id,
          lyceeUai: lycee.uai,
          domainId,
          format,
          mode: template.mode,
          startsAt,
          endsAt,
          place: remote ? REMOTE_PLACE : format === 'collectif' ? COLLECTIVE_ROOM : ROOMS[k % ROOMS.length],
          meetingUrl: remote ? `https://visio.ac-creteil.fr/passpro-${slotId.slice(0, 10).toLowerCase()}` : null,
          capacity: template.capacity,
          applicationIds: placed.map(({ request }) => applicationId(request.pupilId, request.domainId)),
          createdAt,
          createdBy: uid,
          updatedAt: placed.reduce((last, p) => later(last, p.at), createdAt),
          updatedBy: uid
        });
        planning.interviewSlots.push({ id: slotId, slot });

        for (const { request, at } of placed) {
          const id = applicationId(request.pupilId, request.domainId);
          const convoked = applicationSchema.parse({
            ...request,
            // The collège enters its avis before the interview: complete for the interviews held.
            originAvis: past
              ? Object.fromEntries(
                  request.formationIds.map((f) => [f, request.originAvis[f] ?? drawOriginAvis(random)] as const)
                )
              : request.originAvis,
            status: 'convoked',
            slotId,
            updatedAt: at,
            updatedBy: uid
          });
          convoke(random, planning, {
            id,
            request: convoked,
            slotId,
            slot,
            lycee,
            at,
            options,
            formationsById,
            emailOf
          });
          const report =
            template.outcome === 'reported' || template.outcome === 'absent'
              ? reportOn(
                  random,
                  { ...convoked, slotId },
                  {
                    id,
                    slot,
                    attendance: template.outcome === 'absent' ? 'absent' : 'present',
                    others: formations.filter(
                      (f) => f.domainId === domainId && !convoked.formationIds.includes(formationId(f))
                    ),
                    uid
                  }
                )
              : null;
          if (report) {
            planning.interviewReports.push(report);
            const status = statusAfterReport(convoked.status, report, format) ?? convoked.status;
            updated.set(id, { ...convoked, status, updatedAt: report.submittedAt!, updatedBy: uid });
          } else updated.set(id, convoked);
        }
      }
    });
  }

  return {
    ...planning,
    applications: applications.map((a) => updated.get(applicationId(a.pupilId, a.domainId)) ?? a)
  };
}

/** What the planning adds to the demo besides the requests it places. */
type Derived = Omit<Planning, 'applications'>;

interface Placement {
  id: string;
  request: Application;
  slotId: string;
  slot: InterviewSlot;
  lycee: Establishment;
  /** When the lycée placed the request: the convocation trigger ran and its mail left then. */
  at: Date;
  options: PlanningOptions;
  formationsById: Map<string, Formation>;
  emailOf: Map<string, string>;
}

/** The convocation the trigger builds for a placed request, its pupil's copy and its mail, already sent. */
function convoke(random: Random, planning: Derived, p: Placement): void {
  const college = p.options.establishments.find((e) => e.uai === p.request.collegeUai)!;
  const token = tokenOf(random);
  const plan = planConvocation({
    applicationId: p.id,
    application: p.request,
    slot: { ...p.slot, id: p.slotId },
    lyceeAddress: lyceeAddressOf(p.lycee),
    formationLabels: p.request.formationIds.map((id) => formationLabel(p.formationsById.get(id), id)),
    previous: null,
    token,
    icsUid: icsUidOf(token),
    expiresAt: convocationExpiry(p.options.campaign.interviewsCloseAt),
    recipients: convocationRecipients(
      college.functionalEmail,
      college.referentUid ? p.emailOf.get(college.referentUid) : undefined
    ),
    appUrl: p.options.appUrl,
    now: p.at
  });
  if (!plan?.mail) throw new Error(`La convocation de la demande ${p.id} n’a pas pu être construite.`);
  // Sent by the outbox a few seconds later, as the sendMail trigger records it.
  const delivery = sentDelivery(
    { ...pendingDelivery(), attempts: 1 },
    `<${plan.mail.id}@passpro.demo>`,
    new Date(p.at.getTime() + 3000)
  );
  planning.convocations.push({ ...plan.convocation, delivery: convocationDelivery(plan.mail.id, delivery) });
  planning.publicConvocations.push({ token, convocation: plan.publicConvocation });
  planning.mails.push({
    id: plan.mail.id,
    mail: mailDocument.parse({ ...plan.mail.request, createdAt: p.at, delivery })
  });
}

/**
 * The lycée's report on an interview held, submitted within hours: an absent pupil gets the
 * attendance only; a present one the report for the domain, an avis per requested formation and
 * sometimes one on a formation of the domain he did not request (`others`).
 */
function reportOn(
  random: Random,
  request: Application & { slotId: string },
  held: { id: string; slot: InterviewSlot; attendance: Attendance; others: Formation[]; uid: string }
): InterviewReport {
  const present = held.attendance === 'present';
  const submittedAt = instantIn(random, {
    from: present ? held.slot.endsAt : new Date(held.slot.startsAt.getTime() + 15 * 60_000),
    to: new Date(held.slot.endsAt.getTime() + 6 * HOUR)
  });
  const extra = present && held.others.length > 0 && random.chance(EXTRA_AVIS_SHARE) ? random.pick(held.others) : null;
  return interviewReport.parse({
    campaignId: request.campaignId,
    applicationId: held.id,
    lyceeUai: request.lyceeUai,
    collegeUai: request.collegeUai,
    slotId: request.slotId,
    attendance: held.attendance,
    summary: present ? random.pick(REPORT_SUMMARIES) : '',
    avisByFormation: present ? Object.fromEntries(request.formationIds.map((f) => [f, drawAvis(random)])) : {},
    extraFormation: extra ? { formationId: formationId(extra), avis: drawAvis(random) } : null,
    submittedAt,
    updatedAt: submittedAt,
    updatedBy: held.uid
  });
}
