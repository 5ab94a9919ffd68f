import { describe, expect } from 'vitest';
import { COLLECTIONS, formation, type Formation } from '$shared';
import { DEMO_ACCOUNTS } from '$lib/demo/accounts';
import { db } from '../../functions/src/admin';
import { SAMPLE_CATALOGUE } from '../fixtures';
import { expectText, inspectPage, signInAs, test } from './support/browser';
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

describe('the public catalogue', () => {
  test('filters by domain and by words typed without accents, keeps the filters in the URL, and opens a formation', async ({
    page
  }) => {
    const catalogue = await seededCatalogue();
    const domain = catalogue.find((f) => withoutAccents(f.domainLabel).includes('electricite'))!;
    const ofDomain = catalogue.filter((f) => f.domainId === domain.domainId);
    const searched = ofDomain.filter((f) => withoutAccents(f.specialty).includes('electricien'));
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

    const first = page.locator('tbody tr').first().getByRole('link');
    const specialty = await first.innerText();
    await first.click();
    await page.getByRole('heading', { level: 1, name: specialty }).waitFor();
    await page.getByRole('heading', { name: 'Ce que la formation attend' }).waitFor();
    await page.getByRole('heading', { name: 'Métiers et débouchés' }).waitFor();
    await page.getByRole('heading', { name: 'Conditions d’exercice' }).waitFor();
    await inspectPage(page, 'formation');

    await page.getByRole('link', { name: 'Retour au catalogue' }).click();
    await page.waitForURL(`/catalogue?domaine=${domain.domainId}&q=electricien`);
    await expectText(count, countLine(searched.length, catalogue.length));
  });
});

describe('the texts of a formation', () => {
  test('a lycée writes them on its formation’s page, and families read them there', async ({ page }) => {
    const lycee = DEMO_ACCOUNTS.find((account) => account.role === 'lycee')!;
    const own = (await seededCatalogue()).find((f) => f.uai === lycee.uai)!;
    const attendus = `Curiosité et goût du travail bien fait (${Date.now()}).`;

    await signInAs(page, lycee);
    await page.getByRole('link', { name: 'Nos formations au catalogue' }).click();
    await page.getByRole('link', { name: own.specialty }).first().click();
    await page.getByRole('heading', { level: 1, name: own.specialty }).waitFor();
    await page.getByLabel(/^Ce que la formation attend/).fill(attendus);
    await page.getByRole('button', { name: 'Enregistrer les textes' }).click();
    await page.getByText('Textes enregistrés : ils sont visibles dans le catalogue.').waitFor();
    await inspectPage(page, 'formation-textes-lycee');

    // Signed out, the page stays: the catalogue is public.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('link', { name: 'Retour au catalogue' }).waitFor();
    await page.reload();
    await page.getByText(attendus).waitFor();
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
