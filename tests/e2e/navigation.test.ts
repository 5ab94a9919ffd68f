import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ROLE_HOME } from '$shared';
import { DEMO_ACCOUNTS } from '$lib/demo/accounts';
import { MAIN_MENU } from '$lib/navigation';
import { expectNoAxeViolations, inspectPage, signInAs, tabTo, test } from './support/browser';

const academie = DEMO_ACCOUNTS.find((account) => account.role === 'academie')!;
const lycee = DEMO_ACCOUNTS.find((account) => account.role === 'lycee')!;
const head = DEMO_ACCOUNTS.find((account) => account.role === 'college_head')!;

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Menu principal' });

describe('the public home', () => {
  test('is the families’ entry: the catalogue search, the procedure, the dates; the sign-in is one link away', async ({
    page
  }) => {
    await page.goto('/');
    await page
      .getByRole('heading', { level: 1, name: 'Préparer son choix de CAP ou de 2de professionnelle' })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Comment ça se passe' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Les dates de la campagne/ }).waitFor();
    expect(await page.title()).toBe('PASSPRO — entretiens d’information vers la voie professionnelle');
    const signIn = page.getByRole('banner').getByRole('link', { name: 'Espace personnels : se connecter' });
    expect(await signIn.getAttribute('href')).toBe('/connexion');
    await inspectPage(page, 'accueil-public');

    await page.getByLabel('Rechercher une formation, un métier ou une ville').fill('cuisine');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/catalogue' && url.searchParams.get('q') === 'cuisine');
  });
});

