import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, convocation, publicConvocation } from '$shared';
import { db } from '../../functions/src/admin';
import { convocationMailId } from '../../functions/src/services/convocationBuilder';
import { rebuildConvocation } from '../../functions/src/services/convocations';
import { readLocalConfig } from '../../scripts/lib/localConfig';
import {
  LYCEE_L1,
  applicationDoc,
  campaignInPhase,
  establishmentDoc,
  freshCollegeUai,
  formationDoc,
  formationIdOf,
  interviewReportDoc,
  interviewSlotDoc,
  userProfileDoc
} from '../factories';
import { freshAddress, maildevInbox } from '../support/maildev';
import { waitFor } from '../support/waitFor';

const config = readLocalConfig();
const inbox = maildevInbox(config);
const APP_URL = 'http://127.0.0.1/app';

/**
 * One request of COLLEGE_A to L1 with its own ids and fresh mailbox addresses, so tests do not
 * read each other's mail; the slot starts in two days (or at `startsAt`).
 */
async function world(slotOverrides: Record<string, unknown> = {}) {
  const suffix = randomUUID().slice(0, 8);
  const applicationId = `pupil-${suffix}_electricite-energie`;
  const slotId = `slot-${suffix}`;
  const mailbox = freshAddress('college');
  const referentEmail = freshAddress('referent');
  const referentUid = `referent-${suffix}`;
  const campaign = campaignInPhase('convocation');
  // A collège of its own: the trigger reads the mailbox when it runs, which may be after the next test's seed.
  const collegeUai = freshCollegeUai();
  const startsAt = new Date(Date.now() + 2 * 86_400_000);
  await Promise.all([
    db.doc(`${COLLECTIONS.campaigns}/${campaign.id}`).set(campaign),
    db
      .doc(`${COLLECTIONS.establishments}/${collegeUai}`)
      .set(establishmentDoc(collegeUai, { functionalEmail: mailbox, referentUid })),
    db.doc(`${COLLECTIONS.establishments}/${LYCEE_L1}`).set(establishmentDoc(LYCEE_L1)),
    db
      .doc(`${COLLECTIONS.users}/${referentUid}`)
      .set(userProfileDoc(referentUid, 'referent', collegeUai, { email: referentEmail })),
    ...(['electricienL1', 'melecL1'] as const).map((key) =>
      db.doc(`${COLLECTIONS.formations}/${formationIdOf(key)}`).set(formationDoc(key))
    ),
    db.doc(`${COLLECTIONS.interviewSlots}/${slotId}`).set(
      interviewSlotDoc({
        applicationIds: [],
        startsAt,
        endsAt: new Date(startsAt.getTime() + 1_800_000),
        ...slotOverrides
      })
    ),
    db
      .doc(`${COLLECTIONS.applications}/${applicationId}`)
      .set({ ...applicationDoc(), collegeUai, slotId: null, status: 'registered' })
  ]);
  const assign = () =>
    db
      .batch()
      .update(db.doc(`${COLLECTIONS.applications}/${applicationId}`), { slotId, status: 'convoked' })
      .update(db.doc(`${COLLECTIONS.interviewSlots}/${slotId}`), { applicationIds: [applicationId] })
      .commit();
  const convocationOf = async () =>
    convocation.parse((await db.doc(`${COLLECTIONS.convocations}/${applicationId}`).get()).data());
  return { applicationId, slotId, mailbox, referentEmail, assign, convocationOf };
}

const MAIL_WAIT = 40_000;

