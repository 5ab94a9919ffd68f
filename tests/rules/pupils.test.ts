import { deleteDoc, doc, serverTimestamp, setDoc, updateDoc, type Firestore } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { campaignWithDeadlineIn } from '../factories/campaigns.js';
import { pupilDoc } from '../factories/pupils.js';
import { COLLEGE_A, COLLEGE_B, DOMAIN_ID, PUPIL_A, STAFF_UIDS } from '../factories/world.js';
import { stamp } from './applicationBatches.js';
import {
  actors,
  docPath,
  expectAllowed,
  expectDenied,
  expectVerdict,
  phaseGrid,
  useRulesEnvironment,
  type ActorName
} from './helpers.js';
import { readTests } from './readTests.js';

const rules = useRulesEnvironment(() => ({ [docPath('pupils', PUPIL_A)]: pupilDoc() }));
const NEW_PUPIL = 'pupil-college-a-new';
/** A pupil of collège A with the same names as PUPIL_A. */
const TWIN = 'pupil-college-a-twin';
const pupilRef = (db: Firestore, id = PUPIL_A) => doc(db, 'pupils', id);
/** What the collège's form sends for a new pupil. */
const newPupil = (overrides: Record<string, unknown> = {}) => ({
  ...pupilDoc(),
  createdAt: serverTimestamp(),
  ...stamp('headA'),
  ...overrides
});
const register = (db: Firestore, overrides: Record<string, unknown> = {}) =>
  setDoc(pupilRef(db, NEW_PUPIL), newPupil(overrides));
/** An update of PUPIL_A, stamped by `actor`. */
const correct = (actor: ActorName, fields: Record<string, unknown>) =>
  updateDoc(pupilRef(rules.as(actor)), { ...fields, ...stamp(actor) });

describe('pupils: the collège’s staff read them', () => {
  readTests(rules, {
    collection: 'pupils',
    id: PUPIL_A,
    document: 'a pupil of collège A',
    mayGet: ['headA', 'referentA', 'admin'],
    mayNotGet: ['headB', 'lyceeL1', 'anonymous', 'forgedHeadA', 'forgedAdmin', 'disabledHeadA'],
    lists: [
      { actor: 'referentA', allowed: true, filter: { collegeUai: COLLEGE_A }, what: 'the pupils of collège A' },
      { actor: 'headB', allowed: false, filter: { collegeUai: COLLEGE_A }, what: 'the pupils of collège A' },
      { actor: 'headA', allowed: false, what: 'every pupil' },
      { actor: 'admin', allowed: true, what: 'every pupil' }
    ]
  });
});

describe('pupils: the collège head registers them during registrations', () => {
  for (const { phase, allowed, may, when } of phaseGrid(['registration'])) {
    it(`the head of collège A ${may} register a pupil ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await expectVerdict(allowed, register(rules.as('headA')));
    });
  }

  it('the head of collège A may register a pupil one minute before registrations close', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('registrationsCloseAt', 1));
    await expectAllowed(register(rules.as('headA')));
  });

  it('the head of collège A may not register a pupil one minute after registrations closed', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('registrationsCloseAt', -1));
    await expectDenied(register(rules.as('headA')));
  });

  for (const { actor, who } of actors(
    'referentA',
    'headB',
    'lyceeL1',
    'admin',
    'anonymous',
    'forgedHeadA',
    'disabledHeadA'
  )) {
    it(`${who} may not register a pupil in collège A`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(register(rules.as(actor)));
    });
  }

  const forgedPupils = [
    { why: 'a birth date (data minimisation)', fields: { birthDate: '2012-03-04' } },
    { why: 'a level outside the procedure', fields: { level: 'cm2' } },
    { why: 'a first name of 61 characters', fields: { firstName: 'x'.repeat(61) } },
    { why: 'an empty last name', fields: { lastName: '' } },
    { why: 'a class of 21 characters', fields: { className: 'x'.repeat(21) } },
    { why: 'the uid of another author', fields: { createdBy: STAFF_UIDS.headB } },
    { why: 'a creation time chosen by the client', fields: { createdAt: new Date() } },
    { why: 'collège B as its collège', fields: { collegeUai: COLLEGE_B } },
    { why: 'a campaign that does not exist', fields: { campaignId: '2031' } },
    { why: 'a first name holding markup', fields: { firstName: '<script>alert(1)</script>' } },
    { why: 'a class holding markup', fields: { className: '<b>3e</b>' } },
    { why: 'a twin flag set by the client', fields: { twin: { pupilId: TWIN, state: 'distinct' } } },
    { why: 'a live domain already listed', fields: { liveDomainIds: [DOMAIN_ID] } },
    { why: 'the uid of another editor', fields: { updatedBy: STAFF_UIDS.headB } },
    { why: 'an update time chosen by the client', fields: { updatedAt: new Date() } }
  ];
  for (const { why, fields } of forgedPupils) {
    it(`the head of collège A may not register a pupil with ${why}`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(register(rules.as('headA'), fields));
    });
  }
});

describe('pupils: the collège head corrects them during registrations', () => {
  for (const { phase, allowed, may, when } of phaseGrid(['registration'])) {
    it(`the head of collège A ${may} correct a pupil’s name ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await expectVerdict(allowed, correct('headA', { lastName: 'Moreau-Diallo' }));
    });
  }

  for (const { actor, who } of actors('referentA', 'headB', 'lyceeL1', 'forgedHeadA', 'disabledHeadA')) {
    it(`${who} may not correct a pupil of collège A`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(correct(actor, { lastName: 'Moreau-Diallo' }));
    });
  }

  const forgedEdits = [
    { why: 'move the pupil to collège B', edit: { collegeUai: COLLEGE_B } },
    { why: 'move the pupil to another campaign', edit: { campaignId: '2028' } },
    { why: 'rewrite who registered the pupil', edit: { createdBy: STAFF_UIDS.headB } },
    { why: 'add a birth date', edit: { birthDate: '2012-03-04' } },
    { why: 'set a level outside the procedure', edit: { level: 'seconde' } },
    { why: 'set a first name of 61 characters', edit: { firstName: 'x'.repeat(61) } },
    { why: 'set a last name holding markup', edit: { lastName: 'Moreau<br/>' } },
    { why: 'flag the pupil as a twin', edit: { twin: { pupilId: TWIN, state: 'suspected' } } }
  ];
  for (const { why, edit } of forgedEdits) {
    it(`the head of collège A may not ${why}`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(correct('headA', edit));
    });
  }

  it('the head of collège A may not correct a pupil without saying who did', async () => {
    await rules.seedCampaignIn('registration');
    await expectDenied(updateDoc(pupilRef(rules.as('headA')), { lastName: 'Moreau-Diallo' }));
  });

  it('the head of collège A may not sign a correction with another uid', async () => {
    await rules.seedCampaignIn('registration');
    await expectDenied(updateDoc(pupilRef(rules.as('headA')), { lastName: 'Moreau-Diallo', ...stamp('referentA') }));
  });
});

