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
import { describe, it } from 'vitest';
import { applicationDoc } from '../factories/applications.js';
import { campaignInPhase, campaignWithDeadlineIn } from '../factories/campaigns.js';
import { preparationSheetDoc, preparationSheetId } from '../factories/preparationSheets.js';
import {
  APPLICATION_A,
  CAMPAIGN_ID,
  COLLEGE_A,
  COLLEGE_B,
  LYCEE_L1,
  LYCEE_L2,
  STAFF_UIDS,
  formationIdOf
} from '../factories/world.js';
import {
  ACTORS,
  actors,
  docPath,
  expectAllowed,
  expectDenied,
  expectVerdict,
  phaseGrid,
  useRulesEnvironment,
  type SignedInActor
} from './helpers.js';
import { readTests } from './readTests.js';

const CAP_SHEET = preparationSheetId(preparationSheetDoc());
const SHARED_AT = new Date('2027-03-02T10:00:00Z');
// APPLICATION_A requests the CAP and the MELEC at L1; its CAP sheet exists already, shared with L1.
const rules = useRulesEnvironment(() => ({
  [docPath('applications', APPLICATION_A)]: applicationDoc(),
  [docPath('preparationSheets', CAP_SHEET)]: preparationSheetDoc({ sharedAt: SHARED_AT })
}));
const seedUnshared = () =>
  rules.seed({ [docPath('preparationSheets', CAP_SHEET)]: preparationSheetDoc({ sharedAt: null }) });
const MELEC = formationIdOf('melecL1');
const MELEC_SHEET = preparationSheetId({ applicationId: APPLICATION_A, formationId: MELEC });
const sheetRef = (db: Firestore, id = CAP_SHEET) => doc(db, 'preparationSheets', id);

/** What the collège's form sends for the sheet of the second requested formation. */
const newSheet = (author: SignedInActor, overrides: Record<string, unknown> = {}) => ({
  ...preparationSheetDoc({ formationId: MELEC }),
  updatedAt: serverTimestamp(),
  updatedBy: ACTORS[author].uid,
  ...overrides
});
const write = (author: SignedInActor, overrides: Record<string, unknown> = {}, id = MELEC_SHEET) =>
  setDoc(sheetRef(rules.as(author), id), newSheet(author, overrides));
const edit = (author: SignedInActor, fields: Record<string, unknown> = {}) =>
  updateDoc(sheetRef(rules.as(author)), {
    whyThisFormation: 'Je veux travailler sur des chantiers.',
    updatedAt: serverTimestamp(),
    updatedBy: ACTORS[author].uid,
    ...fields
  });

describe('preparation sheets: read by the collège, and by the lycée holding the interview once shared', () => {
  readTests(rules, {
    collection: 'preparationSheets',
    id: CAP_SHEET,
    document: 'a shared sheet of a pupil of collège A for lycée L1',
    mayGet: ['headA', 'referentA', 'lyceeL1', 'admin'],
    mayNotGet: ['headB', 'lyceeL2', 'anonymous', 'forgedLyceeL1', 'disabledHeadA'],
    lists: [
      { actor: 'referentA', allowed: true, filter: { collegeUai: COLLEGE_A }, what: 'the sheets of collège A' },
      {
        actor: 'lyceeL1',
        allowed: false,
        filter: { lyceeUai: LYCEE_L1 },
        what: 'the sheets for its interviews, shared or not'
      }
    ]
  });

  it('lycée L1 may not get a sheet the collège has not shared', async () => {
    await seedUnshared();
    await expectDenied(getDoc(sheetRef(rules.as('lyceeL1'))));
  });

  it('the referent of collège A may get a sheet the collège has not shared', async () => {
    await seedUnshared();
    await expectAllowed(getDoc(sheetRef(rules.as('referentA'))));
  });

  const sharedSheetsFor = (actor: SignedInActor) =>
    getDocs(
      query(
        collection(rules.as(actor), 'preparationSheets'),
        where('campaignId', '==', CAMPAIGN_ID),
        where('lyceeUai', '==', LYCEE_L1),
        where('sharedAt', '!=', null)
      )
    );

  it('lycée L1 may list the sheets shared for its interviews', async () => {
    await expectAllowed(sharedSheetsFor('lyceeL1'));
  });

  it('lycée L2 may not list the sheets shared for the interviews of lycée L1', async () => {
    await expectDenied(sharedSheetsFor('lyceeL2'));
  });
});

