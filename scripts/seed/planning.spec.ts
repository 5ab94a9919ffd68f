import { describe, expect, it } from 'vitest';
import {
  convocationExpiry,
  convocationMailId,
  convocationRecipients,
  formationLabel,
  icsUidOf,
  lyceeAddressOf,
  planConvocation
} from '../../functions/src/services/convocationBuilder.js';
import { statusAfterReport } from '../../functions/src/services/reportStatus.js';
import {
  applicationId,
  convocationToken,
  formationId,
  PHASES,
  type Application,
  type Convocation
} from '../../functions/src/shared/index.js';
import { DEMO_ACCOUNTS } from '../../src/lib/demo/accounts.js';
import { defaultCalendar } from './calendar.js';
import { DEFAULT_APP_URL, generateDemo, type DemoData } from './generate.js';

// A Wednesday: the days just past and the working days ahead fall in the same and the next week.
const today = new Date('2027-03-17T10:00:00Z');
const demo = generateDemo({ today, calendar: defaultCalendar(today) });
const DAY = 86_400_000;
const demoLycees = DEMO_ACCOUNTS.filter((a) => a.role === 'lycee');
const demoHeads = DEMO_ACCOUNTS.filter((a) => a.role === 'college_head');

const idOf = (a: Application) => applicationId(a.pupilId, a.domainId);

/** The reports a lycée may still write at `now`: individual interviews started, within the delay, none submitted. */
function reportsDue(data: DemoData, lyceeUai: string, now: Date): Convocation[] {
  const reported = new Set(data.interviewReports.map((r) => r.applicationId));
  return data.convocations.filter(
    (c) =>
      c.lyceeUai === lyceeUai &&
      c.format === 'individuel' &&
      c.startsAt <= now &&
      now.getTime() < c.endsAt.getTime() + data.campaign.reportDelayDays * DAY &&
      !reported.has(c.applicationId)
  );
}

