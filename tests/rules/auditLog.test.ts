import { addDoc, collection, deleteDoc, doc, getDoc, getDocs, updateDoc, type Firestore } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { auditEntryDoc } from '../factories/outbox.js';
import { actors, docPath, expectAllowed, expectDenied, useRulesEnvironment } from './helpers.js';

const ENTRY_ID = 'audit-1';
const rules = useRulesEnvironment(() => ({ [docPath('auditLog', ENTRY_ID)]: auditEntryDoc() }));
const entryRef = (db: Firestore) => doc(db, 'auditLog', ENTRY_ID);

describe('audit trail: read by the académie', () => {
  it('the académie may get an audit entry', async () => {
    await expectAllowed(getDoc(entryRef(rules.as('admin'))));
  });

  it('the académie may list the audit trail', async () => {
    await expectAllowed(getDocs(collection(rules.as('admin'), 'auditLog')));
  });

  for (const { actor, who } of actors('headA', 'lyceeL1', 'anonymous', 'forgedAdmin', 'disabledAdmin')) {
    it(`${who} may not get an audit entry`, async () => {
      await expectDenied(getDoc(entryRef(rules.as(actor))));
    });
  }

  it('lycée L1 may not list the audit trail', async () => {
    await expectDenied(getDocs(collection(rules.as('lyceeL1'), 'auditLog')));
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
