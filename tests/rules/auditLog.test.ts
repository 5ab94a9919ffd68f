import { addDoc, collection, deleteDoc, doc, updateDoc, type Firestore } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { auditEntryDoc } from '../factories/outbox.js';
import { actors, docPath, expectDenied, useRulesEnvironment } from './helpers.js';
import { readTests } from './readTests.js';

const ENTRY_ID = 'audit-1';
const rules = useRulesEnvironment(() => ({ [docPath('auditLog', ENTRY_ID)]: auditEntryDoc() }));
const entryRef = (db: Firestore) => doc(db, 'auditLog', ENTRY_ID);

describe('audit trail: read by the académie', () => {
  readTests(rules, {
    collection: 'auditLog',
    id: ENTRY_ID,
    document: 'an audit entry',
    mayGet: ['admin'],
    mayNotGet: ['headA', 'lyceeL1', 'anonymous', 'forgedAdmin', 'disabledAdmin'],
    lists: [
      { actor: 'admin', allowed: true, what: 'the audit trail' },
      { actor: 'lyceeL1', allowed: false, what: 'the audit trail' }
    ]
  });
});

describe('audit trail: written by functions only, never rewritten', () => {
  for (const { actor, who } of actors('admin', 'headA', 'anonymous')) {
    it(`${who} may not add an audit entry`, async () => {
      await expectDenied(addDoc(collection(rules.as(actor), 'auditLog'), auditEntryDoc()));
    });
  }

  it('the académie may not rewrite an audit entry', async () => {
    await expectDenied(updateDoc(entryRef(rules.as('admin')), { action: 'account.disable' }));
  });

  it('the académie may not delete an audit entry', async () => {
    await expectDenied(deleteDoc(entryRef(rules.as('admin'))));
  });
});
