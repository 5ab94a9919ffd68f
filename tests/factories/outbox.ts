import {
  auditEntry,
  mailDocument,
  notification,
  type AuditEntry,
  type MailDocument,
  type Notification
} from '../../functions/src/shared/index.js';
import { CAMPAIGN_ID, COLLEGE_A, STAFF_UIDS } from './world.js';

// What functions write for people to read: mail, notifications, the audit trail.

/** mail/{id}: a convocation mail to collège A's functional mailbox, already sent. */
export function mailDoc(overrides: Partial<MailDocument> = {}): MailDocument {
  return mailDocument.parse({
    kind: 'convocation',
    to: [`ce.${COLLEGE_A.toLowerCase()}@ac-creteil.fr`],
    subject: 'PASSPRO : convocation à un entretien',
    text: 'Une convocation est disponible dans PASSPRO.',
    createdAt: new Date('2027-05-02T08:00:00+02:00'),
    delivery: {
      state: 'sent',
      attempts: 1,
      leaseExpiresAt: null,
      sentAt: new Date('2027-05-02T08:00:05+02:00'),
      messageId: '<convocation-1@passpro.test>',
      error: null
    },
    ...overrides
  });
}

/** notifications/{id}: an unread notice for the referent of collège A by default. */
export function notificationDoc(overrides: Partial<Notification> = {}): Notification {
  return notification.parse({
    recipientUid: STAFF_UIDS.referentA,
    kind: 'convocation',
    title: 'Nouvelle convocation',
    body: 'Un élève de votre collège est convoqué à un entretien.',
    link: '/college/convocations',
    createdAt: new Date('2027-05-02T08:00:00+02:00'),
    readAt: null,
    ...overrides
  });
}

/** auditLog/{id}: the académie creating an account. */
export function auditEntryDoc(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return auditEntry.parse({
    at: new Date('2027-01-15T09:00:00Z'),
    actorUid: STAFF_UIDS.admin,
    actorRole: 'academie',
    action: 'account.create',
    target: `users/${STAFF_UIDS.headA}`,
    campaignId: CAMPAIGN_ID,
    details: { role: 'college_head' },
    ...overrides
  });
}
