import { logger } from 'firebase-functions';
import type { MailRequest } from './shared/index.js';
import type { SkipReason } from './services/mailDelivery.js';

/**
 * One function per event of the mail pipeline and of account administration. Entries name mails
 * and accounts by id and state only: never an address, a name nor a mail's body (convocations
 * carry personal data of minors).
 */

/** A mail document was written to the outbox. */
export function mailEnqueued(mailId: string, kind: MailRequest['kind']): void {
  logger.info('mail enqueued', { mailId, kind });
}

/** A caller enqueued a mail id that already existed: the first document stands. */
export function mailAlreadyEnqueued(mailId: string): void {
  logger.info('mail already enqueued, left as is', { mailId });
}

/** This instance holds the mail's lease and is about to hand it to the SMTP server. */
export function mailClaimed(mailId: string, attempt: number): void {
  logger.info('mail claimed for sending', { mailId, attempt });
}

/** A delivery found the mail not claimable (sent, in error, leased elsewhere, deleted). */
export function mailSkipped(mailId: string, reason: SkipReason): void {
  logger.info('mail not claimed', { mailId, reason });
}

/** The mail failed the shared schema and was put in error without being sent. */
export function mailRejected(mailId: string, reason: string): void {
  logger.warn('mail rejected as invalid', { mailId, reason });
}

/** The SMTP server accepted the mail. */
export function mailSent(mailId: string, attempt: number): void {
  logger.info('mail sent', { mailId, attempt });
}

/** The SMTP server could not be reached or refused the mail; `reason` has its addresses masked. */
export function mailFailed(mailId: string, attempt: number, reason: string): void {
  logger.error('mail send failed', { mailId, attempt, reason });
}

/** A transient failure (SMTP 4xx, network): the mail is tried again after a backoff. */
export function mailRetrying(mailId: string, attempt: number, tries: number, reason: string): void {
  logger.warn('mail send failed, retrying', { mailId, attempt, tries, reason });
}

/** The convocation of an application was rebuilt; `version` is its version after the rebuild. */
export function convocationRebuilt(applicationId: string, version: number, mailId: string | null): void {
  logger.info('convocation rebuilt', { applicationId, version, mailId });
}

/** A pupil is convoked at overlapping times in two lycées: these requests now carry the warning. */
export function convocationOverlap(applicationIds: string[]): void {
  logger.warn('overlapping convocations', { applicationIds });
}

/** An académie administrator asked for a test mail. */
export function testMailRequested(mailId: string): void {
  logger.info('test mail requested', { mailId });
}

/** An académie administrator sent rows to manageAccounts; counts per outcome. */
export function accountsManaged(callerUid: string, counts: Record<string, number>): void {
  logger.info('accounts managed', { callerUid, ...counts });
}

/** Writing one account failed (`code`: the SDK's error code, never its message, which may quote an address). */
export function accountWriteFailed(row: number, uid: string | null, code: string): void {
  logger.error('account write failed', { row, uid, code });
}

/** An account was disabled (tokens revoked) or enabled again. */
export function accountDisabledSet(uid: string, disabled: boolean): void {
  logger.info(disabled ? 'account disabled, tokens revoked' : 'account enabled', { uid });
}

/** The twin trigger flagged a new pupil as a suspected duplicate, and `requests` of his requests. */
export function twinFlagged(pupilId: string, requests: number): void {
  logger.info('pupil flagged as suspected twin', { pupilId, requests });
}

/** A request became live in a domain where a suspected twin of its pupil already has one. */
export function applicationTwinFlagged(applicationId: string): void {
  logger.info('application flagged as twin request', { applicationId });
}

/** A withdrawn request left its interview slot. */
export function seatReleased(applicationId: string, slotId: string): void {
  logger.info('withdrawn application left its slot', { applicationId, slotId });
}

/** The lycée's staff were told of a withdrawal (`created`: new notifications, 0 on a replay). */
export function withdrawalNotified(applicationId: string, created: number): void {
  logger.info('withdrawal notified to the lycée', { applicationId, created });
}

/** A submitted report moved its request to `status` (reported, interviewed or absent). */
export function reportStatusSet(applicationId: string, status: string): void {
  logger.info('request status set from its report', { applicationId, status });
}
