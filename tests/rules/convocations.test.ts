import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  setDoc,
  updateDoc,
  where,
  type Firestore
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { convocationDoc } from '../factories/interviews.js';
import { APPLICATION_B, COLLEGE_A, COLLEGE_B, CONVOCATION_TOKEN, LYCEE_L1, LYCEE_L2 } from '../factories/world.js';
import { actors, docPath, expectAllowed, expectDenied, useRulesEnvironment, type ActorName } from './helpers.js';

const TOKEN_B = 'Pw7cX2rN9bKq4TfZ8mLd3Vs';
// One convocation of collège A to L1, one of collège B to L2.
const rules = useRulesEnvironment(() => ({
  [docPath('convocations', CONVOCATION_TOKEN)]: convocationDoc(),
  [docPath('convocations', TOKEN_B)]: convocationDoc({
    applicationId: APPLICATION_B,
    collegeUai: COLLEGE_B,
    lyceeUai: LYCEE_L2
  })
}));
const convocationRef = (db: Firestore, token = CONVOCATION_TOKEN) => doc(db, 'convocations', token);
const convocationsWhere = (actor: ActorName, field: 'collegeUai' | 'lyceeUai', uai: string) =>
  getDocs(query(collection(rules.as(actor), 'convocations'), where(field, '==', uai)));

describe('convocations: the pupil’s link reads one by its id', () => {
  for (const { actor, who } of actors('anonymous', 'headB', 'lyceeL2')) {
    it(`${who} may get a convocation by its id`, async () => {
      await expectAllowed(getDoc(convocationRef(rules.as(actor))));
    });
  }

  it('an anonymous visitor may not list the convocations', async () => {
    await expectDenied(getDocs(collection(rules.as('anonymous'), 'convocations')));
  });

  it('an anonymous visitor may not list the convocations of collège A', async () => {
    await expectDenied(convocationsWhere('anonymous', 'collegeUai', COLLEGE_A));
  });
});

describe('convocations: the collège and the lycée list theirs', () => {
  for (const { actor, who } of actors('headA', 'referentA')) {
    it(`${who} may list the convocations of collège A`, async () => {
      await expectAllowed(convocationsWhere(actor, 'collegeUai', COLLEGE_A));
    });
  }

  it('lycée L1 may list its convocations', async () => {
    await expectAllowed(convocationsWhere('lyceeL1', 'lyceeUai', LYCEE_L1));
  });

  it('the académie may list every convocation', async () => {
    await expectAllowed(getDocs(collection(rules.as('admin'), 'convocations')));
  });

  for (const { actor, who } of actors('headB', 'lyceeL1', 'forgedHeadA', 'disabledHeadA')) {
    it(`${who} may not list the convocations of collège A`, async () => {
      await expectDenied(convocationsWhere(actor, 'collegeUai', COLLEGE_A));
    });
  }

  for (const { actor, who } of actors('lyceeL2', 'headA', 'forgedLyceeL1')) {
    it(`${who} may not list the convocations of lycée L1`, async () => {
      await expectDenied(convocationsWhere(actor, 'lyceeUai', LYCEE_L1));
    });
  }

  it('the head of collège A may not list every convocation', async () => {
    await expectDenied(getDocs(collection(rules.as('headA'), 'convocations')));
  });
});

describe('convocations: issued by functions only', () => {
  for (const { actor, who } of actors('lyceeL1', 'admin', 'anonymous')) {
    it(`${who} may not issue a convocation`, async () => {
      await expectDenied(setDoc(convocationRef(rules.as(actor), 'Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss'), convocationDoc()));
    });
  }

  for (const { actor, who } of actors('headA', 'lyceeL1', 'admin', 'anonymous')) {
    it(`${who} may not cancel a convocation`, async () => {
      await expectDenied(updateDoc(convocationRef(rules.as(actor)), { cancelled: true }));
    });
  }

  for (const { actor, who } of actors('lyceeL1', 'admin')) {
    it(`${who} may not delete a convocation`, async () => {
      await expectDenied(deleteDoc(convocationRef(rules.as(actor))));
    });
  }
});
