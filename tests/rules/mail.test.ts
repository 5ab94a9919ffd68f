import { addDoc, collection, deleteDoc, doc, updateDoc, type Firestore } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { mailDoc } from '../factories/outbox.js';
import { actors, docPath, expectDenied, useRulesEnvironment } from './helpers.js';
import { readTests } from './readTests.js';

const MAIL_ID = 'mail-convocation-1';
const rules = useRulesEnvironment(() => ({ [docPath('mail', MAIL_ID)]: mailDoc() }));
const mailRef = (db: Firestore) => doc(db, 'mail', MAIL_ID);

describe('mail: the académie watches the outbox', () => {
  readTests(rules, {
    collection: 'mail',
    id: MAIL_ID,
    document: 'a mail',
    mayGet: ['admin'],
    mayNotGet: ['headA', 'lyceeL1', 'anonymous', 'forgedAdmin', 'disabledAdmin'],
    lists: [
      { actor: 'admin', allowed: true, what: 'the outbox' },
      { actor: 'headA', allowed: false, what: 'the outbox' }
    ]
  });
});

describe('mail: written and sent by functions only', () => {
  for (const { actor, who } of actors('admin', 'headA', 'anonymous')) {
    it(`${who} may not put a mail in the outbox`, async () => {
      await expectDenied(
        addDoc(collection(rules.as(actor), 'mail'), mailDoc({ delivery: { ...mailDoc().delivery, state: 'pending' } }))
      );
    });
  }

  it('the académie may not change the delivery state of a mail', async () => {
    await expectDenied(updateDoc(mailRef(rules.as('admin')), { 'delivery.state': 'pending' }));
  });

  it('the académie may not delete a mail', async () => {
    await expectDenied(deleteDoc(mailRef(rules.as('admin'))));
  });
});
