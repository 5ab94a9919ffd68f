import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ROLE_HOME, ROLE_LABELS, ROLES, type Role } from '$shared';
import { DEMO_ACCOUNTS, type DemoAccount } from '$lib/demo/accounts';
import { expectText, inspectPage, signInAs, signOut, tabTo, test } from './support/browser';
import {
  addApplicationTo,
  currentCampaign,
  establishmentName,
  homeFigures,
  phaseAndDeadline,
  type Figure
} from './support/seeded';

const figures = new Intl.NumberFormat('fr-FR');

/** The first demo account of a role: the one each role's journey signs in with. */
const demoAccountOf = (role: Role): DemoAccount => {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`No demo account has the role ${role}`);
  return account;
};

/** The tile of a home page's figure, found by its label. */
const figureTile = (page: Page, label: string) =>
  page.getByRole('listitem').filter({ has: page.getByText(label, { exact: true }) });

/** Waits until each tile shows Firestore's count (tiles read "…" until their first count arrives). */
async function expectFigures(page: Page, expected: Figure[]): Promise<void> {
  for (const { label, count } of expected) {
    await expectText(figureTile(page, label), `${figures.format(count)} ${label}`);
  }
}

describe('the sign-in page', () => {
  test('lists the demo accounts under the label of their role', async ({ page }) => {
    await page.goto('/connexion');
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();

    for (const role of ROLES) {
      const heading = page.getByRole('heading', { level: 2, name: ROLE_LABELS[role], exact: true });
      const buttons = heading.locator('xpath=following-sibling::ul[1]').getByRole('button');
      const expected = DEMO_ACCOUNTS.filter((account) => account.role === role).map((account) =>
        [`Se connecter : ${account.displayName}`, account.uai && `${account.establishmentName} (${account.uai})`]
          .filter(Boolean)
          .join('\n')
      );
      await heading.waitFor();
      expect(await buttons.allInnerTexts()).toEqual(expected);
    }

    await inspectPage(page, 'connexion');
  });

  test('can be used with the keyboard: the skip link leads to the accounts and Enter signs in', async ({ page }) => {
    const lycee = demoAccountOf('lycee');
    await page.goto('/connexion');
    const firstAccount = page.getByRole('button', { name: `Se connecter : ${DEMO_ACCOUNTS[0].displayName}` });
    await firstAccount.waitFor();

    // The skip link is the first stop of the page, and Enter takes the focus past the header.
    await tabTo(page, page.getByRole('link', { name: 'Accès direct au contenu' }), 1);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    await tabTo(page, firstAccount, 1);

    await tabTo(page, page.getByRole('button', { name: `Se connecter : ${lycee.displayName}` }), DEMO_ACCOUNTS.length);
    await page.keyboard.press('Enter');
    await page.waitForURL(ROLE_HOME.lycee);
    await page.getByRole('heading', { level: 1, name: lycee.establishmentName ?? '' }).waitFor();
  });
});

describe('each role', () => {
  for (const role of ROLES) {
    test(`« ${ROLE_LABELS[role]} » signs in with one click, sees its home with the seeded figures, the phase and the next deadline, then signs out`, async ({
      page
    }) => {
      const account = demoAccountOf(role);
      const campaign = await currentCampaign();
      const { phase, deadline } = phaseAndDeadline(campaign, new Date());

      await signInAs(page, account);

      expect(new URL(page.url()).pathname).toBe(ROLE_HOME[role]);
      const title = account.uai ? await establishmentName(account.uai) : 'Espace académique';
      await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
      if (account.uai) await page.getByText(`UAI ${account.uai}`).waitFor();
      await page.getByText(campaign.label, { exact: true }).waitFor();
      await page.getByRole('heading', { level: 2, name: phase, exact: true }).waitFor();
      await page.getByText(deadline, { exact: true }).waitFor();
      await expectFigures(page, await homeFigures(account, campaign.id));
      // The header names who is signed in, and as what.
      const header = page.getByRole('banner');
      await header.getByText(account.displayName, { exact: true }).filter({ visible: true }).waitFor();
      await header.getByText(ROLE_LABELS[role], { exact: true }).filter({ visible: true }).waitFor();

      await inspectPage(page, `accueil-${role}`);

      await signOut(page);
      await page.getByRole('button', { name: `Se connecter : ${account.displayName}` }).waitFor();
    });
  }
});

describe('the home of a lycée', () => {
  test('shows a new interview request as soon as it is made, without reloading', async ({ page }) => {
    const lycee = demoAccountOf('lycee');
    const { id: campaignId } = await currentCampaign();
    const label = 'Demandes d’entretien reçues';
    const before = (await homeFigures(lycee, campaignId)).find((figure) => figure.label === label)!;

    await signInAs(page, lycee);
    await expectFigures(page, [before]);

    const removeApplication = await addApplicationTo(lycee.uai!);
    try {
      // An établissement's counts are snapshot listeners: the new application shows with no reload.
      await expectFigures(page, [{ label, count: before.count + 1 }]);
    } finally {
      await removeApplication();
    }
  });
});

describe('a page of another role', () => {
  test('tells a lycée user who opens the collège space that access is refused', async ({ page }) => {
    const lycee = demoAccountOf('lycee');
    await signInAs(page, lycee);

    await page.goto('/college');

    await page.getByRole('heading', { level: 1, name: 'Accès refusé' }).waitFor();
    await page.getByText(`Votre profil « ${ROLE_LABELS.lycee} » ne donne pas accès à cette page.`).waitFor();
    expect(await page.title()).toBe('Accès refusé — PASSPRO');
    await inspectPage(page, 'acces-refuse');

    await page.getByRole('link', { name: 'Aller à mon espace' }).click();
    await page.waitForURL(ROLE_HOME.lycee);
  });
});
