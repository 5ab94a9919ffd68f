import { deleteDoc, doc, serverTimestamp, setDoc, updateDoc, type Firestore } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { campaignInPhase, campaignWithDeadlineIn } from '../factories/campaigns.js';
import { interviewSlotDoc } from '../factories/interviews.js';
import {
  APPLICATION_A,
  APPLICATION_B,
  LYCEE_L1,
  LYCEE_L2,
  OTHER_DOMAIN_ID,
  SLOT_INDIVIDUAL_L1,
  STAFF_UIDS
} from '../factories/world.js';
import {
  actors,
  docPath,
  expectAllowed,
  expectDenied,
  expectVerdict,
  phaseGrid,
  useRulesEnvironment
} from './helpers.js';
import { readTests } from './readTests.js';

const EMPTY_SLOT = 'slot-l1-empty';
const rules = useRulesEnvironment(() => ({
  [docPath('interviewSlots', SLOT_INDIVIDUAL_L1)]: interviewSlotDoc(),
  [docPath('interviewSlots', EMPTY_SLOT)]: interviewSlotDoc({ applicationIds: [] })
}));
const NEW_SLOT = 'slot-l1-new';
const slotRef = (db: Firestore, id = SLOT_INDIVIDUAL_L1) => doc(db, 'interviewSlots', id);
/** Every write stamps who and when; the author is L1's staff (other actors are denied anyway). */
const stamped = () => ({ updatedAt: serverTimestamp(), updatedBy: STAFF_UIDS.lyceeL1 });
const plan = (db: Firestore, overrides: Record<string, unknown> = {}) =>
  setDoc(slotRef(db, NEW_SLOT), {
    ...interviewSlotDoc({ applicationIds: [] }),
    createdAt: serverTimestamp(),
    createdBy: STAFF_UIDS.lyceeL1,
    ...stamped(),
    ...overrides
  });
const HOUR = 3_600_000;
/** The seeded slot moved one hour later. */
const postpone = () => {
  const { startsAt, endsAt } = interviewSlotDoc();
  return { startsAt: new Date(startsAt.getTime() + HOUR), endsAt: new Date(endsAt.getTime() + HOUR), ...stamped() };
};

describe('interview slots: a lycée reads its own', () => {
  readTests(rules, {
    collection: 'interviewSlots',
    id: SLOT_INDIVIDUAL_L1,
    document: 'a slot of lycée L1',
    mayGet: ['lyceeL1', 'admin'],
    mayNotGet: ['lyceeL2', 'headA', 'referentA', 'anonymous', 'forgedLyceeL1'],
    lists: [
      { actor: 'lyceeL1', allowed: true, filter: { lyceeUai: LYCEE_L1 }, what: 'its slots' },
      { actor: 'lyceeL1', allowed: false, what: 'every slot' }
    ]
  });
});