describe('pupils: the head confirms that a suspected twin is another child', () => {
  const flagged = () =>
    rules.seed({ [docPath('pupils', PUPIL_A)]: pupilDoc({ twin: { pupilId: TWIN, state: 'suspected' } }) });
  const distinct = { twin: { pupilId: TWIN, state: 'distinct' } };

  for (const { phase, allowed, may, when } of phaseGrid([
    'registration',
    'convocation',
    'interviews',
    'summary_sheets'
  ])) {
    it(`the head of collège A ${may} confirm a suspected twin is another child ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await flagged();
      await expectVerdict(allowed, correct('headA', distinct));
    });
  }

  for (const { actor, who } of actors('referentA', 'headB', 'lyceeL1', 'disabledHeadA')) {
    it(`${who} may not confirm a twin of collège A`, async () => {
      await rules.seedCampaignIn('registration');
      await flagged();
      await expectDenied(correct(actor, distinct));
    });
  }

  it('the head of collège A may not confirm a twin the trigger never flagged', async () => {
    await rules.seedCampaignIn('registration');
    await expectDenied(correct('headA', distinct));
  });

  it('the head of collège A may not point the twin flag at another pupil', async () => {
    await rules.seedCampaignIn('registration');
    await flagged();
    await expectDenied(correct('headA', { twin: { pupilId: 'pupil-other', state: 'distinct' } }));
  });

  it('the head of collège A may not set a twin flag back to suspected', async () => {
    await rules.seedCampaignIn('registration');
    await rules.seed({ [docPath('pupils', PUPIL_A)]: pupilDoc({ twin: { pupilId: TWIN, state: 'distinct' } }) });
    await expectDenied(correct('headA', { twin: { pupilId: TWIN, state: 'suspected' } }));
  });
});

describe('pupils: a pupil who renounces is removed until closure', () => {
  for (const { phase, allowed, may, when } of phaseGrid([
    'registration',
    'convocation',
    'interviews',
    'summary_sheets'
  ])) {
    it(`the head of collège A ${may} remove a pupil ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await expectVerdict(allowed, deleteDoc(pupilRef(rules.as('headA'))));
    });
  }

  it('the head of collège A may remove a pupil one minute before closure', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('closesAt', 1));
    await expectAllowed(deleteDoc(pupilRef(rules.as('headA'))));
  });

  it('the head of collège A may not remove a pupil one minute after closure', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('closesAt', -1));
    await expectDenied(deleteDoc(pupilRef(rules.as('headA'))));
  });

  it('the head of collège A may not remove a pupil who still has a live request', async () => {
    await rules.seedCampaignIn('registration');
    await rules.seed({ [docPath('pupils', PUPIL_A)]: pupilDoc({ liveDomainIds: [DOMAIN_ID] }) });
    await expectDenied(deleteDoc(pupilRef(rules.as('headA'))));
  });

  it('the académie may remove a pupil after closure', async () => {
    await rules.seedCampaignIn('closed');
    await expectAllowed(deleteDoc(pupilRef(rules.as('admin'))));
  });

  for (const { actor, who } of actors('referentA', 'headB', 'lyceeL1', 'anonymous', 'disabledHeadA')) {
    it(`${who} may not remove a pupil of collège A`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(deleteDoc(pupilRef(rules.as(actor))));
    });
  }
});