describe('the demo lycées’ planning', () => {
  it('gives each demo lycée slots this week and next, requests placed and waiting, reports due and submitted', () => {
    for (const account of demoLycees) {
      const slots = demo.interviewSlots.filter((s) => s.slot.lyceeUai === account.uai).map((s) => s.slot);
      const ahead = slots.filter((s) => s.startsAt > today && s.startsAt.getTime() < today.getTime() + 14 * DAY);
      expect(ahead.length, account.email).toBeGreaterThanOrEqual(8);
      expect(ahead.some((s) => s.applicationIds.length > 0) && ahead.some((s) => s.applicationIds.length === 0)).toBe(
        true
      );
      const requests = demo.applications.filter((a) => a.lyceeUai === account.uai);
      expect(requests.filter((a) => a.status === 'registered').length, account.email).toBeGreaterThanOrEqual(5);
      expect(requests.filter((a) => a.status === 'convoked').length, account.email).toBeGreaterThanOrEqual(5);
      expect(requests.filter((a) => a.status === 'reported').length, account.email).toBeGreaterThanOrEqual(1);
      expect(reportsDue(demo, account.uai!, today).length, account.email).toBeGreaterThanOrEqual(2);
    }
  });

  it('plans slots of both formats and both modes, and one pupil reported absent', () => {
    const slots = demo.interviewSlots.map((s) => s.slot);
    expect(new Set(slots.map((s) => s.format))).toEqual(new Set(['individuel', 'collectif']));
    expect(new Set(slots.map((s) => s.mode))).toEqual(new Set(['presentiel', 'distanciel']));
    expect(slots.some((s) => s.format === 'collectif' && s.applicationIds.length > 1)).toBe(true);
    expect(demo.applications.some((a) => a.status === 'absent')).toBe(true);
  });

  it('shows each demo collège head a pupil convoked and a pupil reported on', () => {
    for (const head of demoHeads) {
      const statuses = demo.applications.filter((a) => a.collegeUai === head.uai).map((a) => a.status);
      expect(statuses, head.email).toContain('convoked');
      expect(statuses, head.email).toContain('reported');
    }
  });

  it('writes each assignment on both sides, within capacity, in a slot of the request’s lycée, domain and format', () => {
    const slots = new Map(demo.interviewSlots.map((s) => [s.id, s.slot]));
    const formations = new Map(demo.formations.map((f) => [formationId(f), f]));
    const requests = new Map(demo.applications.map((a) => [idOf(a), a]));
    for (const a of demo.applications) {
      if (a.status === 'registered' || a.status === 'withdrawn') {
        expect(a.slotId).toBeNull();
        continue;
      }
      const slot = slots.get(a.slotId!)!;
      expect(slot.applicationIds).toContain(idOf(a));
      expect(slot).toMatchObject({ lyceeUai: a.lyceeUai, domainId: a.domainId, campaignId: a.campaignId });
      expect(slot.format).toBe(formations.get(a.formationIds[0])!.interviewFormat);
    }
    for (const [id, slot] of slots) {
      expect(slot.applicationIds.length).toBeLessThanOrEqual(slot.capacity);
      for (const placed of slot.applicationIds) expect(requests.get(placed)!.slotId).toBe(id);
      expect(slot.createdAt >= demo.campaign.opensAt && slot.createdAt < slot.startsAt).toBe(true);
      expect(slot.endsAt <= demo.campaign.interviewsCloseAt).toBe(true);
      if (slot.mode === 'distanciel') expect(slot.meetingUrl).toMatch(/^https:\/\//);
    }
  });

  it('writes the convocations, the pupils’ copies and the mails the convocation trigger builds from those documents', () => {
    const byUai = new Map(demo.establishments.map((e) => [e.uai, e]));
    const slots = new Map(demo.interviewSlots.map((s) => [s.id, s.slot]));
    const formations = new Map(demo.formations.map((f) => [formationId(f), f]));
    const emails = new Map(demo.users.map((u) => [u.profile.uid, u.profile.email]));
    const publics = new Map(demo.publicConvocations.map((p) => [p.token, p.convocation]));
    const mails = new Map(demo.mails.map((m) => [m.id, m.mail]));
    const placed = demo.applications.filter((a) => a.slotId !== null);
    expect(demo.convocations.map((c) => c.applicationId).sort()).toEqual(placed.map(idOf).sort());

    for (const c of demo.convocations) {
      const request = placed.find((a) => idOf(a) === c.applicationId)!;
      const college = byUai.get(request.collegeUai)!;
      const inputs = {
        applicationId: c.applicationId,
        application: request,
        slot: { ...slots.get(request.slotId!)!, id: request.slotId! },
        lyceeAddress: lyceeAddressOf(byUai.get(request.lyceeUai)!),
        formationLabels: request.formationIds.map((id) => formationLabel(formations.get(id), id)),
        token: c.token,
        icsUid: icsUidOf(c.token),
        expiresAt: convocationExpiry(demo.campaign.interviewsCloseAt),
        recipients: convocationRecipients(college.functionalEmail, emails.get(college.referentUid ?? '')),
        appUrl: DEFAULT_APP_URL
      };
      const plan = planConvocation({ ...inputs, previous: null, now: c.issuedAt })!;
      expect(convocationToken.safeParse(c.token).success).toBe(true);
      expect(c).toEqual({ ...plan.convocation, delivery: { state: 'sent', mailId: plan.mail!.id, error: null } });
      expect(publics.get(c.token)).toEqual(plan.publicConvocation);
      const mail = mails.get(convocationMailId(c.applicationId, 1))!;
      expect(mail).toMatchObject(plan.mail!.request);
      expect(mail.delivery).toMatchObject({ state: 'sent', attempts: 1 });
      // Replayed now on the seeded documents, the trigger has nothing to write: no second mail.
      expect(planConvocation({ ...inputs, previous: c, now: today })).toBeNull();
    }
    expect(demo.mails.every((m) => m.mail.delivery.state === 'sent')).toBe(true);
    expect(new Set(demo.publicConvocations.map((p) => p.token)).size).toBe(demo.publicConvocations.length);
  });

  it('never convokes one pupil to two interviews at overlapping times', () => {
    const byPupil = new Map<string, Convocation[]>();
    for (const c of demo.convocations) {
      const pupilId = demo.applications.find((a) => idOf(a) === c.applicationId)!.pupilId;
      byPupil.set(pupilId, [...(byPupil.get(pupilId) ?? []), c]);
    }
    for (const [, convocations] of byPupil) {
      for (const a of convocations) {
        for (const b of convocations.filter((other) => other !== a)) {
          expect(a.startsAt < b.endsAt && b.startsAt < a.endsAt).toBe(false);
        }
      }
    }
  });

  it('reports on individual interviews held, within the delay, and moves each request as the report trigger does', () => {
    const slots = new Map(demo.interviewSlots.map((s) => [s.id, s.slot]));
    const requests = new Map(demo.applications.map((a) => [idOf(a), a]));
    const formations = new Map(demo.formations.map((f) => [formationId(f), f]));
    for (const r of demo.interviewReports) {
      const slot = slots.get(r.slotId)!;
      const request = requests.get(r.applicationId)!;
      expect(slot.format).toBe('individuel');
      expect(r.submittedAt! >= slot.startsAt && r.submittedAt! <= today).toBe(true);
      expect(r.submittedAt!.getTime()).toBeLessThan(slot.endsAt.getTime() + demo.campaign.reportDelayDays * DAY);
      expect(request.status).toBe(statusAfterReport('convoked', r, slot.format));
      expect(Object.keys(request.originAvis).sort()).toEqual([...request.formationIds].sort());
      if (r.attendance === 'present') {
        expect(Object.keys(r.avisByFormation).sort()).toEqual([...request.formationIds].sort());
        expect(r.summary).not.toBe('');
      }
      if (r.extraFormation) {
        expect(request.formationIds).not.toContain(r.extraFormation.formationId);
        expect(formations.get(r.extraFormation.formationId)!.domainId).toBe(request.domainId);
      }
    }
  });

  // Seven whole académies: seconds on a busy machine.
  it('keeps reports due and slots ahead whatever the day of the week', { timeout: 30_000 }, () => {
    for (let day = 0; day < 7; day += 1) {
      const on = new Date(today.getTime() + day * DAY);
      const seeded = generateDemo({ today: on, calendar: defaultCalendar(on) });
      for (const account of demoLycees) {
        expect(reportsDue(seeded, account.uai!, on).length, `${on.toISOString()} ${account.email}`).toBeGreaterThan(0);
        expect(seeded.interviewSlots.some((s) => s.slot.lyceeUai === account.uai && s.slot.startsAt > on)).toBe(true);
      }
    }
  });

  it('plans nothing before the campaign opens', () => {
    const early = generateDemo({ today, calendar: defaultCalendar(today, PHASES[0]) });
    expect(early.interviewSlots).toEqual([]);
    expect(early.convocations).toEqual([]);
  });
});
