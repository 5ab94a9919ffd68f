import { deleteDoc, doc, setDoc, updateDoc, type Firestore } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { campaignInPhase, campaignWithDeadlineIn } from '../factories/campaigns.js';
import { interviewSlotDoc } from '../factories/interviews.js';
import {
  APPLICATION_A,
  APPLICATION_B,
  LYCEE_L1,
  LYCEE_L2,
  OTHER_DOMAIN_ID,
  SLOT_INDIVIDUAL_L1
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

const rules = useRulesEnvironment(() => ({ [docPath('interviewSlots', SLOT_INDIVIDUAL_L1)]: interviewSlotDoc() }));
const NEW_SLOT = 'slot-l1-new';
const slotRef = (db: Firestore, id = SLOT_INDIVIDUAL_L1) => doc(db, 'interviewSlots', id);
const plan = (db: Firestore, overrides: Record<string, unknown> = {}) =>
  setDoc(slotRef(db, NEW_SLOT), { ...interviewSlotDoc({ applicationIds: [] }), ...overrides });
const HOUR = 3_600_000;
/** The seeded slot moved one hour later. */
const postpone = () => {
  const { startsAt, endsAt } = interviewSlotDoc();
  return { startsAt: new Date(startsAt.getTime() + HOUR), endsAt: new Date(endsAt.getTime() + HOUR) };
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

  it('lycée L1 may plan a collective slot for three pupils', async () => {
    await rules.seedCampaignIn('convocation');
    await expectAllowed(
      plan(rules.as('lyceeL1'), {
        format: 'collectif',
        capacity: 12,
        applicationIds: [APPLICATION_A, APPLICATION_B, 'x_y']
      })
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
    { why: '61 places', fields: { format: 'collectif', capacity: 61 } },
    { why: 'a capacity that is not a whole number', fields: { format: 'collectif', capacity: 2.5 } },
    { why: 'more pupils than places', fields: { applicationIds: [APPLICATION_A, APPLICATION_B] } },
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
    { why: 'give an individual slot a second place', edit: { capacity: 2 } }
  ];
  for (const { why, edit } of forgedMoves) {
    it(`lycée L1 may not ${why}`, async () => {
      await rules.seedCampaignIn('convocation');
      await expectDenied(updateDoc(slotRef(rules.as('lyceeL1')), edit));
    });
  }

  for (const { actor, who } of actors('lyceeL2', 'headA', 'forgedLyceeL1')) {
    it(`${who} may not move a slot of lycée L1`, async () => {
      await rules.seedCampaignIn('convocation');
      await expectDenied(updateDoc(slotRef(rules.as(actor)), postpone()));
    });
  }

  for (const { phase, allowed, may, when } of phaseGrid(['registration', 'convocation'])) {
    it(`lycée L1 ${may} cancel a slot ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await expectVerdict(allowed, deleteDoc(slotRef(rules.as('lyceeL1'))));
    });
  }

  for (const { actor, who } of actors('lyceeL2', 'headA', 'admin')) {
    it(`${who} may not cancel a slot of lycée L1`, async () => {
      await rules.seedCampaignIn('convocation');
      await expectDenied(deleteDoc(slotRef(rules.as(actor))));
    });
  }
});
