import { describe, expect, it } from 'vitest';
import type { MailDelivery } from '../shared/index.js';
import {
  decideClaim,
  describeSendError,
  failedDelivery,
  isDeliveryRequest,
  isTransientSendError,
  LEASE_MS,
  MAX_SEND_TRIES,
  pendingDelivery,
  planDelivery,
  retryDelayMs,
  SEND_TIMEOUT_SECONDS,
  sendWithRetries,
  sentDelivery
} from './mailDelivery.js';

const now = new Date('2026-03-02T09:00:00Z');
const inOneMinute = new Date(now.getTime() + 60_000);
const oneMinuteAgo = new Date(now.getTime() - 60_000);

const validMail = {
  kind: 'test',
  to: ['Principal@Example.test'],
  subject: ' Essai ',
  text: 'Bonjour',
  createdAt: oneMinuteAgo
};

function delivery(overrides: Partial<MailDelivery>): MailDelivery {
  return { ...pendingDelivery(), ...overrides };
}

describe('decideClaim', () => {
  it('claims a pending mail', () => {
    expect(decideClaim(pendingDelivery(), now)).toEqual({ claim: true });
  });

  it('leaves a mail whose lease is still running to the instance holding it', () => {
    expect(decideClaim(delivery({ state: 'processing', attempts: 1, leaseExpiresAt: inOneMinute }), now)).toEqual({
      claim: false,
      reason: 'leased'
    });
  });

  it('takes over a mail whose lease has expired, its holder being dead', () => {
    expect(decideClaim(delivery({ state: 'processing', attempts: 1, leaseExpiresAt: oneMinuteAgo }), now)).toEqual({
      claim: true
    });
  });

  it('never claims a sent mail again', () => {
    expect(decideClaim(delivery({ state: 'sent', attempts: 1, sentAt: oneMinuteAgo }), now)).toEqual({
      claim: false,
      reason: 'sent'
    });
  });

  it('does not retry a mail in error on its own', () => {
    expect(decideClaim(delivery({ state: 'error', attempts: 1, error: 'x' }), now)).toEqual({
      claim: false,
      reason: 'error'
    });
  });
});

describe('planDelivery', () => {
  it('skips a deleted mail', () => {
    expect(planDelivery(undefined, now)).toEqual({ action: 'skip', reason: 'missing' });
  });

  it('treats a mail written without a delivery record as pending and claims it with a lease', () => {
    const plan = planDelivery(validMail, now);
    expect(plan.action).toBe('send');
    if (plan.action !== 'send') return;
    expect(plan.delivery).toEqual({
      state: 'processing',
      attempts: 1,
      leaseExpiresAt: new Date(now.getTime() + LEASE_MS),
      sentAt: null,
      messageId: null,
      error: null
    });
    expect(plan.mail.to).toEqual(['principal@example.test']);
    expect(plan.mail.subject).toBe('Essai');
  });

  it('counts a retried mail as a further attempt', () => {
    const plan = planDelivery({ ...validMail, delivery: delivery({ attempts: 1, error: 'panne' }) }, now);
    expect(plan.action === 'send' && plan.delivery).toMatchObject({ state: 'processing', attempts: 2, error: null });
  });

  it('skips a mail another instance is sending', () => {
    const leased = delivery({ state: 'processing', attempts: 1, leaseExpiresAt: inOneMinute });
    expect(planDelivery({ ...validMail, delivery: leased }, now)).toEqual({ action: 'skip', reason: 'leased' });
  });

  it('rejects an invalid mail with a French reason naming the faulty fields, without counting an attempt', () => {
    const plan = planDelivery({ ...validMail, to: ['pas-une-adresse'], subject: '' }, now);
    expect(plan.action).toBe('reject');
    if (plan.action !== 'reject') return;
    expect(plan.reason).toContain('Courriel invalide');
    expect(plan.reason).toContain('« destinataire n° 1 » : adresse électronique invalide');
    expect(plan.reason).toContain('« objet » : ne doit pas être vide');
    expect(plan.delivery).toMatchObject({ state: 'error', attempts: 0, error: plan.reason });
  });

  it('rejects a mail whose delivery record cannot be read', () => {
    const plan = planDelivery({ ...validMail, delivery: { state: 'envoyé' } }, now);
    expect(plan.action).toBe('reject');
    if (plan.action !== 'reject') return;
    expect(plan.reason).toMatch(/^Suivi d'envoi illisible/);
    expect(plan.delivery.state).toBe('error');
  });

  it('does not reject again a mail already in error', () => {
    const failed = delivery({ state: 'error', error: 'Courriel invalide' });
    expect(planDelivery({ ...validMail, to: [], delivery: failed }, now)).toEqual({ action: 'skip', reason: 'error' });
  });
});

describe('sentDelivery and failedDelivery', () => {
  const claimed = delivery({ state: 'processing', attempts: 1, leaseExpiresAt: inOneMinute });

  it('records a sent mail with its message id and releases the lease', () => {
    expect(sentDelivery(claimed, '<id@ac-creteil.fr>', now)).toEqual({
      state: 'sent',
      attempts: 1,
      leaseExpiresAt: null,
      sentAt: now,
      messageId: '<id@ac-creteil.fr>',
      error: null
    });
  });

  it('records a failed send with its reason and releases the lease', () => {
    expect(failedDelivery(claimed, 'panne')).toMatchObject({
      state: 'error',
      attempts: 1,
      leaseExpiresAt: null,
      error: 'panne'
    });
  });
});

describe('isDeliveryRequest', () => {
  const pending = { delivery: pendingDelivery() };
  const processing = { delivery: delivery({ state: 'processing' }) };
  const failed = { delivery: delivery({ state: 'error' }) };
  const sent = { delivery: delivery({ state: 'sent' }) };

  it('asks for a delivery when a mail is created, with or without a delivery record', () => {
    expect(isDeliveryRequest(undefined, pending)).toBe(true);
    expect(isDeliveryRequest(undefined, {})).toBe(true);
  });

  it('asks for a delivery when a mail in error is put back to pending', () => {
    expect(isDeliveryRequest(failed, pending)).toBe(true);
  });

  it("ignores the trigger's own writes and deletions", () => {
    expect(isDeliveryRequest(pending, processing)).toBe(false);
    expect(isDeliveryRequest(processing, sent)).toBe(false);
    expect(isDeliveryRequest(processing, failed)).toBe(false);
    expect(isDeliveryRequest(sent, undefined)).toBe(false);
  });
});

describe('describeSendError', () => {
  it('keeps the error code and message', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ESOCKET' });
    expect(describeSendError(error)).toBe("Échec de l'envoi (ESOCKET) : connect ECONNREFUSED 127.0.0.1:1");
  });

  it('masks the e-mail addresses an SMTP server quotes', () => {
    const error = new Error('550 5.1.1 <eleve.dupont@example.test>: Recipient address rejected');
    expect(describeSendError(error)).toBe(
      "Échec de l'envoi : 550 5.1.1 <[adresse masquée]>: Recipient address rejected"
    );
  });

  it('bounds the length of the reason', () => {
    expect(describeSendError(new Error('x'.repeat(2000))).length).toBe(500);
  });
});

