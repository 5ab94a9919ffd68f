import { randomUUID } from 'node:crypto';
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { applicationId, COLLECTIONS } from '$shared';
import { db } from '../../functions/src/admin';
import { recordAuditChanges } from '../../functions/src/services/audit';
import { notifyWithdrawal, releaseSeat } from '../../functions/src/services/withdrawal';
import { flagApplicationTwin, flagPupilTwin } from '../../functions/src/services/twinFlags';
import { applicationDoc } from '../factories/applications';
import { campaignInPhase } from '../factories/campaigns';
import { pupilDoc } from '../factories/pupils';
import { interviewSlotDoc } from '../factories/interviews';
import { userProfileDoc } from '../factories/users';
import { DOMAIN_ID, LYCEE_L1, STAFF_UIDS } from '../factories/world';
import { waitFor } from '../support/waitFor';

/**
 * The collège-side triggers, deployed in the functions emulator, then their handlers called again
 * by hand as a replayed event would: the effects must happen once. Each test works in its own
 * campaign id, so the tests and the triggers of other files never see each other's documents.
 */

const pupils = db.collection(COLLECTIONS.pupils);
const applications = db.collection(COLLECTIONS.applications);
/**
 * A campaign of its own for each test, open for registrations, written like the real one: the
 * convocation triggers read its deadlines when a request changes.
 */
async function freshCampaign(): Promise<string> {
  const id = `t-${randomUUID()}`;
  await db.doc(`${COLLECTIONS.campaigns}/${id}`).set({ ...campaignInPhase('registration'), id });
  return id;
}

/** Writes a pupil and, for each domain given, his live request, as the collège's batch would. */
async function registerPupil(
  campaignId: string,
  names: { firstName: string; lastName: string },
  domainIds: string[] = []
) {
  const pupilId = `pupil-${randomUUID()}`;
  const now = new Date();
  const pupil = pupilDoc({ campaignId, ...names, liveDomainIds: domainIds, createdAt: now, updatedAt: now });
  const batch = db.batch();
  batch.set(pupils.doc(pupilId), pupil);
  for (const domainId of domainIds) {
    batch.set(
      applications.doc(applicationId(pupilId, domainId)),
      applicationDoc(
        { campaignId, pupilId, domainId, pupil: { firstName: names.firstName, lastName: names.lastName, level: '3e' } },
        pupil
      )
    );
  }
  await batch.commit();
  return pupilId;
}

/** Triggers start cold in the emulator and queue behind each other: allow them a minute. */
const SLOW = 60_000;
const dataOf = async (path: string) => (await db.doc(path).get()).data();

describe('twin detection', { timeout: 3 * SLOW }, () => {
  it('flags a new pupil with the names of another of the same collège and campaign, and his request in the same domain, once', async () => {
    const campaignId = await freshCampaign();
    const first = await registerPupil(campaignId, { firstName: 'Jean-Pierre', lastName: "N'Diaye" }, [DOMAIN_ID]);
    const second = await registerPupil(campaignId, { firstName: 'jean pierre', lastName: 'NDIAYE' }, [DOMAIN_ID]);
    const other = await registerPupil(campaignId, { firstName: 'Jean', lastName: 'Ndiaye' }, [DOMAIN_ID]);

    const flagged = await waitFor(
      () => dataOf(`pupils/${second}`),
      (p) => p?.twin != null,
      { what: 'the twin flag', timeoutMs: SLOW }
    );
    expect(flagged?.twin).toEqual({ pupilId: first, state: 'suspected' });
    const request = await waitFor(
      () => dataOf(`applications/${applicationId(second, DOMAIN_ID)}`),
      (a) => a?.twinOf != null,
      { what: 'the twin request flag', timeoutMs: SLOW }
    );
    expect(request?.twinOf).toBe(applicationId(first, DOMAIN_ID));

    // Replays of both triggers change nothing.
    await flagPupilTwin(second);
    await flagApplicationTwin(applicationId(second, DOMAIN_ID));
    expect((await dataOf(`pupils/${second}`))?.twin).toEqual({ pupilId: first, state: 'suspected' });
    expect((await dataOf(`applications/${applicationId(second, DOMAIN_ID)}`))?.twinOf).toBe(
      applicationId(first, DOMAIN_ID)
    );
    expect((await dataOf(`pupils/${first}`))?.twin).toBeNull();
    expect((await dataOf(`pupils/${other}`))?.twin).toBeNull();
  });

  it('flags a request made later in a domain where the twin already has one, and clears it when the head confirms two children', async () => {
    const campaignId = await freshCampaign();
    const first = await registerPupil(campaignId, { firstName: 'Inès', lastName: 'Moreau' }, [DOMAIN_ID]);
    const second = await registerPupil(campaignId, { firstName: 'INES', lastName: 'moreau' });
    await waitFor(
      () => dataOf(`pupils/${second}`),
      (p) => p?.twin != null,
      { what: 'the twin flag', timeoutMs: SLOW }
    );

    const late = applicationId(second, DOMAIN_ID);
    await applications
      .doc(late)
      .set(
        applicationDoc({ campaignId, pupilId: second, pupil: { firstName: 'INES', lastName: 'moreau', level: '3e' } })
      );
    await waitFor(
      () => dataOf(`applications/${late}`),
      (a) => a?.twinOf === applicationId(first, DOMAIN_ID),
      { what: 'the late request flag', timeoutMs: SLOW }
    );

    await pupils.doc(second).update({ twin: { pupilId: first, state: 'distinct' }, liveDomainIds: [DOMAIN_ID] });
    await waitFor(
      () => dataOf(`applications/${late}`),
      (a) => a?.twinOf === null,
      { what: 'the link cleared', timeoutMs: SLOW }
    );
    // A replay of the pupil's creation leaves the head's decision alone.
    await flagPupilTwin(second);
    expect((await dataOf(`pupils/${second}`))?.twin).toEqual({ pupilId: first, state: 'distinct' });
  });
});

