import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applicationId, application, COLLECTIONS, type InterviewOverlap } from '$shared';
import { db } from '../../functions/src/admin';
import { refreshOverlapWarnings } from '../../functions/src/services/overlapWarnings';
import {
  DOMAIN_ID,
  ESTABLISHMENT_NAMES,
  LYCEE_L1,
  LYCEE_L2,
  OTHER_DOMAIN_ID,
  OTHER_DOMAIN_LABEL,
  applicationDoc,
  campaignInPhase,
  establishmentDoc,
  freshCollegeUai,
  formationDoc,
  formationIdOf,
  interviewSlotDoc,
  pupilDoc
} from '../factories';
import { freshAddress } from '../support/maildev';
import { waitFor } from '../support/waitFor';

const MINUTE = 60_000;
const TRIGGER_WAIT = 40_000;

/**
 * One pupil of a collège of his own with two requests in two domains: electricity at L2, catering
 * at L1, each lycée with a free slot two days ahead; `l2StartsAfterMinutes` places L2's slot after
 * L1's start (10 minutes: they overlap).
 */
async function world(l2StartsAfterMinutes = 10) {
  const suffix = randomUUID().slice(0, 8);
  const pupilId = `pupil-${suffix}`;
  const collegeUai = freshCollegeUai();
  const pupil = pupilDoc({ collegeUai });
  const startsAt = new Date(Date.now() + 2 * 86_400_000);
  const l2StartsAt = new Date(startsAt.getTime() + l2StartsAfterMinutes * MINUTE);
  const atL1 = {
    id: applicationId(pupilId, OTHER_DOMAIN_ID),
    slotId: `slot-l1-${suffix}`,
    doc: applicationDoc(
      {
        pupilId,
        collegeName: 'Collège Jean Moulin',
        domainId: OTHER_DOMAIN_ID,
        domainLabel: OTHER_DOMAIN_LABEL,
        formationIds: [formationIdOf('cuisineL1')],
        originAvis: {}
      },
      pupil
    ),
    slot: interviewSlotDoc({
      domainId: OTHER_DOMAIN_ID,
      applicationIds: [],
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * MINUTE)
    })
  };
  const atL2 = {
    id: applicationId(pupilId, DOMAIN_ID),
    slotId: `slot-l2-${suffix}`,
    doc: applicationDoc(
      {
        pupilId,
        collegeName: 'Collège Jean Moulin',
        lyceeUai: LYCEE_L2,
        lyceeName: ESTABLISHMENT_NAMES[LYCEE_L2],
        formationIds: [formationIdOf('electricienL2')],
        originAvis: {}
      },
      pupil
    ),
    slot: interviewSlotDoc({
      lyceeUai: LYCEE_L2,
      applicationIds: [],
      startsAt: l2StartsAt,
      endsAt: new Date(l2StartsAt.getTime() + 30 * MINUTE)
    })
  };
  const campaign = campaignInPhase('convocation');
  await Promise.all([
    db.doc(`${COLLECTIONS.campaigns}/${campaign.id}`).set(campaign),
    db
      .doc(`${COLLECTIONS.establishments}/${collegeUai}`)
      .set(establishmentDoc(collegeUai, { functionalEmail: freshAddress('college'), referentUid: null })),
    ...[LYCEE_L1, LYCEE_L2].map((uai) => db.doc(`${COLLECTIONS.establishments}/${uai}`).set(establishmentDoc(uai))),
    ...(['cuisineL1', 'electricienL2'] as const).map((key) =>
      db.doc(`${COLLECTIONS.formations}/${formationIdOf(key)}`).set(formationDoc(key))
    ),
    ...[atL1, atL2].flatMap((r) => [
      db.doc(`${COLLECTIONS.applications}/${r.id}`).set(r.doc),
      db.doc(`${COLLECTIONS.interviewSlots}/${r.slotId}`).set(r.slot)
    ])
  ]);
  /** What each lycée's planning page writes (without the rules): the request and its slot. */
  const assign = (r: typeof atL1) =>
    db
      .batch()
      .update(db.doc(`${COLLECTIONS.applications}/${r.id}`), { slotId: r.slotId, status: 'convoked' })
      .update(db.doc(`${COLLECTIONS.interviewSlots}/${r.slotId}`), { applicationIds: [r.id] })
      .commit();
  return { atL1, atL2, assign };
}

