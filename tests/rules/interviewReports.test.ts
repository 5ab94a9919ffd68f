import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  type Firestore
} from 'firebase/firestore';
import { beforeEach, describe, it } from 'vitest';
import { applicationDoc } from '../factories/applications.js';
import { campaignInPhase, campaignWithDeadlineIn } from '../factories/campaigns.js';
import { formationDoc } from '../factories/catalogue.js';
import { interviewEndedMinutesAgo, interviewReportDoc, interviewSlotDoc } from '../factories/interviews.js';
import {
  APPLICATION_A,
  APPLICATION_B,
  CAMPAIGN_ID,
  COLLEGE_A,
  COLLEGE_B,
  LYCEE_L1,
  LYCEE_L2,
  SLOT_COLLECTIVE_L1,
  SLOT_INDIVIDUAL_L1,
  STAFF_UIDS,
  formationIdOf
} from '../factories/world.js';
import {
  ACTORS,
  actors,
  docPath,
  expectAllowed,
  expectDenied,
  useRulesEnvironment,
  type SignedInActor,
  type Seed
} from './helpers.js';
import { readTests } from './readTests.js';
import { ELECTRICIEN, MELEC, NUMERIQUE } from './applicationBatches.js';

const DAY_IN_MINUTES = 24 * 60;
const CUISINE = formationIdOf('cuisineL1');

/** L1's individual slot holding APPLICATION_A, placed in time; the report delay runs from its end. */
const individualSlot = (times = interviewEndedMinutesAgo(DAY_IN_MINUTES)) => ({
  [docPath('interviewSlots', SLOT_INDIVIDUAL_L1)]: interviewSlotDoc(times)
});

// By default the campaign is in its interview phase (closure 3 days ahead), APPLICATION_A's
// individual interview at L1 ended yesterday and a collective slot of L1 also holds it.
const rules = useRulesEnvironment((): Seed => ({
  [docPath('campaigns', CAMPAIGN_ID)]: campaignInPhase('interviews'),
  [docPath('applications', APPLICATION_A)]: { ...applicationDoc(), slotId: SLOT_INDIVIDUAL_L1, status: 'interviewed' },
  [docPath('formations', NUMERIQUE)]: formationDoc('numeriqueL1'),
  [docPath('formations', CUISINE)]: formationDoc('cuisineL1'),
  ...individualSlot(),
  [docPath('interviewSlots', SLOT_COLLECTIVE_L1)]: interviewSlotDoc({
    format: 'collectif',
    capacity: 10,
    ...interviewEndedMinutesAgo(DAY_IN_MINUTES)
  })
}));
const reportRef = (db: Firestore, id = APPLICATION_A) => doc(db, 'interviewReports', id);
/** What the lycée's form sends for APPLICATION_A's report. */
const newReport = (author: SignedInActor, overrides: Record<string, unknown>) => ({
  ...interviewReportDoc(),
  submittedAt: serverTimestamp(),
  updatedAt: serverTimestamp(),
  updatedBy: ACTORS[author].uid,
  ...overrides
});
const report = (author: SignedInActor, overrides: Record<string, unknown> = {}, id = APPLICATION_A) =>
  setDoc(reportRef(rules.as(author), id), newReport(author, overrides));
const seedReport = () => rules.seed({ [docPath('interviewReports', APPLICATION_A)]: interviewReportDoc() });
const revise = (author: SignedInActor, fields: Record<string, unknown> = {}) =>
  updateDoc(reportRef(rules.as(author)), {
    summary: 'Entretien revu : projet solide.',
    updatedAt: serverTimestamp(),
    updatedBy: ACTORS[author].uid,
    ...fields
  });

