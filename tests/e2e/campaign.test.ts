import { afterEach, describe, expect } from 'vitest';
import {
  addDays,
  campaign,
  COLLECTIONS,
  endOfParisDay,
  formatParisDate,
  lastDayBefore,
  startOfParisDay,
  type Campaign
} from '$shared';
import { DEMO_ACCOUNTS } from '$lib/demo/accounts';
import { db } from '../../functions/src/admin';
import { expectText, inspectPage, signInAs, test } from './support/browser';
import { currentCampaign } from './support/seeded';

const academie = DEMO_ACCOUNTS.find((account) => account.role === 'academie')!;
const campaignDoc = (id: string) => db.collection(COLLECTIONS.campaigns).doc(id);

let original: Campaign | null = null;
afterEach(async () => {
  // Other files read the seeded calendar: put it back as it was.
  if (original) await campaignDoc(original.id).set(original);
  original = null;
});

describe('the campaign calendar', () => {
  test('shows the current dates as Paris days and saves a new end of registrations', async ({ page }) => {
    original = await currentCampaign();
    await signInAs(page, academie);
    await page.getByRole('link', { name: 'Calendrier de la campagne' }).click();
    await page.waitForURL('/academie/campagne');

    const registrationsEnd = page.getByLabel('Fin des inscriptions');
    await expect.poll(() => registrationsEnd.inputValue()).toBe(lastDayBefore(original.registrationsCloseAt));
    await inspectPage(page, 'academie-campagne');

    const newEnd = addDays(lastDayBefore(original.registrationsCloseAt), 1);
    await registrationsEnd.fill(newEnd);
    await page.getByRole('button', { name: 'Enregistrer le calendrier' }).click();

    await expectText(page.getByRole('status'), `Calendrier de la campagne ${original.id} enregistré.`);
    const saved = campaign.parse((await campaignDoc(original.id).get()).data());
    // The last day is inclusive: the deadline is the next midnight in Paris.
    expect(saved.registrationsCloseAt).toEqual(endOfParisDay(newEnd));
    expect(saved.closesAt).toEqual(original.closesAt);
  });

  test('shows every error at once: a summary takes the focus and links to each field, marked invalid with its message', async ({
    page
  }) => {
    const before = await currentCampaign();
    await signInAs(page, academie);
    await page.goto('/academie/campagne');
    const closure = page.getByLabel('Fermeture', { exact: true });
    await expect.poll(() => closure.inputValue()).toBe(lastDayBefore(before.closesAt));

    await closure.fill(lastDayBefore(before.opensAt));
    await page.getByLabel(/^Délai de saisie/).fill('0');
    await page.getByRole('button', { name: 'Enregistrer le calendrier' }).click();

    const summary = page.locator('.fr-alert--error', { hasText: 'Le calendrier n’a pas été enregistré' });
    await summary.waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    const summarySheetsEnd = formatParisDate(startOfParisDay(lastDayBefore(before.summarySheetsCloseAt)));
    const closureMessage = `Doit tomber le ${summarySheetsEnd} ou après, date de « Fin des fiches récapitulatives ».`;
    expect(await summary.getByRole('listitem').allTextContents()).toEqual([
      `Fermeture : ${closureMessage}`,
      'Délai de saisie du compte rendu (jours) : Au moins 1 jour.'
    ]);
    expect(await closure.getAttribute('aria-invalid')).toBe('true');
    await expectText(page.locator(`#${await closure.getAttribute('aria-describedby')}`), closureMessage);
    await inspectPage(page, 'academie-campagne-erreur');

    await summary.getByRole('link', { name: /^Fermeture/ }).click();
    expect(await closure.evaluate((element) => element === document.activeElement)).toBe(true);

    // Unsaved text: leaving asks first; « Annuler » keeps the page and what was typed.
    const crumb = page
      .getByRole('navigation', { name: 'vous êtes ici :' })
      .getByRole('link', { name: 'Espace académique' });
    const question = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      })
    );
    await crumb.click();
    expect(await question).toMatch(/Vos modifications ne sont pas enregistrées/);
    expect(new URL(page.url()).pathname).toBe('/academie/campagne');
    expect(await closure.inputValue()).toBe(lastDayBefore(before.opensAt));
    page.once('dialog', (dialog) => void dialog.accept());
    await crumb.click();
    await page.waitForURL('/academie');

    expect(campaign.parse((await campaignDoc(before.id).get()).data())).toEqual(before);
  });
});