describe('interview slots: a lycée plans its own until the convocation deadline', () => {
  for (const { phase, allowed, may, when } of phaseGrid(['registration', 'convocation'])) {
    it(`lycée L1 ${may} plan a slot ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await expectVerdict(allowed, plan(rules.as('lyceeL1')));
    });
  }

  it('lycée L1 may plan a slot one minute before the convocation deadline', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('convocationsCloseAt', 1));
    await expectAllowed(plan(rules.as('lyceeL1')));
  });

  it('lycée L1 may not plan a slot one minute after the convocation deadline', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('convocationsCloseAt', -1));
    await expectDenied(plan(rules.as('lyceeL1')));
  });

  it('lycée L1 may plan an empty collective slot of 12 places', async () => {
    await rules.seedCampaignIn('convocation');
    await expectAllowed(plan(rules.as('lyceeL1'), { format: 'collectif', capacity: 12 }));
  });

  it('lycée L1 may not plan a slot already holding requests (each is placed by its own write)', async () => {
    await rules.seedCampaignIn('convocation');
    await expectDenied(
      plan(rules.as('lyceeL1'), { format: 'collectif', capacity: 12, applicationIds: [APPLICATION_A] })
    );
  });

  it('lycée L1 may plan a remote slot with its meeting link', async () => {
    await rules.seedCampaignIn('convocation');
    await expectAllowed(
      plan(rules.as('lyceeL1'), { mode: 'distanciel', meetingUrl: 'https://visio.ac-creteil.fr/lp-l1' })
    );
  });

  for (const { actor, who } of actors('lyceeL2', 'headA', 'admin', 'anonymous', 'forgedLyceeL1')) {
    it(`${who} may not plan a slot for lycée L1`, async () => {
      await rules.seedCampaignIn('convocation');
      await expectDenied(plan(rules.as(actor)));
    });
  }

  it('lycée L1 may not plan a slot ending after the interview deadline', async () => {
    await rules.seedCampaignIn('convocation');
    const interviewsCloseAt = campaignInPhase('convocation').interviewsCloseAt.getTime();
    await expectDenied(
      plan(rules.as('lyceeL1'), {
        startsAt: new Date(interviewsCloseAt - HOUR / 4),
        endsAt: new Date(interviewsCloseAt + HOUR / 4)
      })
    );
  });

  const { startsAt, endsAt } = interviewSlotDoc();
  const forgedSlots = [
    { why: 'an end before its start', fields: { startsAt: endsAt, endsAt: startsAt } },
    { why: 'a start written as text', fields: { startsAt: '2027-05-10T09:00' } },
    { why: 'an end written as a number', fields: { endsAt: 1_800_000_000 } },
    { why: 'an unknown format', fields: { format: 'groupe' } },
    { why: 'an unknown mode', fields: { mode: 'hybride' } },
    { why: 'two places in an individual interview', fields: { capacity: 2 } },
    { why: 'no place at all', fields: { format: 'collectif', capacity: 0 } },
    { why: 'a collective slot of one place', fields: { format: 'collectif', capacity: 1 } },
    { why: 'a remote interview without a link', fields: { mode: 'distanciel', meetingUrl: null } },
    { why: 'a javascript: meeting link', fields: { mode: 'distanciel', meetingUrl: 'javascript:alert(1)' } },
    { why: 'a plain http meeting link', fields: { mode: 'distanciel', meetingUrl: 'http://visio.ac-creteil.fr/l1' } },
    { why: 'a link on an in-person interview', fields: { meetingUrl: 'https://visio.ac-creteil.fr/l1' } },
    {
      why: 'a start in the past',
      fields: { startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + HOUR) }
    },
    { why: 'another author', fields: { updatedBy: STAFF_UIDS.lyceeL2 } },
    { why: '61 places', fields: { format: 'collectif', capacity: 61 } },
    { why: 'a capacity that is not a whole number', fields: { format: 'collectif', capacity: 2.5 } },
    { why: 'pupils that are not a list', fields: { applicationIds: APPLICATION_A } },
    { why: 'an empty place', fields: { place: '' } },
    {
      why: 'a meeting link of 501 characters',
      fields: { mode: 'distanciel', meetingUrl: `https://${'x'.repeat(493)}` }
    },
    { why: 'a field slots do not have', fields: { pupilNames: ['Inès Moreau'] } }
  ];
  for (const { why, fields } of forgedSlots) {
    it(`lycée L1 may not plan a slot with ${why}`, async () => {
      await rules.seedCampaignIn('convocation');
      await expectDenied(plan(rules.as('lyceeL1'), fields));
    });
  }

  for (const { phase, allowed, may, when } of phaseGrid(['registration', 'convocation'])) {
    it(`lycée L1 ${may} move a slot ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await expectVerdict(allowed, updateDoc(slotRef(rules.as('lyceeL1')), postpone()));
    });
  }

  const forgedMoves = [
    { why: 'hand the slot to lycée L2', edit: { lyceeUai: LYCEE_L2 } },
    { why: 'move the slot to another domain', edit: { domainId: OTHER_DOMAIN_ID } },
    { why: 'move the slot to another campaign', edit: { campaignId: '2028' } },
    { why: 'give an individual slot a second place', edit: { capacity: 2 } },
    { why: 'add a request to the slot without placing it', edit: { applicationIds: [APPLICATION_A, APPLICATION_B] } },
    { why: 'drop a request from the slot without unassigning it', edit: { applicationIds: [] } },
    { why: 'make a slot holding a pupil collective', edit: { format: 'collectif', capacity: 12 } }
  ];
  for (const { why, edit } of forgedMoves) {
    it(`lycée L1 may not ${why}`, async () => {
      await rules.seedCampaignIn('convocation');
      await expectDenied(updateDoc(slotRef(rules.as('lyceeL1')), { ...edit, ...stamped() }));
    });
  }

  it('lycée L1 may not move a slot that has started', async () => {
    await rules.seedCampaignIn('convocation');
    const started = { startsAt: new Date(Date.now() - HOUR / 2), endsAt: new Date(Date.now() + HOUR / 2) };
    await rules.seed({ [docPath('interviewSlots', SLOT_INDIVIDUAL_L1)]: interviewSlotDoc(started) });
    await expectDenied(updateDoc(slotRef(rules.as('lyceeL1')), postpone()));
  });

  for (const { actor, who } of actors('lyceeL2', 'headA', 'forgedLyceeL1')) {
    it(`${who} may not move a slot of lycée L1`, async () => {
      await rules.seedCampaignIn('convocation');
      await expectDenied(updateDoc(slotRef(rules.as(actor)), postpone()));
    });
  }

  for (const { phase, allowed, may, when } of phaseGrid(['registration', 'convocation'])) {
    it(`lycée L1 ${may} cancel a slot ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await expectVerdict(allowed, deleteDoc(slotRef(rules.as('lyceeL1'), EMPTY_SLOT)));
    });
  }

  it('lycée L1 may not delete a slot still holding a pupil', async () => {
    await rules.seedCampaignIn('convocation');
    await expectDenied(deleteDoc(slotRef(rules.as('lyceeL1'))));
  });

  it('lycée L1 may not delete an empty slot that has started', async () => {
    await rules.seedCampaignIn('convocation');
    const started = {
      startsAt: new Date(Date.now() - HOUR / 2),
      endsAt: new Date(Date.now() + HOUR / 2),
      applicationIds: []
    };
    await rules.seed({ [docPath('interviewSlots', EMPTY_SLOT)]: interviewSlotDoc(started) });
    await expectDenied(deleteDoc(slotRef(rules.as('lyceeL1'), EMPTY_SLOT)));
  });

  for (const { actor, who } of actors('lyceeL2', 'headA', 'admin')) {
    it(`${who} may not cancel a slot of lycée L1`, async () => {
      await rules.seedCampaignIn('convocation');
      await expectDenied(deleteDoc(slotRef(rules.as(actor), EMPTY_SLOT)));
    });
  }
});
