import { addDoc, collection, deleteDoc, doc, getDoc, getDocs, updateDoc, type Firestore } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { mailDoc } from '../factories/outbox.js';
import { actors, docPath, expectAllowed, expectDenied, useRulesEnvironment } from './helpers.js';

const MAIL_ID = 'mail-convocation-1';
const rules = useRulesEnvironment(() => ({ [docPath('mail', MAIL_ID)]: mailDoc() }));
const mailRef = (db: Firestore) => doc(db, 'mail', MAIL_ID);

describe('mail: the académie watches the outbox', () => {
  it('the académie may get a mail', async () => {
    await expectAllowed(getDoc(mailRef(rules.as('admin'))));
  });

  it('the académie may list the outbox', async () => {
    await expectAllowed(getDocs(collection(rules.as('admin'), 'mail')));
  });

  for (const { actor, who } of actors('headA', 'lyceeL1', 'anonymous', 'forgedAdmin', 'disabledAdmin')) {
    it(`${who} may not get a mail`, async () => {
      await expectDenied(getDoc(mailRef(rules.as(actor))));
    });
  }

  it('the head of collège A may not list the outbox', async () => {
    await expectDenied(getDocs(collection(rules.as('headA'), 'mail')));
  });
});

describe('mail: written and sent by functions only', () => {
  for (const { actor, who } of actors('admin', 'headA', 'anonymous')) {
    it(`${who} may not put a mail in the outbox`, async () => {
      await expectDenied(addDoc(collection(rules.as(actor), 'mail'), mailDoc({ delivery: { ...mailDoc().delivery, state: 'pending' } })));
    });
  }

  it('the académie may not change the delivery state of a mail', async () => {
    await expectDenied(updateDoc(mailRef(rules.as('admin')), { 'delivery.state': 'pending' }));
  });

  it('the académie may not delete a mail', async () => {
    await expectDenied(deleteDoc(mailRef(rules.as('admin'))));
  });
});
