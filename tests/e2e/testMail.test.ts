import { describe, expect } from 'vitest';
import { DEMO_ACCOUNTS } from '$lib/demo/accounts';
import { readLocalConfig } from '../../scripts/lib/localConfig';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { maildevInbox } from '../support/maildev';
import { expectText, inspectPage, signInAs, test } from './support/browser';

const inbox = maildevInbox(readLocalConfig(REPO_ROOT));

/** From the click to « envoyé » on a loaded machine: callable, outbox trigger, SMTP, then the listener. */
const MAIL_DELIVERY_TIMEOUT_MS = 45_000;

describe('the académie’s test mail', () => {
  test('is sent when the académie clicks « Envoyer un courriel de test »: the panel follows it to « envoyé » and maildev receives it', async ({
    page
  }) => {
    const academie = DEMO_ACCOUNTS.find((account) => account.role === 'academie')!;
    const alreadyReceived = (await inbox.to(academie.email)).length;
    await signInAs(page, academie);
    const panel = page.getByRole('region', { name: 'Courriel de test', exact: true });
    const status = panel.getByRole('status');
    await status.waitFor({ state: 'attached' });

    // Every text the status region announces, in order, from the click on.
    await status.evaluate((region) => {
      const seen: string[] = [];
      (window as unknown as { statusTexts: string[] }).statusTexts = seen;
      new MutationObserver(() => {
        const text = region.textContent?.trim() ?? '';
        if (text && text !== seen.at(-1)) seen.push(text);
      }).observe(region, { childList: true, subtree: true, characterData: true });
    });
    await panel.getByRole('button', { name: 'Envoyer un courriel de test' }).click();

    // Sending goes through a Firestore trigger in the functions emulator: slower than a page update.
    await expectText(status, 'Votre courriel de test : envoyé.', MAIL_DELIVERY_TIMEOUT_MS);
    const announced = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
    expect(announced[0]).toBe('Demande d’envoi en cours…');
    // In between, only the states of the outbox, never an error.
    const deliveryState = /^Votre courriel de test : (en attente|en cours d’envoi|envoyé)\.$/;
    expect(announced.slice(1).filter((text) => !deliveryState.test(text))).toEqual([]);
    expect(announced.at(-1)).toBe('Votre courriel de test : envoyé.');

    const mails = await inbox.waitForMailTo(academie.email, alreadyReceived + 1);
    expect(mails.map((mail) => mail.subject)).toContain('PASSPRO : courriel de test');

    // The table of the latest test mails shows it, newest first.
    const newestRow = panel.getByRole('table', { name: 'Derniers courriels de test' }).getByRole('row').nth(1);
    await expectText(newestRow.getByRole('cell').nth(1), 'Envoyé');
    await expectText(newestRow.getByRole('cell').nth(2), academie.email);

    await inspectPage(page, 'academie-courriel-envoye');
  });
});
