import { doc, updateDoc, type Firestore } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { establishmentDoc } from '../factories/establishments.js';
import { userProfileDoc } from '../factories/users.js';
import { COLLEGE_A, COLLEGE_B, STAFF_UIDS } from '../factories/world.js';
import { docPath, expectAllowed, expectDenied, useRulesEnvironment } from './helpers.js';

/** Accounts a head might try to designate, beside the actors' own profiles. */
const CANDIDATES = {
  referentB: 'referent-college-b',
  disabledReferentA: 'disabled-referent-college-a',
  noProfile: 'no-profile-uid'
};

const rules = useRulesEnvironment(() => ({
  [docPath('establishments', COLLEGE_A)]: establishmentDoc(COLLEGE_A),
  [docPath('users', CANDIDATES.referentB)]: userProfileDoc(CANDIDATES.referentB, 'referent', COLLEGE_B),
  [docPath('users', CANDIDATES.disabledReferentA)]: userProfileDoc(
    CANDIDATES.disabledReferentA,
    'referent',
    COLLEGE_A,
    {
      disabled: true
    }
  )
}));

const designate = (db: Firestore, referentUid: string | null) =>
  updateDoc(doc(db, 'establishments', COLLEGE_A), { referentUid });

describe('establishments: the referent a collège head designates is a référent of that collège', () => {
  it('the head of collège A may designate an enabled référent account of collège A', async () => {
    await expectAllowed(designate(rules.as('headA'), STAFF_UIDS.referentA));
  });

  it('the head of collège A may withdraw the designation', async () => {
    await expectAllowed(designate(rules.as('headA'), null));
  });

  it('the head of collège A may not designate a référent of collège B', async () => {
    await expectDenied(designate(rules.as('headA'), CANDIDATES.referentB));
  });

  it('the head of collège A may not designate a disabled référent account of collège A', async () => {
    await expectDenied(designate(rules.as('headA'), CANDIDATES.disabledReferentA));
  });

  it('the head of collège A may not designate himself or herself, who is not a référent', async () => {
    await expectDenied(designate(rules.as('headA'), STAFF_UIDS.headA));
  });

  it('the head of collège A may not designate a uid without a profile', async () => {
    await expectDenied(designate(rules.as('headA'), CANDIDATES.noProfile));
  });
});