describe('interview reports: the lycée reports within the delay after an individual interview', () => {
  it('lycée L1 may write the report the day after the interview', async () => {
    await expectAllowed(report('lyceeL1'));
  });

  it('lycée L1 may write the report once the interview has started', async () => {
    await rules.seed(individualSlot(interviewEndedMinutesAgo(-20)));
    await expectAllowed(report('lyceeL1'));
  });

  it('lycée L1 may not write the report before the interview starts', async () => {
    await rules.seed(individualSlot(interviewEndedMinutesAgo(-120)));
    await expectDenied(report('lyceeL1'));
  });

  it('lycée L1 may write the report one minute before the 3-day delay ends', async () => {
    await rules.seed(individualSlot(interviewEndedMinutesAgo(3 * DAY_IN_MINUTES - 1)));
    await expectAllowed(report('lyceeL1'));
  });

  it('lycée L1 may not write the report one minute after the 3-day delay ended', async () => {
    await rules.seed(individualSlot(interviewEndedMinutesAgo(3 * DAY_IN_MINUTES + 1)));
    await expectDenied(report('lyceeL1'));
  });

  it('lycée L1 may not write the report after closure, even within the delay', async () => {
    await rules.seed(individualSlot(interviewEndedMinutesAgo(2.5 * DAY_IN_MINUTES)));
    await rules.seedCampaign(campaignWithDeadlineIn('closesAt', -1));
    await expectDenied(report('lyceeL1'));
  });

  it('lycée L1 may write the report one minute before closure', async () => {
    await rules.seed(individualSlot(interviewEndedMinutesAgo(2.5 * DAY_IN_MINUTES)));
    await rules.seedCampaign(campaignWithDeadlineIn('closesAt', 1));
    await expectAllowed(report('lyceeL1'));
  });

  it('lycée L1 may not write a report for a collective slot', async () => {
    await expectDenied(report('lyceeL1', { slotId: SLOT_COLLECTIVE_L1 }));
  });

  it('lycée L1 may not write a report naming a slot that does not hold the application', async () => {
    await rules.seed({
      [docPath('interviewSlots', 'slot-l1-other')]: interviewSlotDoc({
        applicationIds: [APPLICATION_B],
        ...interviewEndedMinutesAgo(DAY_IN_MINUTES)
      })
    });
    await expectDenied(report('lyceeL1', { slotId: 'slot-l1-other' }));
  });

  it('lycée L1 may not write a report naming a slot of lycée L2', async () => {
    await rules.seed({
      [docPath('interviewSlots', 'slot-l2')]: interviewSlotDoc({
        lyceeUai: LYCEE_L2,
        ...interviewEndedMinutesAgo(DAY_IN_MINUTES)
      })
    });
    await expectDenied(report('lyceeL1', { slotId: 'slot-l2' }));
  });

  it('lycée L1 may not write a report naming a slot that does not exist', async () => {
    await expectDenied(report('lyceeL1', { slotId: 'slot-ghost' }));
  });

  it('lycée L1 may give an avis on a formation of the domain the pupil did not request', async () => {
    await expectAllowed(report('lyceeL1', { extraFormation: { formationId: NUMERIQUE, avis: 'favorable' } }));
  });

  it('lycée L1 may not give an extra avis on a formation that does not exist', async () => {
    await expectDenied(report('lyceeL1', { extraFormation: { formationId: `${NUMERIQUE}-x`, avis: 'favorable' } }));
  });

  it('lycée L1 may not give an extra avis on a formation of another domain', async () => {
    await expectDenied(report('lyceeL1', { extraFormation: { formationId: CUISINE, avis: 'favorable' } }));
  });

  it('lycée L1 may save a draft without a summary nor every avis', async () => {
    await expectAllowed(
      report('lyceeL1', { submittedAt: null, summary: '', avisByFormation: { [ELECTRICIEN]: 'favorable' } })
    );
  });

  it('lycée L1 may not submit a report missing the avis on a requested formation', async () => {
    await expectDenied(report('lyceeL1', { avisByFormation: { [ELECTRICIEN]: 'favorable' } }));
  });

  it('lycée L1 may submit an absence without a summary nor avis', async () => {
    await expectAllowed(report('lyceeL1', { attendance: 'absent', summary: '', avisByFormation: {} }));
  });

  for (const { actor, who } of actors('lyceeL2', 'headA', 'referentA', 'admin', 'forgedLyceeL1')) {
    it(`${who} may not write the report of lycée L1`, async () => {
      await expectDenied(report(actor));
    });
  }

  it('an anonymous visitor may not write a report', async () => {
    await expectDenied(setDoc(reportRef(rules.as('anonymous')), newReport('lyceeL1', {})));
  });

  it('lycée L2 may not report on an application addressed to lycée L1, even naming itself', async () => {
    await rules.seed({
      [docPath('interviewSlots', 'slot-l2')]: interviewSlotDoc({
        lyceeUai: LYCEE_L2,
        ...interviewEndedMinutesAgo(DAY_IN_MINUTES)
      })
    });
    await expectDenied(report('lyceeL2', { lyceeUai: LYCEE_L2, slotId: 'slot-l2' }));
  });

  it('lycée L1 may not write a report under an id other than the application’s', async () => {
    await expectDenied(report('lyceeL1', {}, APPLICATION_B));
  });

  const forgedReports = [
    {
      why: 'an avis on a formation the pupil did not request',
      fields: { avisByFormation: { [ELECTRICIEN]: 'favorable', [NUMERIQUE]: 'favorable' } }
    },
    { why: 'an unknown avis', fields: { avisByFormation: { [ELECTRICIEN]: 'excellent', [MELEC]: 'favorable' } } },
    { why: 'avis that are not a map', fields: { avisByFormation: ['favorable'] } },
    {
      why: 'an extra avis on a requested formation',
      fields: { extraFormation: { formationId: ELECTRICIEN, avis: 'favorable' } }
    },
    { why: 'an unknown extra avis', fields: { extraFormation: { formationId: NUMERIQUE, avis: 'moyen' } } },
    {
      why: 'an extra avis with a comment field',
      fields: { extraFormation: { formationId: NUMERIQUE, avis: 'favorable', comment: 'bien' } }
    },
    { why: 'an empty summary', fields: { summary: '' } },
    { why: 'an unknown attendance', fields: { attendance: 'late' } },
    { why: 'a submission time chosen by the client', fields: { submittedAt: new Date() } },
    { why: 'a summary of 2001 characters', fields: { summary: 'x'.repeat(2001) } },
    { why: 'collège B as the collège', fields: { collegeUai: COLLEGE_B } },
    { why: 'another campaign', fields: { campaignId: '2028' } },
    { why: 'another application in its body', fields: { applicationId: APPLICATION_B } },
    { why: 'a field reports do not have', fields: { note: 14 } },
    { why: 'the uid of another author', fields: { updatedBy: STAFF_UIDS.lyceeL2 } },
    { why: 'an update time chosen by the client', fields: { updatedAt: new Date() } }
  ];
  for (const { why, fields } of forgedReports) {
    it(`lycée L1 may not write a report with ${why}`, async () => {
      await expectDenied(report('lyceeL1', fields));
    });
  }
});

