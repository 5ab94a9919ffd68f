import { createServer } from 'node:net';
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type MailRequest } from '$shared';
import { db } from '../../functions/src/admin';
import { deliverMail } from '../../functions/src/services/deliverMail';
import { pendingDelivery } from '../../functions/src/services/mailDelivery';
import { enqueueMail } from '../../functions/src/services/outbox';
import { createSmtpTransport } from '../../functions/src/services/smtp';
import { readLocalConfig } from '../../scripts/lib/localConfig';
import { freshAddress, maildevInbox } from '../support/maildev';
import { waitForFinalDelivery } from './helpers/outbox';

const config = readLocalConfig();
const inbox = maildevInbox(config);
const outbox = db.collection(COLLECTIONS.mail);

function testRequest(to: string, subject = 'Essai du circuit des courriels'): MailRequest {
  return { kind: 'test', to: [to], subject, text: 'Bonjour,\nceci est un essai.' };
}

describe('the sendMail trigger', () => {
  it('delivers a mail enqueued in the outbox and records it as sent at the first attempt', async () => {
    const to = freshAddress();
    const mailId = await enqueueMail(testRequest(to, 'Premier envoi'));

    const delivery = await waitForFinalDelivery(outbox.doc(mailId));
    expect(delivery).toMatchObject({ state: 'sent', attempts: 1, leaseExpiresAt: null, error: null });
    expect(delivery.sentAt).toBeInstanceOf(Date);

    const [received] = await inbox.waitForMailTo(to);
    expect(received.subject).toBe('Premier envoi');
    expect(received.text).toContain('ceci est un essai');
    expect(received.from[0].address).toBe('ne-pas-repondre@ac-creteil.fr');
    expect(received.headers['message-id']).toBe(delivery.messageId);
  });

  it('treats a mail document written without a delivery record as pending and delivers it', async () => {
    const to = freshAddress();
    const ref = await outbox.add({ ...testRequest(to), createdAt: Timestamp.now() });

    expect(await waitForFinalDelivery(ref)).toMatchObject({ state: 'sent', attempts: 1 });
    expect(await inbox.waitForMailTo(to)).toHaveLength(1);
  });

  it('enqueues a mail with an explicit id only once, however many times its caller runs', async () => {
    const to = freshAddress();
    const id = `essai-${Date.now()}`;

    expect(await enqueueMail(testRequest(to, 'Première écriture'), { id })).toBe(id);
    expect(await enqueueMail(testRequest(to, 'Seconde écriture'), { id })).toBe(id);

    expect(await waitForFinalDelivery(outbox.doc(id))).toMatchObject({ state: 'sent', attempts: 1 });
    expect((await outbox.doc(id).get()).get('subject')).toBe('Première écriture');
    const received = await inbox.waitForMailTo(to);
    expect(received.map((m) => m.subject)).toEqual(['Première écriture']);
  });

  it('rejects an invalid mail document with a French reason and sends nothing', async () => {
    const to = freshAddress();
    const ref = await outbox.add({
      kind: 'test',
      to: [to, 'pas-une-adresse'],
      subject: '',
      text: 'Bonjour',
      createdAt: Timestamp.now()
    });

    const delivery = await waitForFinalDelivery(ref);
    expect(delivery).toMatchObject({ state: 'error', attempts: 0 });
    expect(delivery.error).toContain('Courriel invalide, non envoyé.');
    expect(delivery.error).toContain('« destinataire n° 2 » : adresse électronique invalide');
    expect(delivery.error).toContain('« objet » : ne doit pas être vide');
    // The rejection is decided before any send: nothing can arrive later.
    expect(await inbox.to(to)).toEqual([]);
  });

  it('sends a mail in error again once its delivery is put back to pending', async () => {
    const to = freshAddress();
    const failed = { ...pendingDelivery(), state: 'error', attempts: 1, error: "Échec de l'envoi : panne" };
    const ref = await outbox.add({ ...testRequest(to, 'Nouvel essai'), createdAt: Timestamp.now(), delivery: failed });

    await ref.update({ 'delivery.state': 'pending' });

    expect(await waitForFinalDelivery(ref)).toMatchObject({ state: 'sent', attempts: 2, error: null });
    expect(await inbox.waitForMailTo(to)).toHaveLength(1);
  });
});

describe('deliverMail', () => {
  // Outside mail/, so the deployed sendMail trigger does not race the calls under test.
  const underTest = db.collection('deliverMailUnderTest');
  const localSmtp = () =>
    createSmtpTransport({
      host: config.mailServer.host,
      port: config.mailServer.smtpPort,
      secure: false,
      from: 'PASSPRO <ne-pas-repondre@ac-creteil.fr>'
    });

  it('sends a mail once when the same event is delivered twice at the same time, and not again later', async () => {
    const to = freshAddress();
    const ref = underTest.doc();
    await ref.create({ ...testRequest(to), createdAt: Timestamp.now(), delivery: pendingDelivery() });

    const outcomes = await Promise.all([deliverMail(ref, localSmtp), deliverMail(ref, localSmtp)]);
    expect(outcomes.sort()).toEqual(['sent', 'skipped']);
    expect(await deliverMail(ref, localSmtp)).toBe('skipped');

    expect(await inbox.waitForMailTo(to)).toHaveLength(1);
    expect(await waitForFinalDelivery(ref)).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('records an error with its reason when the SMTP server cannot be reached', async () => {
    const closedPort = await freePort();
    const unreachableSmtp = () =>
      createSmtpTransport({
        host: '127.0.0.1',
        port: closedPort,
        secure: false,
        from: 'PASSPRO <ne-pas-repondre@ac-creteil.fr>'
      });
    const ref = underTest.doc();
    await ref.create({ ...testRequest(freshAddress()), createdAt: Timestamp.now(), delivery: pendingDelivery() });

    expect(await deliverMail(ref, unreachableSmtp)).toBe('failed');

    const delivery = await waitForFinalDelivery(ref);
    expect(delivery).toMatchObject({ state: 'error', attempts: 1, leaseExpiresAt: null, sentAt: null });
    expect(delivery.error).toMatch(/^Échec de l'envoi \(ESOCKET\) : .*ECONNREFUSED/);
  });
});

/** A port nothing listens on: bound by the system, then released. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