describe('lease', () => {
  it('outlasts the trigger timeout, so an expired lease means a dead holder', () => {
    expect(LEASE_MS).toBeGreaterThan(SEND_TIMEOUT_SECONDS * 1000);
  });
});

describe('retries of transient send failures', () => {
  const smtpError = (responseCode: number) => Object.assign(new Error(`${responseCode} try later`), { responseCode });
  const networkError = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' });

  it('tells a transient failure (4xx, network) from a permanent one (5xx, authentication)', () => {
    expect(isTransientSendError(smtpError(421))).toBe(true);
    expect(isTransientSendError(smtpError(451))).toBe(true);
    expect(isTransientSendError(networkError)).toBe(true);
    expect(isTransientSendError(smtpError(550))).toBe(false);
    expect(isTransientSendError(Object.assign(new Error('bad login'), { code: 'EAUTH', responseCode: 535 }))).toBe(
      false
    );
    expect(isTransientSendError(new Error('no code'))).toBe(false);
  });

  it('retries a transient failure with growing waits and succeeds', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await sendWithRetries(
      async () => {
        calls += 1;
        if (calls < 3) throw smtpError(451);
        return 'id-1';
      },
      async () => undefined,
      async (ms) => void waits.push(ms)
    );
    expect(result).toEqual({ ok: true, value: 'id-1', tries: 3 });
    expect(waits).toEqual([retryDelayMs(1), retryDelayMs(2)]);
    expect(retryDelayMs(2)).toBeGreaterThan(retryDelayMs(1));
  });

  it('stops at once on a permanent failure, and after MAX_SEND_TRIES on transient ones', async () => {
    const noWait = async () => undefined;
    const permanent = await sendWithRetries(() => Promise.reject(smtpError(550)), noWait, noWait);
    expect(permanent).toMatchObject({ ok: false, tries: 1 });
    const retried: number[] = [];
    const transient = await sendWithRetries(
      () => Promise.reject(networkError),
      async (tries) => void retried.push(tries),
      noWait
    );
    expect(transient).toMatchObject({ ok: false, tries: MAX_SEND_TRIES });
    expect(retried).toEqual([1, 2]);
  });
});
