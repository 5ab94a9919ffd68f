import { describe, expect } from 'vitest';
import { COLLECTIONS, formation, type Formation } from '$shared';
import { filterCatalogue, filtersFromParams } from '$lib/catalogue/filters';
import { indexCatalogue, searchCatalogue } from '$lib/catalogue/search';
import { DEMO_ACCOUNTS } from '$lib/demo/accounts';
import { db } from '../../functions/src/admin';
import { SAMPLE_CATALOGUE } from '../fixtures';
import { expectText, inspectPage, signInAs, tabTo, test } from './support/browser';
import { currentCampaign } from './support/seeded';

/**
 * The public catalogue in Chromium: a family filters it and opens a formation; a lycée writes the
 * texts of one of its formations; the académie imports the sample file. What the pages must show
 * is read from the emulators, so the tests follow the seed.
 */

const withoutAccents = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The formations of the current campaign, as Firestore holds them now. */
async function seededCatalogue(): Promise<(Formation & { id: string })[]> {
  const { id } = await currentCampaign();
  const snapshot = await db.collection(COLLECTIONS.formations).where('campaignId', '==', id).get();
  return snapshot.docs.map((doc) => ({ ...formation.parse(doc.data()), id: doc.id }));
}

const countLine = (count: number, total: number) => `${count} formation${count > 1 ? 's' : ''} sur ${total}`;

/** What the catalogue page must list for a URL query: the app's own search, run here on the emulators' data. */
function expectedResults(catalogue: (Formation & { id: string })[], query: string) {
  const filters = filtersFromParams(new URLSearchParams(query));
  const found = filters.q ? searchCatalogue(indexCatalogue(catalogue), filters.q).ids : null;
  return filterCatalogue(catalogue, filters, found);
}

/** True when the page is no wider than the window: nothing to scroll sideways. */
const fitsWidth = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the public catalogue', () => {
  test('filters by domain and by words typed without accents, keeps the filters in the URL, and opens a formation', async ({
    page
  }) => {
    const catalogue = await seededCatalogue();
    const domain = catalogue.find((f) => withoutAccents(f.domainLabel).includes('electricite'))!;
    const ofDomain = catalogue.filter((f) => f.domainId === domain.domainId);
    const searched = expectedResults(catalogue, `domaine=${domain.domainId}&q=electricien`);
    expect(searched.length).toBeGreaterThan(0);

    await page.goto('/catalogue');
    const count = page.locator('#resultats');
    await expectText(count, countLine(catalogue.length, catalogue.length));

    await page.getByLabel('Domaine professionnel').selectOption(domain.domainId);
    await expectText(count, countLine(ofDomain.length, catalogue.length));
    expect(await page.getByLabel('Domaine professionnel').locator('option:checked').innerText()).toBe(
      `${domain.domainLabel} (${ofDomain.length})`
    );

    await page.getByLabel(/^Rechercher/).fill('electricien');
    await expectText(count, countLine(searched.length, catalogue.length));
    await page.waitForURL(`/catalogue?domaine=${domain.domainId}&q=electricien`);

    // The link a référent would send brings the same list back.
    await page.reload();
    await expectText(count, countLine(searched.length, catalogue.length));
    expect(await page.getByLabel(/^Rechercher/).inputValue()).toBe('electricien');
    await inspectPage(page, 'catalogue-filtre');

    const first = page.locator('.fr-card__title a').first();
    expect(await first.innerText()).toBe(searched[0].specialty);
    await first.click();
    await page.getByRole('heading', { level: 1, name: searched[0].specialty }).waitFor();
    await page.getByText(`${searched[0].capacity} places en 1re année`).waitFor();
    await inspectPage(page, 'formation');

    await page.getByRole('link', { name: 'Retour au catalogue' }).click();
    await page.waitForURL(`/catalogue?domaine=${domain.domainId}&q=electricien`);
    await expectText(count, countLine(searched.length, catalogue.length));
  });
});