describe('interview reports: the lycée revises its report within the same delay', () => {
  it('lycée L1 may revise its report within the delay', async () => {
    await seedReport();
    await expectAllowed(revise('lyceeL1'));
  });

  it('lycée L1 may not revise its report after the delay', async () => {
    await seedReport();
    await rules.seed(individualSlot(interviewEndedMinutesAgo(4 * DAY_IN_MINUTES)));
    await expectDenied(revise('lyceeL1'));
  });

  const forgedRevisions = [
    { why: 'move the report to the collective slot', fields: { slotId: SLOT_COLLECTIVE_L1 } },
    { why: 'move the report to collège B', fields: { collegeUai: COLLEGE_B } },
    { why: 'hand the report to lycée L2', fields: { lyceeUai: LYCEE_L2 } },
    { why: 'change the application in the body', fields: { applicationId: APPLICATION_B } },
    { why: 'move the report to another campaign', fields: { campaignId: '2028' } },
    { why: 'give an unknown avis', fields: { avisByFormation: { [ELECTRICIEN]: 'bof' } } }
  ];
  for (const { why, fields } of forgedRevisions) {
    it(`lycée L1 may not ${why}`, async () => {
      await seedReport();
      await expectDenied(revise('lyceeL1', fields));
    });
  }

  for (const { actor, who } of actors('lyceeL2', 'headA', 'admin', 'forgedLyceeL1')) {
    it(`${who} may not revise the report of lycée L1`, async () => {
      await seedReport();
      await expectDenied(revise(actor));
    });
  }

  for (const { actor, who } of actors('lyceeL1', 'admin')) {
    it(`${who} may not delete a report`, async () => {
      await seedReport();
      await expectDenied(deleteDoc(reportRef(rules.as(actor))));
    });
  }
});

describe('interview reports: the collège reads them once submitted', () => {
  beforeEach(seedReport);

  it('the referent of collège A may list the submitted reports on its pupils', async () => {
    const db = rules.as('referentA');
    await expectAllowed(
      getDocs(
        query(
          collection(db, 'interviewReports'),
          where('collegeUai', '==', COLLEGE_A),
          where('submittedAt', '!=', null)
        )
      )
    );
  });

  it('the head of collège A may not get a draft report', async () => {
    await rules.seed({ [docPath('interviewReports', APPLICATION_A)]: interviewReportDoc({ submittedAt: null }) });
    await expectDenied(getDoc(reportRef(rules.as('headA'))));
  });

  readTests(rules, {
    collection: 'interviewReports',
    id: APPLICATION_A,
    document: 'the report on a pupil of collège A by lycée L1',
    mayGet: ['headA', 'referentA', 'lyceeL1', 'admin'],
    mayNotGet: ['headB', 'lyceeL2', 'anonymous', 'forgedLyceeL1', 'disabledHeadA'],
    lists: [
      {
        actor: 'referentA',
        allowed: false,
        filter: { collegeUai: COLLEGE_A },
        what: 'the reports on pupils of collège A, drafts included'
      },
      { actor: 'lyceeL1', allowed: true, filter: { lyceeUai: LYCEE_L1 }, what: 'its reports' },
      { actor: 'lyceeL2', allowed: false, filter: { lyceeUai: LYCEE_L1 }, what: 'the reports of lycée L1' }
    ]
  });
});
