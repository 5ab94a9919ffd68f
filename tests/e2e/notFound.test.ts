import { describe } from 'vitest';
import { inspectPage, test } from './support/browser';

describe('an address that matches no page', () => {
  test('shows a French « page introuvable » with ways back, like the rest of the site', async ({ page }) => {
    await page.goto('/une-adresse-mal-recopiee');
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
    await page.getByRole('link', { name: 'Catalogue des formations' }).waitFor();
    await inspectPage(page, 'page-introuvable');
  });
});
