import {
  addDoc,
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  updateDoc,
  where,
  type Firestore
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { notificationDoc } from '../factories/outbox.js';
import { ACTORS, actors, docPath, expectAllowed, expectDenied, useRulesEnvironment } from './helpers.js';

const FOR_REFERENT = 'notification-referent-a';
const FOR_DISABLED = 'notification-disabled-head-a';
const rules = useRulesEnvironment(() => ({
  [docPath('notifications', FOR_REFERENT)]: notificationDoc(),
  [docPath('notifications', FOR_DISABLED)]: notificationDoc({ recipientUid: ACTORS.disabledHeadA.uid })
}));
const notificationRef = (db: Firestore, id = FOR_REFERENT) => doc(db, 'notifications', id);
const markRead = { readAt: serverTimestamp() };

describe('notifications: the recipient reads them', () => {
  it('the referent of collège A may get his or her notification', async () => {
    await expectAllowed(getDoc(notificationRef(rules.as('referentA'))));
  });

  it('the referent of collège A may list his or her notifications', async () => {
    const mine = query(
      collection(rules.as('referentA'), 'notifications'),
      where('recipientUid', '==', ACTORS.referentA.uid)
    );
    await expectAllowed(getDocs(mine));
  });

  it('the referent of collège A may not list every notification', async () => {
    await expectDenied(getDocs(collection(rules.as('referentA'), 'notifications')));
  });

  for (const { actor, who } of actors('headA', 'admin', 'anonymous')) {
    it(`${who} may not get the notification of the referent of collège A`, async () => {
      await expectDenied(getDoc(notificationRef(rules.as(actor))));
    });
  }

  it('a disabled account may not get its own notification', async () => {
    await expectDenied(getDoc(notificationRef(rules.as('disabledHeadA'), FOR_DISABLED)));
  });
});

describe('notifications: the recipient marks them read; functions write the rest', () => {
  it('the referent of collège A may mark his or her notification read', async () => {
    await expectAllowed(updateDoc(notificationRef(rules.as('referentA')), markRead));
  });

  it('the referent of collège A may not mark it read at a time chosen by the client', async () => {
    await expectDenied(updateDoc(notificationRef(rules.as('referentA')), { readAt: new Date('2027-01-01') }));
  });

  it('the referent of collège A may not rewrite the title of his or her notification', async () => {
    await expectDenied(updateDoc(notificationRef(rules.as('referentA')), { ...markRead, title: 'Autre titre' }));
  });

  it('the referent of collège A may not hand his or her notification to someone else', async () => {
    await expectDenied(updateDoc(notificationRef(rules.as('referentA')), { recipientUid: ACTORS.headA.uid }));
  });

  for (const { actor, who } of actors('headA', 'admin')) {
    it(`${who} may not mark the referent’s notification read`, async () => {
      await expectDenied(updateDoc(notificationRef(rules.as(actor)), markRead));
    });
  }

  it('a disabled account may not mark its own notification read', async () => {
    await expectDenied(updateDoc(notificationRef(rules.as('disabledHeadA'), FOR_DISABLED), markRead));
  });

  for (const { actor, who } of actors('admin', 'referentA')) {
    it(`${who} may not create a notification`, async () => {
      await expectDenied(addDoc(collection(rules.as(actor), 'notifications'), notificationDoc()));
    });
  }

  it('the referent of collège A may not delete his or her notification', async () => {
    await expectDenied(deleteDoc(notificationRef(rules.as('referentA'))));
  });
});