describe('preparation sheets: written by the collège’s staff until the interviews end', () => {
  for (const { phase, allowed, may, when } of phaseGrid(['registration', 'convocation', 'interviews'])) {
    it(`the referent of collège A ${may} write a sheet ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await expectVerdict(allowed, write('referentA'));
    });
  }

  it('the referent of collège A may write a sheet one minute before the interview deadline', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('interviewsCloseAt', 1));
    await expectAllowed(write('referentA'));
  });

  it('the referent of collège A may not write a sheet one minute after the interview deadline', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('interviewsCloseAt', -1));
    await expectDenied(write('referentA'));
  });

  it('the head of collège A may write a sheet', async () => {
    await rules.seedCampaignIn('registration');
    await expectAllowed(write('headA'));
  });

  for (const { actor, who } of actors('headB', 'lyceeL1', 'admin', 'forgedHeadA', 'disabledHeadA')) {
    it(`${who} may not write a sheet for a pupil of collège A`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(write(actor));
    });
  }

  it('an anonymous visitor may not write a sheet', async () => {
    await rules.seedCampaignIn('registration');
    await expectDenied(setDoc(sheetRef(rules.as('anonymous'), MELEC_SHEET), newSheet('referentA')));
  });

  it('the head of collège B may not write a sheet for an application of collège A by naming collège B', async () => {
    await rules.seedCampaignIn('registration');
    await expectDenied(write('headB', { collegeUai: COLLEGE_B }));
  });

  it('the referent of collège A may not write a sheet under an id other than application_formation', async () => {
    await rules.seedCampaignIn('registration');
    await expectDenied(write('referentA', {}, 'fiche-libre'));
  });

  it('the referent of collège A may not write a sheet for a formation the pupil did not request', async () => {
    await rules.seedCampaignIn('registration');
    const numerique = formationIdOf('numeriqueL1');
    await expectDenied(
      write(
        'referentA',
        { formationId: numerique },
        preparationSheetId({ applicationId: APPLICATION_A, formationId: numerique })
      )
    );
  });

  it('the referent of collège A may write a sheet and share it at once', async () => {
    await rules.seedCampaignIn('registration');
    await expectAllowed(write('referentA', { sharedAt: serverTimestamp() }));
  });

  it('the referent of collège A may not write a sheet for a withdrawn request', async () => {
    await rules.seedCampaignIn('registration');
    await rules.seed({
      [docPath('applications', APPLICATION_A)]: applicationDoc({
        status: 'withdrawn',
        withdrawal: { at: new Date(), by: STAFF_UIDS.referentA, reason: '' }
      })
    });
    await expectDenied(write('referentA'));
  });

  it('the referent of collège A may not write a sheet for an application that does not exist', async () => {
    await rules.seedCampaignIn('registration');
    const ghost = 'pupil-ghost_electricite-energie';
    await expectDenied(
      write('referentA', { applicationId: ghost }, preparationSheetId({ applicationId: ghost, formationId: MELEC }))
    );
  });

  it('the referent of collège A may not write a sheet in an open campaign other than the application’s', async () => {
    await rules.seedCampaignIn('closed');
    await rules.seedCampaign({ ...campaignInPhase('registration'), id: '2028' });
    await expectDenied(write('referentA', { campaignId: '2028' }));
  });

  const forgedSheets = [
    { why: 'addressed to lycée L2', fields: { lyceeUai: LYCEE_L2 } },
    { why: 'a field the sheet does not have', fields: { bulletin: 'moyenne 12' } },
    { why: 'an answer of 2001 characters', fields: { whatIKnow: 'x'.repeat(2001) } },
    { why: 'jobs and outlets that are not text', fields: { jobsAndOutlets: 3 } },
    { why: 'questions that are not text', fields: { questionsForInterview: ['?'] } },
    { why: 'the uid of another author', fields: { updatedBy: STAFF_UIDS.headA } },
    { why: 'an update time chosen by the client', fields: { updatedAt: new Date() } },
    { why: 'an answer holding markup', fields: { whyThisFormation: 'Parce que <iframe src="x">' } },
    { why: 'a sharing time chosen by the client', fields: { sharedAt: new Date() } }
  ];
  for (const { why, fields } of forgedSheets) {
    it(`the referent of collège A may not write a sheet with ${why}`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(write('referentA', fields));
    });
  }

  for (const { phase, allowed, may, when } of phaseGrid(['registration', 'convocation', 'interviews'])) {
    it(`the referent of collège A ${may} edit a sheet ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await expectVerdict(allowed, edit('referentA'));
    });
  }

  for (const { actor, who } of actors('headB', 'lyceeL1', 'forgedHeadA', 'disabledHeadA')) {
    it(`${who} may not edit a sheet of a pupil of collège A`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(edit(actor));
    });
  }

  const forgedEdits = [
    { why: 'move the sheet to another formation', fields: { formationId: MELEC } },
    { why: 'address the sheet to lycée L2', fields: { lyceeUai: LYCEE_L2 } },
    { why: 'move the sheet to collège B', fields: { collegeUai: COLLEGE_B } },
    { why: 'write an answer of 2001 characters', fields: { whyThisFormation: 'x'.repeat(2001) } },
    { why: 'sign the edit with another uid', fields: { updatedBy: STAFF_UIDS.headA } },
    { why: 'date the sharing himself', fields: { sharedAt: new Date() } }
  ];
  for (const { why, fields } of forgedEdits) {
    it(`the referent of collège A may not ${why}`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(edit('referentA', fields));
    });
  }

  it('the referent of collège A may share a sheet with the lycée', async () => {
    await rules.seedCampaignIn('convocation');
    await seedUnshared();
    await expectAllowed(edit('referentA', { sharedAt: serverTimestamp() }));
  });

  it('the head of collège A may stop sharing a sheet', async () => {
    await rules.seedCampaignIn('convocation');
    await expectAllowed(edit('headA', { sharedAt: null }));
  });

  it('the referent of collège A may edit a shared sheet and leave it shared', async () => {
    await rules.seedCampaignIn('convocation');
    await expectAllowed(edit('referentA'));
  });

  it('lycée L1 may not share a sheet itself', async () => {
    await rules.seedCampaignIn('convocation');
    await seedUnshared();
    await expectDenied(edit('lyceeL1', { sharedAt: serverTimestamp() }));
  });

  for (const { phase, allowed, may, when } of phaseGrid([
    'registration',
    'convocation',
    'interviews',
    'summary_sheets'
  ])) {
    it(`the referent of collège A ${may} delete a sheet ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await expectVerdict(allowed, deleteDoc(sheetRef(rules.as('referentA'))));
    });
  }

  for (const { actor, who } of actors('headB', 'lyceeL1', 'admin', 'anonymous')) {
    it(`${who} may not delete a sheet of a pupil of collège A`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(deleteDoc(sheetRef(rules.as(actor))));
    });
  }
});
