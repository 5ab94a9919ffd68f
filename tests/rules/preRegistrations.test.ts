import { deleteDoc, doc, serverTimestamp, setDoc, updateDoc, type Firestore } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { campaignWithDeadlineIn } from '../factories/campaigns.js';
import { preRegistrationDoc } from '../factories/preRegistrations.js';
import { STAFF_UIDS } from '../factories/world.js';
import {
  actors,
  authorUid,
  docPath,
  expectAllowed,
  expectDenied,
  expectVerdict,
  phaseGrid,
  useRulesEnvironment,
  type ActorName
} from './helpers.js';
import { readTests } from './readTests.js';

const SEEDED = 'pre-registration-1';
const NEW = 'pre-registration-2';
const rules = useRulesEnvironment(() => ({ [docPath('preRegistrations', SEEDED)]: preRegistrationDoc() }));
const requestRef = (db: Firestore, id = SEEDED) => doc(db, 'preRegistrations', id);
/** What the public form sends. */
const ask = (overrides: Record<string, unknown> = {}) =>
  setDoc(requestRef(rules.as('anonymous'), NEW), {
    ...preRegistrationDoc(),
    createdAt: serverTimestamp(),
    ...overrides
  });
/** A review of the seeded request by `actor`, signed with its own uid; `fields` changes one aspect. */
const review = (actor: ActorName, status: string, fields: Record<string, unknown> = {}) =>
  updateDoc(requestRef(rules.as(actor)), { status, reviewedBy: authorUid(actor, 'admin'), ...fields });

describe('pre-registrations: schools outside the public network ask while registrations are open', () => {
  for (const { phase, allowed, may, when } of phaseGrid(['registration'])) {
    it(`an anonymous visitor ${may} send a pre-registration ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await expectVerdict(allowed, ask());
    });
  }

  it('an anonymous visitor may send a pre-registration one minute before registrations close', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('registrationsCloseAt', 1));
    await expectAllowed(ask());
  });

  it('an anonymous visitor may not send a pre-registration one minute after registrations closed', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('registrationsCloseAt', -1));
    await expectDenied(ask());
  });

  const forgedRequests = [
    { why: 'a kind of school outside the procedure', fields: { schoolKind: 'lycee_public' } },
    { why: 'an empty school name', fields: { schoolName: '' } },
    { why: 'a UAI of 9 characters', fields: { uai: '0931234AB' } },
    { why: 'a département outside the académie', fields: { departement: '75' } },
    { why: 'an empty city', fields: { city: '' } },
    { why: 'a contact name of 101 characters', fields: { contactName: 'x'.repeat(101) } },
    { why: 'a contact e-mail that is not an address', fields: { contactEmail: 'pas-une-adresse' } },
    { why: 'a contact e-mail of 255 characters', fields: { contactEmail: `${'x'.repeat(244)}@exemple.fr` } },
    { why: 'no pupil', fields: { pupilsCount: 0 } },
    { why: '501 pupils', fields: { pupilsCount: 501 } },
    { why: 'a pupil count that is not a whole number', fields: { pupilsCount: 2.5 } },
    { why: 'a message of 2001 characters', fields: { message: 'x'.repeat(2001) } },
    { why: 'the status already accepted', fields: { status: 'accepted' } },
    { why: 'a reviewer already set', fields: { reviewedBy: STAFF_UIDS.admin } },
    { why: 'a creation time chosen by the client', fields: { createdAt: new Date() } },
    { why: 'a field the form does not have', fields: { phone: '0600000000' } },
    { why: 'a campaign that does not exist', fields: { campaignId: '2031' } }
  ];
  for (const { why, fields } of forgedRequests) {
    it(`an anonymous visitor may not send a pre-registration with ${why}`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(ask(fields));
    });
  }
});

describe('pre-registrations: the académie reviews them', () => {
  readTests(rules, {
    collection: 'preRegistrations',
    id: SEEDED,
    document: 'a pre-registration',
    mayGet: ['admin'],
    mayNotGet: ['anonymous', 'headA', 'lyceeL1', 'forgedAdmin', 'disabledAdmin'],
    lists: [{ actor: 'admin', allowed: true, what: 'the pre-registrations' }]
  });

  for (const status of ['accepted', 'rejected']) {
    it(`the académie may mark a pre-registration ${status}`, async () => {
      await expectAllowed(review('admin', status));
    });
  }

  it('the académie may not put a pre-registration back to pending', async () => {
    await expectDenied(review('admin', 'pending'));
  });

  it('the académie may not sign a review with another uid', async () => {
    await expectDenied(review('admin', 'accepted', { reviewedBy: STAFF_UIDS.headA }));
  });

  it('the académie may not rewrite what the school sent', async () => {
    await expectDenied(review('admin', 'accepted', { pupilsCount: 40 }));
  });

  for (const { actor, who } of actors('headA', 'anonymous', 'forgedAdmin', 'disabledAdmin')) {
    it(`${who} may not review a pre-registration`, async () => {
      await expectDenied(review(actor, 'accepted'));
    });
  }

  for (const { actor, who } of actors('admin', 'anonymous')) {
    it(`${who} may not delete a pre-registration`, async () => {
      await expectDenied(deleteDoc(requestRef(rules.as(actor))));
    });
  }
});