describe('withdrawal', { timeout: 3 * SLOW }, () => {
  it('frees the seat in the slot, clears the slot id and notifies the lycée’s staff once', async () => {
    const campaignId = await freshCampaign();
    const pupilId = await registerPupil(campaignId, { firstName: 'Lina', lastName: 'Bernard' }, [DOMAIN_ID]);
    const id = applicationId(pupilId, DOMAIN_ID);
    const slotId = `slot-${randomUUID()}`;
    const lyceeStaff = `lycee-${randomUUID()}`;
    const lyceeUai = LYCEE_L1;
    await db.doc(`users/${lyceeStaff}`).set(userProfileDoc(lyceeStaff, 'lycee', lyceeUai));
    await db
      .doc(`interviewSlots/${slotId}`)
      .set(interviewSlotDoc({ campaignId, format: 'collectif', capacity: 2, applicationIds: [id, 'someone-else'] }));
    await applications.doc(id).update({ status: 'convoked', slotId });

    const withdrawnAt = Timestamp.now();
    await applications.doc(id).update({
      status: 'withdrawn',
      withdrawal: { at: withdrawnAt, by: STAFF_UIDS.referentA, reason: 'Projet abandonné' }
    });

    const freed = await waitFor(
      () => dataOf(`applications/${id}`),
      (a) => a?.slotId === null,
      { what: 'the slot id cleared', timeoutMs: SLOW }
    );
    expect(freed?.status).toBe('withdrawn');
    expect((await dataOf(`interviewSlots/${slotId}`))?.applicationIds).toEqual(['someone-else']);
    const noticeId = `withdrawal_${id}_${withdrawnAt.toMillis()}_${lyceeStaff}`;
    const notice = await waitFor(
      () => dataOf(`notifications/${noticeId}`),
      (n) => n !== undefined,
      { what: 'the notification', timeoutMs: SLOW }
    );
    expect(notice).toMatchObject({ recipientUid: lyceeStaff, kind: 'withdrawal', link: '/lycee' });
    expect(JSON.stringify(notice)).not.toContain('Lina');
    expect(JSON.stringify(notice)).not.toContain('Projet abandonné');

    // A replayed event: nothing more is freed or notified.
    expect(await releaseSeat(id)).toBeNull();
    expect(await notifyWithdrawal(id)).toBe(0);
    const notices = await db.collection(COLLECTIONS.notifications).where('recipientUid', '==', lyceeStaff).get();
    expect(notices.size).toBe(1);
    expect((await dataOf(`interviewSlots/${slotId}`))?.applicationIds).toEqual(['someone-else']);
  });
});

describe('audit trail', { timeout: 3 * SLOW }, () => {
  const entriesFor = (target: string) => db.collection(COLLECTIONS.auditLog).where('target', '==', target).get();

  it('records a change of the collège’s avis and a withdrawal with old and new values only', async () => {
    const campaignId = await freshCampaign();
    const pupilId = await registerPupil(campaignId, { firstName: 'Noah', lastName: 'Petit' }, [DOMAIN_ID]);
    const id = applicationId(pupilId, DOMAIN_ID);
    const [formationId] = applicationDoc().formationIds;
    await applications.doc(id).update({
      [`originAvis.${formationId}`]: { avis: 'reserve', comment: 'Commentaire confidentiel' },
      updatedBy: STAFF_UIDS.headA
    });
    await applications.doc(id).update({
      status: 'withdrawn',
      withdrawal: { at: Timestamp.now(), by: STAFF_UIDS.referentA, reason: 'Raison confidentielle' }
    });

    const target = `applications/${id}`;
    const entries = await waitFor(
      async () => (await entriesFor(target)).docs.map((d) => d.data()),
      (list) => list.filter((e) => e.action !== 'avis.college' || e.details.from !== null).length >= 2,
      { what: 'two audit entries', timeoutMs: SLOW }
    );
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'avis.college',
          actorUid: STAFF_UIDS.headA,
          details: { formationId, from: 'favorable', to: 'reserve' }
        }),
        expect.objectContaining({
          action: 'application.withdraw',
          actorUid: STAFF_UIDS.referentA,
          details: { formationId: null, from: 'registered', to: 'withdrawn' }
        })
      ])
    );
    expect(JSON.stringify(entries)).not.toMatch(/confidentiel|Noah|Petit/);
  });

  it('writes the entries of one event once, however many times it is delivered', async () => {
    const target = `applications/replayed-${randomUUID()}`;
    const change = {
      action: 'avis.college' as const,
      actorUid: 'nobody',
      details: { formationId: 'f1', from: null, to: 'favorable' }
    };
    const [eventId, at] = [`event-${randomUUID()}`, new Date()];
    await recordAuditChanges(eventId, at, target, null, [change]);
    await recordAuditChanges(eventId, at, target, null, [change]);
    expect((await entriesFor(target)).size).toBe(1);
  });
});