describe('the export of the catalogue', () => {
  test('is named after what was filtered', async ({ page }) => {
    const { id: campaignId } = await currentCampaign();
    await page.goto('/catalogue?departement=93&q=vente');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter en Excel' }).click()
    ]);
    expect(download.suggestedFilename()).toBe(`catalogue-passpro-${campaignId}-93-vente.xlsx`);
  });
});

describe('the catalogue on a phone', () => {
  test('a family types « cuisine bobigny », presses Enter, and opens the nearest CAP cuisine: where, when and how', async ({
    page
  }) => {
    const catalogue = await seededCatalogue();
    const [nearest] = expectedResults(catalogue, 'q=cuisine bobigny');
    expect(nearest.diploma).toBe('CAP');
    const lycee = (await db.collection(COLLECTIONS.establishments).doc(nearest.uai).get()).data()!;
    await page.setViewportSize({ width: 390, height: 844 });

    await page.goto('/catalogue');
    // The filters fold behind one button, so that the results come first.
    await page.getByRole('button', { name: 'Filtrer (0)' }).waitFor();
    expect(await page.getByLabel('Domaine professionnel').isVisible()).toBe(false);
    await page.getByLabel(/^Rechercher/).fill('cuisine bobigny');
    await page.keyboard.press('Enter');
    await page.waitForURL('/catalogue?q=cuisine+bobigny');
    await page.waitForFunction(() => document.activeElement?.id === 'resultats');
    await page.getByText('Aucune formation trouvée à Bobigny : voici les plus proches.').waitFor();
    expect(await page.locator('.fr-card__title a').first().innerText()).toBe(nearest.specialty);
    expect(await fitsWidth(page)).toBe(true);
    await inspectPage(page, 'catalogue-telephone-cuisine-bobigny');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Filtrer (0)' }).click();
    await page.getByLabel('Diplôme', { exact: true }).selectOption('CAP');
    await page.getByRole('button', { name: 'Filtrer (1)' }).waitFor();

    await page.locator('.fr-card__title a').first().click();
    await page.getByRole('heading', { level: 1, name: nearest.specialty }).waitFor();
    await page.getByText(lycee.address).waitFor();
    await page.getByRole('link', { name: 'Voir sur une carte (OpenStreetMap)' }).waitFor();
    await page.getByText(`${nearest.capacity} places en 1re année`).waitFor();
    await page.getByText(/^Pour obtenir un entretien, demandez au référent PASSPRO de votre collège/).waitFor();
    if (lycee.transport) await page.getByText(lycee.transport).waitFor();
    expect(await page.getByText(/\bUAI\b/).count()).toBe(0);
    expect(await fitsWidth(page)).toBe(true);
    await inspectPage(page, 'formation-telephone');
  });

  test('at 200 % zoom (640 px wide) the catalogue fits the window', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto('/catalogue?q=vente');
    await page.locator('.fr-card__title a').first().waitFor();
    expect(await fitsWidth(page)).toBe(true);
  });
});

describe('the catalogue with the keyboard only', () => {
  test('search, Enter, then Tab to the first result and Enter opens it; a word matching nothing can be dropped', async ({
    page
  }) => {
    const catalogue = await seededCatalogue();
    const [first] = expectedResults(catalogue, 'q=cuisine');
    await page.goto('/catalogue');
    const field = page.getByLabel(/^Rechercher/);
    await tabTo(page, field);
    await page.keyboard.type('cuisine xylophone');
    await page.keyboard.press('Enter');
    await page.getByText('Aucune formation ne correspond à « xylophone ».').waitFor();
    const drop = page.getByRole('button', { name: 'Chercher sans « xylophone »' });
    await tabTo(page, drop);
    await page.keyboard.press('Enter');
    await page.waitForURL('/catalogue?q=cuisine');
    expect(await field.inputValue()).toBe('cuisine');

    const link = page.locator('.fr-card__title a').first();
    await expectText(link, first.specialty);
    await tabTo(page, link, 60);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: first.specialty }).waitFor();
  });
});

