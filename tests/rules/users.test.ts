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
import { userProfileDoc } from '../factories/users.js';
import { COLLEGE_A, COLLEGE_B, LYCEE_L1 } from '../factories/world.js';
import { ACTORS, actors, expectAllowed, expectDenied, useRulesEnvironment, type SignedInActor } from './helpers.js';

// Every actor's profile is seeded before each test by useRulesEnvironment.
const rules = useRulesEnvironment();
const profileRef = (db: Firestore, owner: SignedInActor) => doc(db, 'users', ACTORS[owner].uid);
const rename = (displayName: string) => ({ displayName, updatedAt: serverTimestamp() });

describe('users: one reads one’s own profile; the académie all; a collège head his or her colleagues', () => {
  for (const { actor, who } of actors('admin', 'headA', 'referentA', 'lyceeL1', 'disabledHeadA')) {
    it(`${who} may get his or her own profile`, async () => {
      await expectAllowed(getDoc(profileRef(rules.as(actor), actor)));
    });
  }

  it('a token without a profile may look up its own missing profile', async () => {
    await expectAllowed(getDoc(profileRef(rules.as('forgedAdmin'), 'forgedAdmin')));
  });

  it('the head of collège A may get the profile of the referent of collège A', async () => {
    await expectAllowed(getDoc(profileRef(rules.as('headA'), 'referentA')));
  });

  it('the académie may get the profile of the head of collège B', async () => {
    await expectAllowed(getDoc(profileRef(rules.as('admin'), 'headB')));
  });

  const strangers = [
    { actor: 'headA', owner: 'headB', what: 'the head of collège A may not get the profile of the head of collège B' },
    { actor: 'referentA', owner: 'headA', what: 'the referent of collège A may not get the profile of the head' },
    { actor: 'lyceeL1', owner: 'lyceeL2', what: 'lycée L1 may not get the profile of lycée L2' },
    { actor: 'anonymous', owner: 'headA', what: 'an anonymous visitor may not get a profile' },
    {
      actor: 'forgedAdmin',
      owner: 'headA',
      what: 'a token claiming the académie role without a profile may not get a profile'
    },
    {
      actor: 'disabledHeadA',
      owner: 'referentA',
      what: 'a disabled head of collège A may not get the referent’s profile'
    },
    {
      actor: 'forgedHeadA',
      owner: 'referentA',
      what: 'a token claiming head of collège A over a referent profile may not get the referent’s profile'
    }
  ] as const;
  for (const { actor, owner, what } of strangers) {
    it(what, async () => {
      await expectDenied(getDoc(profileRef(rules.as(actor), owner)));
    });
  }

  it('the académie may list every profile', async () => {
    await expectAllowed(getDocs(collection(rules.as('admin'), 'users')));
  });

  it('the head of collège A may list the profiles of collège A', async () => {
    await expectAllowed(getDocs(query(collection(rules.as('headA'), 'users'), where('uai', '==', COLLEGE_A))));
  });

  it('the head of collège A may not list the profiles of collège B', async () => {
    await expectDenied(getDocs(query(collection(rules.as('headA'), 'users'), where('uai', '==', COLLEGE_B))));
  });

  it('the head of collège A may not list every profile', async () => {
    await expectDenied(getDocs(collection(rules.as('headA'), 'users')));
  });

  it('the referent of collège A may not list the profiles of collège A', async () => {
    await expectDenied(getDocs(query(collection(rules.as('referentA'), 'users'), where('uai', '==', COLLEGE_A))));
  });

  it('an anonymous visitor may not list the profiles', async () => {
    await expectDenied(getDocs(collection(rules.as('anonymous'), 'users')));
  });
});

describe('users: one edits one’s own display name; accounts, roles and UAIs are for functions', () => {
  for (const { actor, who } of actors('headA', 'referentA', 'lyceeL1', 'admin')) {
    it(`${who} may change his or her own display name`, async () => {
      await expectAllowed(updateDoc(profileRef(rules.as(actor), actor), rename('Nouveau nom')));
    });
  }

  const forgedEdits = [
    { why: 'to the académie role', edit: { role: 'academie', updatedAt: serverTimestamp() } },
    { why: 'to another UAI', edit: { uai: LYCEE_L1, updatedAt: serverTimestamp() } },
    { why: 'to a disabled state', edit: { disabled: true, updatedAt: serverTimestamp() } },
    { why: 'to another e-mail address', edit: { email: 'autre@ac-creteil.fr', updatedAt: serverTimestamp() } },
    { why: 'to an empty display name', edit: rename('') },
    { why: 'to a display name of 101 characters', edit: rename('x'.repeat(101)) },
    { why: 'to a display name that is not text', edit: { displayName: 7, updatedAt: serverTimestamp() } },
    { why: 'with an update time chosen by the client', edit: { displayName: 'Nouveau nom', updatedAt: new Date() } },
    { why: 'without an update time', edit: { displayName: 'Nouveau nom' } }
  ];
  for (const { why, edit } of forgedEdits) {
    it(`the head of collège A may not change his or her own profile ${why}`, async () => {
      await expectDenied(updateDoc(profileRef(rules.as('headA'), 'headA'), edit));
    });
  }

  it('a disabled head of collège A may not change his or her display name', async () => {
    await expectDenied(updateDoc(profileRef(rules.as('disabledHeadA'), 'disabledHeadA'), rename('Nouveau nom')));
  });

  it('a token claiming head of collège A over a referent profile may not change that profile', async () => {
    await expectDenied(updateDoc(profileRef(rules.as('forgedHeadA'), 'forgedHeadA'), rename('Nouveau nom')));
  });

  it('the head of collège A may not rename the referent of collège A', async () => {
    await expectDenied(updateDoc(profileRef(rules.as('headA'), 'referentA'), rename('Nouveau nom')));
  });

  it('the académie may not rename the head of collège A (functions do)', async () => {
    await expectDenied(updateDoc(profileRef(rules.as('admin'), 'headA'), rename('Nouveau nom')));
  });

  it('a token claiming the académie role without a profile may not create its own académie profile', async () => {
    const profile = userProfileDoc(ACTORS.forgedAdmin.uid, 'academie', null);
    await expectDenied(setDoc(profileRef(rules.as('forgedAdmin'), 'forgedAdmin'), profile));
  });

  it('the académie may not create a profile (functions do)', async () => {
    const profile = userProfileDoc('new-account', 'college_head', COLLEGE_B);
    await expectDenied(setDoc(doc(rules.as('admin'), 'users', 'new-account'), profile));
  });

  it('the head of collège A may not delete his or her own profile', async () => {
    await expectDenied(deleteDoc(profileRef(rules.as('headA'), 'headA')));
  });

  it('the académie may not delete a profile (functions do)', async () => {
    await expectDenied(deleteDoc(profileRef(rules.as('admin'), 'headA')));
  });
});
