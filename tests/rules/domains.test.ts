import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc, type Firestore } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { domainDoc } from '../factories/catalogue.js';
import { DOMAIN_ID, OTHER_DOMAIN_ID } from '../factories/world.js';
import { actors, docPath, expectAllowed, expectDenied, useRulesEnvironment } from './helpers.js';

const rules = useRulesEnvironment(() => ({ [docPath('domains', DOMAIN_ID)]: domainDoc() }));
const domainRef = (db: Firestore, id = DOMAIN_ID) => doc(db, 'domains', id);

describe('domains: public, written by the académie’s catalogue import', () => {
  it('an anonymous visitor may get a domain', async () => {
    await expectAllowed(getDoc(domainRef(rules.as('anonymous'))));
  });

  it('an anonymous visitor may list the domains', async () => {
    await expectAllowed(getDocs(collection(rules.as('anonymous'), 'domains')));
  });

  it('the académie may create a domain', async () => {
    await expectAllowed(setDoc(domainRef(rules.as('admin'), OTHER_DOMAIN_ID), domainDoc(OTHER_DOMAIN_ID)));
  });

  it('the académie may relabel a domain', async () => {
    await expectAllowed(updateDoc(domainRef(rules.as('admin')), { label: 'Électricité, énergies' }));
  });

  it('the académie may delete a domain', async () => {
    await expectAllowed(deleteDoc(domainRef(rules.as('admin'))));
  });

  for (const { actor, who } of actors('headA', 'lyceeL1', 'anonymous', 'forgedAdmin', 'disabledAdmin')) {
    it(`${who} may not create a domain`, async () => {
      await expectDenied(setDoc(domainRef(rules.as(actor), OTHER_DOMAIN_ID), domainDoc(OTHER_DOMAIN_ID)));
    });

    it(`${who} may not relabel a domain`, async () => {
      await expectDenied(updateDoc(domainRef(rules.as(actor)), { label: 'Électricité, énergies' }));
    });

    it(`${who} may not delete a domain`, async () => {
      await expectDenied(deleteDoc(domainRef(rules.as(actor))));
    });
  }
});
