import { arrayRemove, arrayUnion, doc, serverTimestamp, writeBatch, type Firestore } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { campaignWithDeadlineIn } from '../factories/campaigns.js';
import { applicationDoc } from '../factories/applications.js';
import { formationDoc } from '../factories/catalogue.js';
import { interviewSlotDoc } from '../factories/interviews.js';
import { pupilDoc } from '../factories/pupils.js';
import {
  APPLICATION_A,
  APPLICATION_B,
  COLLEGE_B,
  LYCEE_L2,
  OTHER_DOMAIN_ID,
  PUPIL_B,
  STAFF_UIDS,
  formationIdOf
} from '../factories/world.js';
import { docPath, expectAllowed, expectDenied, useRulesEnvironment, type ActorName, type Seed } from './helpers.js';

/**
 * One fact for an assignment: the lycée writes application.slotId and slot.applicationIds in one
 * batch; each side's rule checks the other with getAfter(). Every deny below has an allowed twin
 * that differs only in what the test names.
 */
const SLOT = 'slot-l1-free';
const HOUR = 3_600_000;
const registered = { slotId: null, status: 'registered', updatedAt: new Date(0), updatedBy: STAFF_UIDS.headA };
const applicationB = () =>
  applicationDoc({ pupilId: PUPIL_B }, pupilDoc({ collegeUai: COLLEGE_B, createdBy: STAFF_UIDS.headB }));

const rules = useRulesEnvironment((): Seed => ({
  [docPath('formations', formationIdOf('electricienL1'))]: formationDoc('electricienL1'),
  [docPath('formations', formationIdOf('melecL1'))]: formationDoc('melecL1'),
  [docPath('applications', APPLICATION_A)]: { ...applicationDoc(), ...registered },
  [docPath('applications', APPLICATION_B)]: { ...applicationB(), ...registered },
  [docPath('interviewSlots', SLOT)]: interviewSlotDoc({ applicationIds: [] })
}));

/** The batch the planning page writes to place `applicationId` in `slotId`. */
function assign(actor: ActorName, applicationId = APPLICATION_A, slotId = SLOT, db: Firestore = rules.as(actor)) {
  const stamp = { updatedAt: serverTimestamp(), updatedBy: uidOf(actor) };
  return writeBatch(db)
    .update(doc(db, 'applications', applicationId), { slotId, status: 'convoked', ...stamp })
    .update(doc(db, 'interviewSlots', slotId), { applicationIds: arrayUnion(applicationId), ...stamp })
    .commit();
}

function unassign(actor: ActorName, applicationId = APPLICATION_A, slotId = SLOT) {
  const db = rules.as(actor);
  const stamp = { updatedAt: serverTimestamp(), updatedBy: uidOf(actor) };
  return writeBatch(db)
    .update(doc(db, 'applications', applicationId), { slotId: null, status: 'registered', ...stamp })
    .update(doc(db, 'interviewSlots', slotId), { applicationIds: arrayRemove(applicationId), ...stamp })
    .commit();
}

const uidOf = (actor: ActorName) =>
  ({ lyceeL1: STAFF_UIDS.lyceeL1, lyceeL2: STAFF_UIDS.lyceeL2, lyceeL1Colleague: STAFF_UIDS.lyceeL1Colleague })[
    actor as 'lyceeL1'
  ] ?? 'someone';

const slot = (overrides: Record<string, unknown>) =>
  rules.seed({ [docPath('interviewSlots', SLOT)]: interviewSlotDoc({ applicationIds: [], ...overrides }) });

describe('assignments: a lycée places a request in one of its slots', () => {
  it('lycée L1 may place a request addressed to it in its free slot of the domain', async () => {
    await rules.seedCampaignIn('convocation');
    await expectAllowed(assign('lyceeL1'));
  });

  it('lycée L2 may not place a request addressed to L1, even in a slot of its own', async () => {
    await rules.seedCampaignIn('convocation');
    await slot({ lyceeUai: LYCEE_L2 });
    await expectDenied(assign('lyceeL2'));
  });

  it('lycée L1 may not place a request addressed to lycée L2', async () => {
    await rules.seedCampaignIn('convocation');
    await rules.seed({
      [docPath('applications', APPLICATION_A)]: { ...applicationDoc({ lyceeUai: LYCEE_L2 }), ...registered }
    });
    await expectDenied(assign('lyceeL1'));
  });

  it('lycée L1 may not place a request in a slot of another domain', async () => {
    await rules.seedCampaignIn('convocation');
    await slot({ domainId: OTHER_DOMAIN_ID });
    await expectDenied(assign('lyceeL1'));
  });

  it('lycée L1 may not place a request for individual interviews in a collective slot', async () => {
    await rules.seedCampaignIn('convocation');
    await slot({ format: 'collectif', capacity: 10 });
    await expectDenied(assign('lyceeL1'));
  });

  it('lycée L1 may not place a request in a full slot', async () => {
    await rules.seedCampaignIn('convocation');
    await slot({ applicationIds: [APPLICATION_B] });
    await rules.seed({
      [docPath('applications', APPLICATION_B)]: { ...applicationB(), slotId: SLOT, status: 'convoked' }
    });
    await expectDenied(assign('lyceeL1'));
  });

  it('lycée L1 may not place a request in a slot that has started', async () => {
    await rules.seedCampaignIn('convocation');
    await slot({ startsAt: new Date(Date.now() - HOUR / 4), endsAt: new Date(Date.now() + HOUR / 4) });
    await expectDenied(assign('lyceeL1'));
  });

  it('lycée L1 may not place a request after the convocation deadline', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('convocationsCloseAt', -1));
    await expectDenied(assign('lyceeL1'));
  });

  it('lycée L1 may not write the request alone: the slot must list it in the same batch', async () => {
    await rules.seedCampaignIn('convocation');
    const db = rules.as('lyceeL1');
    await expectDenied(
      writeBatch(db)
        .update(doc(db, 'applications', APPLICATION_A), {
          slotId: SLOT,
          status: 'convoked',
          updatedAt: serverTimestamp(),
          updatedBy: STAFF_UIDS.lyceeL1
        })
        .commit()
    );
  });

  it('lycée L1 may take a request out of a slot that has not started', async () => {
    await rules.seedCampaignIn('convocation');
    await assign('lyceeL1');
    await expectAllowed(unassign('lyceeL1'));
  });

  it('lycée L1 may not take a request out of a slot that has started', async () => {
    await rules.seedCampaignIn('convocation');
    await slot({
      startsAt: new Date(Date.now() - HOUR / 4),
      endsAt: new Date(Date.now() + HOUR / 4),
      applicationIds: [APPLICATION_A]
    });
    await rules.seed({
      [docPath('applications', APPLICATION_A)]: { ...applicationDoc(), slotId: SLOT, status: 'convoked' }
    });
    await expectDenied(unassign('lyceeL1'));
  });

  it('of two colleagues placing two requests in the last seat at the same moment, exactly one wins', async () => {
    await rules.seedCampaignIn('convocation');
    const outcomes = await Promise.allSettled([
      assign('lyceeL1', APPLICATION_A),
      assign('lyceeL1Colleague', APPLICATION_B)
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const [lost] = outcomes.filter((o) => o.status === 'rejected') as PromiseRejectedResult[];
    expect((lost.reason as { code?: string }).code).toMatch(/permission-denied|aborted|failed-precondition/);
  });
});
