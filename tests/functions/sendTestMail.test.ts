import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '$shared';
import { db } from '../../functions/src/admin';
import { readLocalConfig } from '../../scripts/lib/localConfig';
import { LYCEE_L1 } from '../factories/world';
import { maildevInbox } from '../support/maildev';
import { createActiveTestUser, createTestUser } from '../support/testUsers';
import { waitForFinalDelivery } from './helpers/outbox';
import { webClient } from './helpers/webClient';

const config = readLocalConfig();
const inbox = maildevInbox(config);
const client = webClient(config);

afterEach(() => client.signOut());
afterAll(() => client.dispose());

describe('the sendTestMail callable', () => {
  it('refuses an anonymous caller', async () => {
    await expect(client.call('sendTestMail')).rejects.toMatchObject({ code: 'functions/unauthenticated' });
  });

  it('refuses a signed-in user who is not an académie administrator', async () => {
    // An enabled lycée profile, so that the role alone makes the refusal (a user without profile is the next test).
    const lycee = await createActiveTestUser({ role: 'lycee', uai: LYCEE_L1 });
    await client.signIn(lycee);

    const refusal = await client.call('sendTestMail').catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: 'functions/permission-denied' });
    // The web SDK appends the HTTP status to the message the function threw.
    expect((refusal as Error).message).toContain('Seul un administrateur académique peut envoyer un courriel de test.');
  });

  it('refuses académie claims whose profile is missing, as the rules do', async () => {
    const stale = await createTestUser({ role: 'academie' });
    await client.signIn(stale);

    await expect(client.call('sendTestMail')).rejects.toMatchObject({ code: 'functions/permission-denied' });
  });

  it('mails the académie administrator who asks for it at their own address, and records it in the audit log', async () => {
    const administrator = await createActiveTestUser({ role: 'academie' });
    await client.signIn(administrator);

    const { mailId } = await client.call<{ mailId: string }>('sendTestMail');

    const ref = db.collection(COLLECTIONS.mail).doc(mailId);
    expect(await waitForFinalDelivery(ref)).toMatchObject({ state: 'sent', attempts: 1 });
    expect((await ref.get()).data()).toMatchObject({ kind: 'test', to: [administrator.email] });
    const [received] = await inbox.waitForMailTo(administrator.email);
    expect(received.subject).toBe('PASSPRO : courriel de test');

    const audit = await db
      .collection(COLLECTIONS.auditLog)
      .where('target', '==', `${COLLECTIONS.mail}/${mailId}`)
      .get();
    expect(audit.docs.map((entry) => entry.data())).toMatchObject([
      { actorUid: administrator.uid, actorRole: 'academie', action: 'mail.test', campaignId: null }
    ]);
  });
});