const requestOf = async (id: string) => {
  const snapshot = await db.doc(`${COLLECTIONS.applications}/${id}`).get();
  return { data: application.parse(snapshot.data()), raw: snapshot.data(), updateTime: snapshot.updateTime! };
};
const warned = async (id: string) => (await requestOf(id)).data.overlaps ?? [];
const times = (slot: { startsAt: Date; endsAt: Date }): InterviewOverlap => ({
  startsAt: slot.startsAt,
  endsAt: slot.endsAt
});

// Two triggers in a row (convocation, then overlap) on a shared, loaded machine: room to wait.
describe('the overlap trigger', { timeout: 120_000 }, () => {
  it('warns both requests when two lycées convoke the pupil at overlapping times, clears both once one is re-timed, and replays change nothing', async () => {
    const w = await world();
    await Promise.all([w.assign(w.atL1), w.assign(w.atL2)]);

    const [l1Warning, l2Warning] = await Promise.all(
      [w.atL1.id, w.atL2.id].map((id) =>
        waitFor(
          () => warned(id),
          (o) => o.length === 1,
          { what: `the warning on ${id}`, timeoutMs: TRIGGER_WAIT }
        )
      )
    );
    // Each lycée learns the other interview's times, and nothing else.
    expect(l1Warning).toEqual([times(w.atL2.slot)]);
    expect(l2Warning).toEqual([times(w.atL1.slot)]);
    expect(Object.keys((await requestOf(w.atL1.id)).raw!.overlaps[0]).sort()).toEqual(['endsAt', 'startsAt']);

    // Replays (the same event delivered again, or both convocations' runs at once) write nothing.
    const before = await Promise.all([w.atL1.id, w.atL2.id].map(requestOf));
    await Promise.all([refreshOverlapWarnings(w.atL1.id), refreshOverlapWarnings(w.atL2.id)]);
    await refreshOverlapWarnings(w.atL1.id);
    const after = await Promise.all([w.atL1.id, w.atL2.id].map(requestOf));
    after.forEach((r, i) => expect(r.updateTime.isEqual(before[i].updateTime)).toBe(true));

    // L2 moves its interview to the next day: the convocation is rebuilt, and both warnings go.
    await db.doc(`${COLLECTIONS.interviewSlots}/${w.atL2.slotId}`).update({
      startsAt: new Date(w.atL2.slot.startsAt.getTime() + 86_400_000),
      endsAt: new Date(w.atL2.slot.endsAt.getTime() + 86_400_000)
    });
    for (const id of [w.atL1.id, w.atL2.id]) {
      const cleared = await waitFor(
        () => requestOf(id),
        (r) => r.raw?.overlaps === undefined,
        {
          what: `the warning on ${id} cleared`,
          timeoutMs: TRIGGER_WAIT
        }
      );
      expect(cleared.data.status).toBe('convoked');
    }
  });

  it('warns when the second interview leaves less than an hour to travel, and clears both when it is unassigned', async () => {
    const w = await world(30 + 45);
    await w.assign(w.atL1);
    await w.assign(w.atL2);
    await waitFor(
      () => warned(w.atL1.id),
      (o) => o.length === 1,
      {
        what: 'the warning on the L1 request',
        timeoutMs: TRIGGER_WAIT
      }
    );

    // L2 takes the pupil out of its slot: the convocation is cancelled, the warnings go.
    await db
      .batch()
      .update(db.doc(`${COLLECTIONS.applications}/${w.atL2.id}`), { slotId: null, status: 'registered' })
      .update(db.doc(`${COLLECTIONS.interviewSlots}/${w.atL2.slotId}`), { applicationIds: [] })
      .commit();
    await Promise.all(
      [w.atL1.id, w.atL2.id].map((id) =>
        waitFor(
          () => warned(id),
          (o) => o.length === 0,
          { what: `no warning on ${id}`, timeoutMs: TRIGGER_WAIT }
        )
      )
    );
  });

  it('does not warn when the two interviews leave an hour to travel', async () => {
    const w = await world(30 + 60);
    await Promise.all([w.assign(w.atL1), w.assign(w.atL2)]);
    // Both convocations exist, so both overlap runs have had their turn.
    await Promise.all(
      [w.atL1.id, w.atL2.id].map((id) =>
        waitFor(
          async () => (await db.doc(`${COLLECTIONS.convocations}/${id}`).get()).get('state'),
          (state) => state === 'active',
          { what: `the convocation of ${id}`, timeoutMs: TRIGGER_WAIT }
        )
      )
    );
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await Promise.all([w.atL1.id, w.atL2.id].map(warned))).toEqual([[], []]);
  });
});
