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
import { establishmentDoc } from '../factories/establishments.js';
import { COLLEGE_A, COLLEGE_B, COLLEGE_NEW, LYCEE_L1, STAFF_UIDS } from '../factories/world.js';
import { actors, docPath, expectAllowed, expectDenied, useRulesEnvironment } from './helpers.js';

const rules = useRulesEnvironment(() => ({
  [docPath('establishments', COLLEGE_A)]: establishmentDoc(COLLEGE_A),
  [docPath('establishments', COLLEGE_B)]: establishmentDoc(COLLEGE_B),
  [docPath('establishments', LYCEE_L1)]: establishmentDoc(LYCEE_L1)
}));
const establishmentRef = (db: Firestore, uai: string) => doc(db, 'establishments', uai);

describe('establishments: lycées are public, collèges are for signed-in staff', () => {
  it('an anonymous visitor may get a lycée', async () => {
    await expectAllowed(getDoc(establishmentRef(rules.as('anonymous'), LYCEE_L1)));
  });

  it('an anonymous visitor may list the lycées', async () => {
    const lycees = query(collection(rules.as('anonymous'), 'establishments'), where('kind', '==', 'lycee'));
    await expectAllowed(getDocs(lycees));
  });

  it('an anonymous visitor may not get a collège', async () => {
    await expectDenied(getDoc(establishmentRef(rules.as('anonymous'), COLLEGE_A)));
  });

  it('an anonymous visitor may not list every établissement', async () => {
    await expectDenied(getDocs(collection(rules.as('anonymous'), 'establishments')));
  });

  for (const { actor, who } of actors('headB', 'referentA', 'lyceeL1', 'admin')) {
    it(`${who} may get collège A`, async () => {
      await expectAllowed(getDoc(establishmentRef(rules.as(actor), COLLEGE_A)));
    });
  }

  it('lycée L2 may list every établissement', async () => {
    await expectAllowed(getDocs(collection(rules.as('lyceeL2'), 'establishments')));
  });

  for (const { actor, who } of actors('forgedAdmin', 'forgedHeadA', 'disabledHeadA')) {
    it(`${who} may not get collège A`, async () => {
      await expectDenied(getDoc(establishmentRef(rules.as(actor), COLLEGE_A)));
    });
  }
});

describe('establishments: the académie writes them', () => {
  it('the académie may create an établissement', async () => {
    await expectAllowed(setDoc(establishmentRef(rules.as('admin'), COLLEGE_NEW), establishmentDoc(COLLEGE_NEW)));
  });

  for (const { actor, who } of actors('headA', 'lyceeL1', 'anonymous', 'forgedAdmin', 'disabledAdmin')) {
    it(`${who} may not create an établissement`, async () => {
      await expectDenied(setDoc(establishmentRef(rules.as(actor), COLLEGE_NEW), establishmentDoc(COLLEGE_NEW)));
    });
  }

  it('the académie may rename a collège', async () => {
    await expectAllowed(updateDoc(establishmentRef(rules.as('admin'), COLLEGE_A), { name: 'Collège Simone Veil' }));
  });

  it('the académie may delete an établissement', async () => {
    await expectAllowed(deleteDoc(establishmentRef(rules.as('admin'), COLLEGE_B)));
  });

  for (const { actor, who } of actors('headA', 'lyceeL1', 'forgedAdmin', 'disabledAdmin')) {
    it(`${who} may not delete an établissement`, async () => {
      await expectDenied(deleteDoc(establishmentRef(rules.as(actor), COLLEGE_A)));
    });
  }
});

describe('establishments: a collège head designates the referent of his or her collège', () => {
  it('the head of collège A may designate the referent of collège A', async () => {
    await expectAllowed(
      updateDoc(establishmentRef(rules.as('headA'), COLLEGE_A), { referentUid: STAFF_UIDS.referentA })
    );
  });

  it('the head of collège A may withdraw the designation of the referent', async () => {
    await rules.seed({
      [docPath('establishments', COLLEGE_A)]: establishmentDoc(COLLEGE_A, { referentUid: STAFF_UIDS.referentA })
    });
    await expectAllowed(updateDoc(establishmentRef(rules.as('headA'), COLLEGE_A), { referentUid: null }));
  });

  it('the head of collège A may not write a referent that is not a uid', async () => {
    await expectDenied(updateDoc(establishmentRef(rules.as('headA'), COLLEGE_A), { referentUid: 42 }));
  });

  it('the head of collège A may not rename the collège', async () => {
    await expectDenied(updateDoc(establishmentRef(rules.as('headA'), COLLEGE_A), { name: 'Collège Simone Veil' }));
  });

  it('the head of collège A may not change the functional mailbox along with the referent', async () => {
    await expectDenied(
      updateDoc(establishmentRef(rules.as('headA'), COLLEGE_A), {
        referentUid: STAFF_UIDS.referentA,
        functionalEmail: 'pirate@example.com'
      })
    );
  });

  for (const { actor, who } of actors('headB', 'referentA', 'lyceeL1', 'forgedHeadA', 'disabledHeadA')) {
    it(`${who} may not designate the referent of collège A`, async () => {
      await expectDenied(
        updateDoc(establishmentRef(rules.as(actor), COLLEGE_A), { referentUid: STAFF_UIDS.referentA })
      );
    });
  }

  it('the head of collège A may not delete the collège', async () => {
    await expectDenied(deleteDoc(establishmentRef(rules.as('headA'), COLLEGE_A)));
  });
});

describe('establishments: a lycée writes its practical information for families', () => {
  const info = {
    phone: '01 48 00 00 00',
    website: 'https://lycee-l1.example.fr',
    transport: 'Métro 5, arrêt Bobigny – Pablo Picasso',
    openDays: 'Samedi 14 mars, de 9 h à 13 h'
  };

  it('the staff of lycée L1 may write the phone, website, transport and open days of L1', async () => {
    await expectAllowed(updateDoc(establishmentRef(rules.as('lyceeL1'), LYCEE_L1), info));
  });

  it('the staff of lycée L2 may not write those of L1', async () => {
    await expectDenied(updateDoc(establishmentRef(rules.as('lyceeL2'), LYCEE_L1), info));
  });

  it('the staff of lycée L1 may not rename L1 along with them', async () => {
    await expectDenied(updateDoc(establishmentRef(rules.as('lyceeL1'), LYCEE_L1), { ...info, name: 'Lycée pirate' }));
  });

  it('the staff of lycée L1 may not give a website that is not https', async () => {
    await expectDenied(
      updateDoc(establishmentRef(rules.as('lyceeL1'), LYCEE_L1), { ...info, website: 'http://lycee-l1.example.fr' })
    );
  });

  it('the staff of lycée L1 may write 300 characters of transport, not 301', async () => {
    await expectAllowed(
      updateDoc(establishmentRef(rules.as('lyceeL1'), LYCEE_L1), { ...info, transport: 'a'.repeat(300) })
    );
    await expectDenied(
      updateDoc(establishmentRef(rules.as('lyceeL1'), LYCEE_L1), { ...info, transport: 'a'.repeat(301) })
    );
  });

  it('the staff of lycée L1 may not write letters as its phone number', async () => {
    await expectDenied(updateDoc(establishmentRef(rules.as('lyceeL1'), LYCEE_L1), { ...info, phone: 'appelez-nous' }));
  });
});