describe('the main menu', () => {
  test('lists the role’s pages, marks the current one and is used with the keyboard alone', async ({ page }) => {
    await signInAs(page, academie);
    const menu = mainMenu(page);
    expect(await menu.getByRole('link').allTextContents()).toEqual(MAIN_MENU.academie.map((link) => link.label));
    expect(await menu.getByRole('link', { name: 'Accueil' }).getAttribute('aria-current')).toBe('page');

    // From the top of the page: the skip link to the menu, then Tab to « Comptes » and Enter.
    await page.keyboard.press('Tab');
    await tabTo(page, page.getByRole('link', { name: 'Accès direct au menu' }), 2);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('navigation-principale');
    await tabTo(page, menu.getByRole('link', { name: 'Comptes' }), 3);
    await page.keyboard.press('Enter');
    await page.waitForURL('/academie/comptes');
    await page.getByRole('heading', { level: 1, name: 'Comptes des personnels' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Comptes' }).getAttribute('aria-current')).toBe('page');
    expect(await menu.getByRole('link', { name: 'Accueil' }).getAttribute('aria-current')).toBeNull();
  });

  test('opens from the « Menu » button on a phone, with the keyboard', async ({ page }) => {
    await signInAs(page, lycee);
    await page.setViewportSize({ width: 390, height: 844 });
    const button = page.getByRole('button', { name: 'Menu' });
    await button.focus();
    await page.keyboard.press('Enter');
    const catalogue = mainMenu(page).getByRole('link', { name: 'Catalogue' });
    await catalogue.waitFor({ state: 'visible' });
    await page.screenshot({ path: 'test-results/e2e/pages/menu-ouvert-mobile.png' });
    await expectNoAxeViolations(page);
    await tabTo(page, catalogue, 10);
    await page.keyboard.press('Enter');
    await page.waitForURL('/catalogue');
  });

  test('leads from a home figure to the list it counts', async ({ page }) => {
    await signInAs(page, lycee);
    const figure = page.getByRole('link', { name: 'Formations au catalogue', exact: true });
    expect(await figure.getAttribute('href')).toBe(`/catalogue?lycee=${lycee.uai}`);
    await figure.click();
    await page.waitForURL((url) => url.pathname === '/catalogue' && url.searchParams.get('lycee') === lycee.uai);
  });

  test('leads from the collège’s figures to its pupils and its requests', async ({ page }) => {
    await signInAs(page, head);
    await page.getByRole('link', { name: 'Demandes d’entretien', exact: true }).click();
    await page.waitForURL('/college/suivi');
    await page.goto(ROLE_HOME.college_head);
    await page.getByRole('link', { name: 'Élèves inscrits', exact: true }).click();
    await page.waitForURL('/college/eleves');
  });
});

describe('the académie’s list of établissements', () => {
  test('is where the home figures lead: each collège with its référent, pupils and requests; then the lycées', async ({
    page
  }) => {
    await signInAs(page, academie);
    await page.getByRole('link', { name: 'Collèges (établissements d’origine)', exact: true }).click();
    await page.waitForURL('/academie/etablissements?type=college');
    const table = page.getByRole('table', { name: 'Collèges de l’académie' });
    await table.waitFor();
    // Every row's figures are read: no « chargement » left in the table.
    await page.waitForFunction(() => !document.querySelector('table')?.textContent?.includes('chargement'));
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const demoCollege = rows.filter({ hasText: `UAI ${head.uai}` });
    const [pupils, requests] = (await demoCollege.locator('td.fr-cell--right').allTextContents()).map(Number);
    expect(pupils).toBeGreaterThan(0);
    expect(requests).toBeGreaterThan(0);
    expect(await demoCollege.locator('.fr-badge').textContent()).toBe('Désigné');
    await inspectPage(page, 'academie-etablissements');

    await page.getByLabel('Rechercher').fill(head.uai!.toLowerCase());
    expect(await rows.count()).toBe(1);

    await page.getByText('Lycées', { exact: true }).click();
    await page.waitForURL('/academie/etablissements?type=lycee');
    const lycees = page.getByRole('table', { name: 'Lycées de l’académie' });
    await lycees.getByRole('columnheader', { name: 'Demandes reçues' }).waitFor();
    expect(
      await lycees
        .locator('tbody tr')
        .filter({ hasText: `UAI ${lycee.uai}` })
        .count()
    ).toBe(1);
  });
});

describe('a deep link opened while signed out', () => {
  test('goes through the sign-in and comes back to the page asked for', async ({ page }) => {
    await page.goto('/academie/campagne');
    await page.waitForURL('/connexion');
    await page.getByRole('button', { name: `Se connecter : ${academie.displayName}` }).click();
    await page.waitForURL('/academie/campagne');
    await page.getByRole('heading', { level: 1, name: 'Calendrier de la campagne' }).waitFor();
    expect(await page.title()).toBe('Calendrier de la campagne — PASSPRO');
  });

  test('is forgotten after a sign-out: the next person starts at home', async ({ page }) => {
    await signInAs(page, academie);
    await page.goto('/academie/comptes');
    await page.getByRole('heading', { level: 1, name: 'Comptes des personnels' }).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL('/connexion');
    await page.getByRole('button', { name: `Se connecter : ${lycee.displayName}` }).click();
    await page.waitForURL(ROLE_HOME.lycee);
  });
});

describe('a page loaded directly', () => {
  test('names itself once loaded, never « Chargement »', async ({ page }) => {
    await signInAs(page, academie);
    await page.goto('/profil');
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    expect(await page.title()).toBe('Mon profil — PASSPRO');
  });
});

describe('the legal footer', () => {
  for (const { link, heading, title } of [
    {
      link: 'Accessibilité : non conforme',
      heading: 'Déclaration d’accessibilité',
      title: 'Déclaration d’accessibilité'
    },
    { link: 'Mentions légales', heading: 'Mentions légales', title: 'Mentions légales' },
    { link: 'Données personnelles', heading: 'Données personnelles', title: 'Données personnelles' }
  ]) {
    test(`links to « ${heading} » from every page`, async ({ page }) => {
      await page.goto('/catalogue');
      await page.getByRole('contentinfo').getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await page.title()).toBe(`${title} — PASSPRO`);
      await inspectPage(page, `legal-${heading}`);
    });
  }

  test('says how long pupils’ data are kept', async ({ page }) => {
    await page.goto('/donnees-personnelles');
    await page.getByText(/Trois mois après la fermeture, fin août/).waitFor();
  });
});
