import { afterEach, describe, expect } from 'vitest';
import { addDays, campaign, COLLECTIONS, endOfParisDay, lastDayBefore, type Campaign } from '$shared';
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

  test('refuses dates out of the procedure’s order with a French sentence, and writes nothing', async ({ page }) => {
    const before = await currentCampaign();
    await signInAs(page, academie);
    await page.goto('/academie/campagne');
    const closure = page.getByLabel('Fermeture');
    await expect.poll(() => closure.inputValue()).toBe(lastDayBefore(before.closesAt));

    await closure.fill(lastDayBefore(before.opensAt));
    await page.getByRole('button', { name: 'Enregistrer le calendrier' }).click();

    const alert = page.getByRole('alert');
    await alert.getByText('Le calendrier n’a pas été enregistré').waitFor();
    await alert.getByText(/Les dates doivent se suivre dans l’ordre de la procédure/).waitFor();
    await inspectPage(page, 'academie-campagne-erreur');
    expect(campaign.parse((await campaignDoc(before.id).get()).data())).toEqual(before);
  });
});
