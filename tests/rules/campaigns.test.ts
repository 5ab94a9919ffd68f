import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc, type Firestore } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { campaignDoc } from '../factories/campaigns.js';
import { CAMPAIGN_ID } from '../factories/world.js';
import { actors, docPath, expectAllowed, expectDenied, useRulesEnvironment } from './helpers.js';

const rules = useRulesEnvironment();
const campaignRef = (db: Firestore, id = CAMPAIGN_ID) => doc(db, 'campaigns', id);
const seedCampaign = () => rules.seed({ [docPath('campaigns', CAMPAIGN_ID)]: campaignDoc() });
/** A date `n` days after the default campaign opens (its deadlines fall on days 1 to 5). */
const day = (n: number) => new Date(campaignDoc().opensAt.getTime() + n * 86_400_000);

describe('campaigns: anyone reads the calendar', () => {
  for (const { actor, who } of actors('anonymous', 'headA', 'lyceeL1', 'disabledHeadA')) {
    it(`${who} may get the campaign`, async () => {
      await seedCampaign();
      await expectAllowed(getDoc(campaignRef(rules.as(actor))));
    });
  }

  it('an anonymous visitor may list the campaigns', async () => {
    await seedCampaign();
    await expectAllowed(getDocs(collection(rules.as('anonymous'), 'campaigns')));
  });
});

describe('campaigns: the académie writes the calendar, dates in the order of the procedure', () => {
  it('the académie may create a campaign whose dates follow the procedure', async () => {
    await expectAllowed(setDoc(campaignRef(rules.as('admin')), campaignDoc()));
  });

  for (const { actor, who } of actors('headA', 'referentA', 'lyceeL1', 'anonymous', 'forgedAdmin', 'disabledAdmin')) {
    it(`${who} may not create a campaign`, async () => {
      await expectDenied(setDoc(campaignRef(rules.as(actor)), campaignDoc()));
    });
  }

  it('the académie may not create a campaign whose id differs from the document id', async () => {
    await expectDenied(setDoc(campaignRef(rules.as('admin'), '2028'), campaignDoc()));
  });

  const forgedCalendars = [
    { field: 'registrationsCloseAt', value: day(0), why: 'registrations closing when the campaign opens' },
    { field: 'convocationsCloseAt', value: day(0.5), why: 'a convocation deadline before the registrations deadline' },
    { field: 'interviewsCloseAt', value: day(1.5), why: 'an interview deadline before the convocation deadline' },
    { field: 'summarySheetsCloseAt', value: day(2.5), why: 'a summary-sheet deadline before the interview deadline' },
    { field: 'closesAt', value: day(3.5), why: 'a closure before the summary-sheet deadline' },
    { field: 'opensAt', value: '2027-02-01', why: 'an opening written as text' },
    { field: 'registrationsCloseAt', value: 1_800_000_000, why: 'a registrations deadline written as a number' },
    { field: 'convocationsCloseAt', value: null, why: 'no convocation deadline' },
    { field: 'interviewsCloseAt', value: 'mai', why: 'an interview deadline written as text' },
    { field: 'summarySheetsCloseAt', value: true, why: 'a summary-sheet deadline written as a boolean' },
    { field: 'closesAt', value: '2027-05-28', why: 'a closure written as text' },
    { field: 'reportDelayDays', value: 0, why: 'a report delay of 0 days' },
    { field: 'reportDelayDays', value: 16, why: 'a report delay of 16 days' },
    { field: 'reportDelayDays', value: 2.5, why: 'a report delay that is not a whole number of days' }
  ];
  for (const { field, value, why } of forgedCalendars) {
    it(`the académie may not create a campaign with ${why}`, async () => {
      await expectDenied(setDoc(campaignRef(rules.as('admin')), { ...campaignDoc(), [field]: value }));
    });
  }

  it('the académie may move the registrations deadline of a campaign', async () => {
    await seedCampaign();
    await expectAllowed(updateDoc(campaignRef(rules.as('admin')), { registrationsCloseAt: day(1.5) }));
  });

  it('the académie may not move the registrations deadline after the convocation deadline', async () => {
    await seedCampaign();
    await expectDenied(updateDoc(campaignRef(rules.as('admin')), { registrationsCloseAt: day(2.5) }));
  });

  for (const { actor, who } of actors('headA', 'lyceeL1', 'forgedAdmin', 'disabledAdmin')) {
    it(`${who} may not move the registrations deadline`, async () => {
      await seedCampaign();
      await expectDenied(updateDoc(campaignRef(rules.as(actor)), { registrationsCloseAt: day(1.5) }));
    });
  }

  it('the académie may delete a campaign', async () => {
    await seedCampaign();
    await expectAllowed(deleteDoc(campaignRef(rules.as('admin'))));
  });

  for (const { actor, who } of actors('headA', 'lyceeL1', 'anonymous', 'forgedAdmin', 'disabledAdmin')) {
    it(`${who} may not delete a campaign`, async () => {
      await seedCampaign();
      await expectDenied(deleteDoc(campaignRef(rules.as(actor))));
    });
  }
});