describe('the texts of a formation', () => {
  test('a lycée writes them on its formation’s page, and families read them there', async ({ page }) => {
    const lycee = DEMO_ACCOUNTS.find((account) => account.role === 'lycee')!;
    const own = (await seededCatalogue()).find((f) => f.uai === lycee.uai)!;
    const attendus = `Curiosité et goût du travail bien fait (${Date.now()}).`;

    const transport = `Bus 146, arrêt Lycée (${Date.now()}).`;
    const withoutTexts = (await seededCatalogue()).filter(
      (f) => f.uai === lycee.uai && !f.texts.attendus && !f.texts.metiers && !f.texts.conditions
    );

    await signInAs(page, lycee);
    // Its home lists the formations families find no text on.
    if (withoutTexts.length > 0) {
      await page
        .getByRole('heading', { name: new RegExp(`^${withoutTexts.length} formations? sans présentation$`) })
        .waitFor();
    }
    await page.getByRole('link', { name: 'Nos formations au catalogue' }).click();
    await page.getByRole('link', { name: own.specialty }).first().click();
    await page.getByRole('heading', { level: 1, name: own.specialty }).waitFor();
    await page.getByLabel(/^Ce que la formation attend/).fill(attendus);
    await page.getByRole('button', { name: 'Enregistrer les textes' }).click();
    await page.getByText('Textes enregistrés : ils sont visibles dans le catalogue.').waitFor();
    await page.getByLabel(/^Comment venir/).fill(transport);
    await page.getByLabel(/^Site internet/).fill('http://lycee.example.fr');
    await page.getByRole('button', { name: 'Enregistrer les informations pratiques' }).click();
    await page.getByText('Site internet : adresse de site commençant par https:// attendue.').waitFor();
    await page.getByLabel(/^Site internet/).fill('https://lycee.example.fr');
    await page.getByRole('button', { name: 'Enregistrer les informations pratiques' }).click();
    await page
      .getByText('Informations pratiques enregistrées : elles figurent sur les pages de vos formations.')
      .waitFor();
    await inspectPage(page, 'formation-textes-lycee');

    // Signed out, the page stays: the catalogue is public.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('link', { name: 'Retour au catalogue' }).waitFor();
    await page.reload();
    await page.getByText(attendus).waitFor();
    await page.getByText(transport).waitFor();
    await page.getByRole('link', { name: 'Site du lycée' }).waitFor();
    expect(await page.getByRole('button', { name: 'Enregistrer les textes' }).count()).toBe(0);
  });
});

describe('the import of the catalogue', () => {
  test('the académie previews the sample file, confirms, and finds its formations in the catalogue', async ({
    page
  }) => {
    const before = (await seededCatalogue()).length;
    await signInAs(
      page,
      DEMO_ACCOUNTS.find((account) => account.role === 'academie')!
    );
    await page.getByRole('link', { name: 'Importer le catalogue PASSPRO' }).click();
    await page.getByLabel(/^Fichier du catalogue/).setInputFiles(SAMPLE_CATALOGUE);
    await page.getByRole('button', { name: 'Prévisualiser l’import' }).click();
    await page.getByRole('heading', { name: 'Aperçu de l’import' }).waitFor();
    await page.getByText('177 lignes de formation lues').waitFor();
    await page.getByText('Formations : 177 à créer, 0 à mettre à jour, 0 inchangée.').waitFor();
    await inspectPage(page, 'import-catalogue-apercu');

    await page.getByRole('button', { name: 'Importer le catalogue' }).click();
    await page.getByRole('heading', { name: 'Catalogue importé' }).waitFor();
    await page.getByText('Formations : 177 créées, 0 mise à jour, 0 inchangée.').waitFor();
    expect((await seededCatalogue()).length).toBe(before + 177);

    await page.getByRole('link', { name: 'Voir le catalogue' }).click();
    await expectText(page.locator('#resultats'), countLine(before + 177, before + 177));
  });
});