// Triggers and SMTP on a shared, loaded machine: each test waits for real mail, with room.
describe('the convocation triggers', { timeout: 120_000 }, () => {
  it('mail one convocation with the pupil link and its .ics to the mailbox and the référent, and show it sent', async () => {
    const w = await world();
    await w.assign();

    const [mail] = await inbox.waitForMailTo(w.mailbox, 1, MAIL_WAIT);
    expect(mail.to.map((to) => to.address).sort()).toEqual([w.mailbox, w.referentEmail].sort());
    expect(mail.subject).toContain('Convocation à un entretien PASSPRO');
    const sent = await waitFor(w.convocationOf, (c) => c.delivery.state === 'sent', {
      what: 'a sent convocation',
      timeoutMs: MAIL_WAIT
    });
    expect(sent).toMatchObject({ version: 1, state: 'active', slotId: w.slotId });
    expect(mail.text).toContain(`/convocation#${sent.token}`);
    expect(sent.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const ics = await inbox.attachment(mail, 'text/calendar');
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:${sent.icsUid}`);

    const pupilView = publicConvocation.parse(
      (await db.doc(`${COLLECTIONS.publicConvocations}/${sent.token}`).get()).data()
    );
    expect(pupilView).toMatchObject({ state: 'active', version: 1, pupil: sent.pupil });
  });

  it('sends exactly one mail per version when the rebuild runs three more times', async () => {
    const w = await world();
    await w.assign();
    await inbox.waitForMailTo(w.mailbox, 1, MAIL_WAIT);
    await Promise.all([rebuildConvocation(w.applicationId, APP_URL), rebuildConvocation(w.applicationId, APP_URL)]);
    await rebuildConvocation(w.applicationId, APP_URL);

    await db.doc(`${COLLECTIONS.interviewSlots}/${w.slotId}`).update({ place: 'Salle polyvalente' });
    await inbox.waitForMailTo(w.mailbox, 2, MAIL_WAIT);
    await rebuildConvocation(w.applicationId, APP_URL);
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const mails = await inbox.to(w.mailbox);
    expect(mails.map((m) => m.subject.split(' — ')[0])).toEqual([
      'Convocation à un entretien PASSPRO',
      'Convocation modifiée'
    ]);
    expect((await w.convocationOf()).version).toBe(2);
    expect((await db.doc(`${COLLECTIONS.mail}/${convocationMailId(w.applicationId, 2)}`).get()).exists).toBe(true);
  });

  it('cancels once when the request is withdrawn (the withdrawal trigger frees the seat)', async () => {
    const w = await world();
    await w.assign();
    await inbox.waitForMailTo(w.mailbox, 1, MAIL_WAIT);
    // What the collège and then F1's withdrawal trigger write: the status, then the freed seat.
    await db.doc(`${COLLECTIONS.applications}/${w.applicationId}`).update({ status: 'withdrawn' });
    await db
      .batch()
      .update(db.doc(`${COLLECTIONS.applications}/${w.applicationId}`), { slotId: null })
      .update(db.doc(`${COLLECTIONS.interviewSlots}/${w.slotId}`), { applicationIds: [] })
      .commit();

    const mails = await inbox.waitForMailTo(w.mailbox, 2, MAIL_WAIT);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await inbox.to(w.mailbox)).toHaveLength(2);
    expect(mails[1].subject).toContain('Convocation annulée');
    expect(await inbox.attachment(mails[1], 'text/calendar')).toContain('METHOD:CANCEL');
    const cancelled = await w.convocationOf();
    expect(cancelled).toMatchObject({ state: 'cancelled', version: 2 });
    expect((await db.doc(`${COLLECTIONS.publicConvocations}/${cancelled.token}`).get()).get('state')).toBe('cancelled');
  });

  it('writes the .ics in Paris wall-clock time on both sides of the DST change', async () => {
    const w = await world({
      startsAt: new Date('2027-03-29T09:00:00+02:00'),
      endsAt: new Date('2027-03-29T09:45:00+02:00')
    });
    await w.assign();
    const [mail] = await inbox.waitForMailTo(w.mailbox, 1, MAIL_WAIT);
    const ics = (await inbox.attachment(mail, 'text/calendar')).replace(/\r\n /g, '');
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20270329T090000');
    expect(ics).toContain('DTEND;TZID=Europe/Paris:20270329T094500');
    expect(ics).toContain('BEGIN:VTIMEZONE');
  });

  it('moves the request to « compte rendu reçu » once the report is submitted, not for a draft, and once under replays', async () => {
    const w = await world();
    await w.assign();
    const statusOf = async () => (await db.doc(`${COLLECTIONS.applications}/${w.applicationId}`).get()).data()?.status;
    const reportRef = db.doc(`${COLLECTIONS.interviewReports}/${w.applicationId}`);
    const report = interviewReportDoc({ applicationId: w.applicationId, slotId: w.slotId });

    await reportRef.set({ ...report, submittedAt: null });
    // The draft's own trigger run leaves the request convoked; the submission then moves it.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await statusOf()).toBe('convoked');
    await reportRef.set(report);
    await waitFor(statusOf, (status) => status === 'reported', { what: 'the reported status', timeoutMs: MAIL_WAIT });

    const updatedAt = (await db.doc(`${COLLECTIONS.applications}/${w.applicationId}`).get()).updateTime;
    await reportRef.set(report);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const replayed = await db.doc(`${COLLECTIONS.applications}/${w.applicationId}`).get();
    expect(replayed.data()?.status).toBe('reported');
    expect(replayed.updateTime?.isEqual(updatedAt!)).toBe(true);
  });
});
