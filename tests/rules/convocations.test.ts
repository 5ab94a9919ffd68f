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
import { convocationDoc, publicConvocationDoc } from '../factories/interviews.js';
import {
  APPLICATION_A,
  APPLICATION_B,
  COLLEGE_A,
  COLLEGE_B,
  CONVOCATION_TOKEN,
  LYCEE_L1,
  LYCEE_L2
} from '../factories/world.js';
import { actors, docPath, expectAllowed, expectDenied, useRulesEnvironment, type ActorName } from './helpers.js';

const EXPIRED_TOKEN = 'Pw7cX2rN9bKq4TfZ8mLd3Vs';
// One convocation of collège A to L1, one of collège B to L2; the pupil's public view of the
// first, and an expired one.
const rules = useRulesEnvironment(() => ({
  [docPath('convocations', APPLICATION_A)]: convocationDoc(),
  [docPath('convocations', APPLICATION_B)]: convocationDoc({
    applicationId: APPLICATION_B,
    collegeUai: COLLEGE_B,
    lyceeUai: LYCEE_L2
  }),
  [docPath('publicConvocations', CONVOCATION_TOKEN)]: publicConvocationDoc(),
  [docPath('publicConvocations', EXPIRED_TOKEN)]: publicConvocationDoc(-60_000)
}));
const convocationRef = (db: Firestore, id = APPLICATION_A) => doc(db, 'convocations', id);
const publicRef = (db: Firestore, token = CONVOCATION_TOKEN) => doc(db, 'publicConvocations', token);
const convocationsWhere = (actor: ActorName, field: 'collegeUai' | 'lyceeUai', uai: string) =>
  getDocs(query(collection(rules.as(actor), 'convocations'), where(field, '==', uai)));

describe('public convocations: the pupil’s link reads one by its token until it expires', () => {
  for (const { actor, who } of actors('anonymous', 'headB', 'lyceeL2')) {
    it(`${who} may get a public convocation by its token`, async () => {
      await expectAllowed(getDoc(publicRef(rules.as(actor))));
    });
  }

  it('an anonymous visitor may not get an expired public convocation', async () => {
    await expectDenied(getDoc(publicRef(rules.as('anonymous'), EXPIRED_TOKEN)));
  });

  it('an anonymous visitor may not list the public convocations', async () => {
    await expectDenied(getDocs(collection(rules.as('anonymous'), 'publicConvocations')));
  });

  for (const { actor, who } of actors('lyceeL1', 'admin', 'anonymous')) {
    it(`${who} may not write a public convocation`, async () => {
      await expectDenied(setDoc(publicRef(rules.as(actor)), publicConvocationDoc()));
    });
  }
});

describe('convocations: the private convocation is for the collège, the lycée and the académie', () => {
  for (const { actor, who } of actors('headA', 'referentA', 'lyceeL1', 'admin')) {
    it(`${who} may get the convocation of collège A to lycée L1`, async () => {
      await expectAllowed(getDoc(convocationRef(rules.as(actor))));
    });
  }

  for (const { actor, who } of actors('anonymous', 'headB', 'lyceeL2', 'forgedLyceeL1')) {
    it(`${who} may not get the convocation of collège A to lycée L1`, async () => {
      await expectDenied(getDoc(convocationRef(rules.as(actor))));
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
      await expectDenied(setDoc(convocationRef(rules.as(actor), 'pupil-x_electricite-energie'), convocationDoc()));
    });
  }

  for (const { actor, who } of actors('headA', 'lyceeL1', 'admin', 'anonymous')) {
    it(`${who} may not cancel a convocation`, async () => {
      await expectDenied(updateDoc(convocationRef(rules.as(actor)), { state: 'cancelled' }));
    });
  }

  for (const { actor, who } of actors('lyceeL1', 'admin')) {
    it(`${who} may not delete a convocation`, async () => {
      await expectDenied(deleteDoc(convocationRef(rules.as(actor))));
    });
  }
});
