import { describe, expect } from 'vitest';
import { COLLECTIONS } from '$shared';
import { DEMO_ACCOUNTS, demoUid } from '$lib/demo/accounts';
import { auth, db } from '../../functions/src/admin';
import { expectText, inspectPage, signInAs, test } from './support/browser';

const academie = DEMO_ACCOUNTS.find((account) => account.role === 'academie')!;
const head = DEMO_ACCOUNTS.find((account) => account.role === 'college_head')!;
const referent = DEMO_ACCOUNTS.find((account) => account.role === 'referent' && account.uai === head.uai)!;

describe('staff accounts, référent designation and profile', () => {
  test('the académie creates an account, disables and re-enables it, and imports a CSV file with a per-row report', async ({
    page
  }) => {
    await signInAs(page, academie);
    await page.goto('/academie/comptes');
    const crumb = page.getByRole('navigation', { name: 'vous êtes ici :' });
    expect(await crumb.getByRole('link', { name: 'Espace académique' }).getAttribute('href')).toBe('/academie');
    const current = crumb.getByRole('link', { name: 'Comptes des personnels' });
    expect(await current.getAttribute('aria-current')).toBe('page');
    expect(await current.getAttribute('href')).toBe('/academie/comptes');

    const email = `ines.nouvelle.${Date.now()}@ac-creteil.fr`;
    await page.getByLabel('Nom et prénom').fill('Inès Nouvelle');
    await page.getByLabel(/^Adresse électronique académique/).fill(email);
    await page.getByLabel('Rôle', { exact: true }).first().selectOption('referent');
    await page.getByLabel(/^UAI de l’établissement/).fill(head.uai!);
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await page.getByText(`Compte créé (${email}).`).waitFor();

    await page.getByLabel(/^Rechercher/).fill(email);
    const list = page.getByRole('region', { name: 'Comptes des personnels' });
    expect(await list.getAttribute('tabindex')).toBe('0');
    await list.getByRole('button', { name: 'Désactiver le compte de Inès Nouvelle' }).click();
    await page.getByText('Le compte de Inès Nouvelle est désactivé.').waitFor();
    await list.getByRole('button', { name: 'Réactiver le compte de Inès Nouvelle' }).click();
    await list.getByRole('button', { name: 'Désactiver le compte de Inès Nouvelle' }).waitFor();

    // A file of another kind: the message is tied to the field.
    const upload = page.getByLabel(/^Fichier des comptes/);
    await upload.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('x') });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await expectText(page.locator('#fichier-comptes-erreur'), 'Choisissez un fichier .xlsx ou .csv.');
    expect(await upload.getAttribute('aria-describedby')).toBe('fichier-comptes-erreur');

    const csv = `Nom;Courriel;Rôle;UAI\r\nLou Import;lou.import.${Date.now()}@ac-creteil.fr;Référent;${head.uai}\r\nSans Adresse;pas-une-adresse;Référent;${head.uai}\r\n`;
    await upload.setInputFiles({ name: 'comptes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const report = page.getByRole('table', { name: 'Rapport d’import' });
    await report.waitFor();
    expect(await report.locator('tbody tr').count()).toBe(2);
    await report.getByText('pas-une-adresse').waitFor();
    expect(await upload.getAttribute('aria-describedby')).toBeNull();
    expect(await page.getByRole('region', { name: 'Rapport d’import' }).getAttribute('tabindex')).toBe('0');
    await inspectPage(page, 'academie-comptes');
  });

  test('the académie sees why a catalogue file is refused, under the file field', async ({ page }) => {
    await signInAs(page, academie);
    await page.goto('/academie/catalogue');
    const upload = page.getByLabel(/^Fichier du catalogue/);
    await upload.setInputFiles({
      name: 'catalogue.xls',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from('x')
    });
    await page.getByRole('button', { name: 'Prévisualiser l’import' }).click();
    await expectText(
      page.locator('#fichier-catalogue-erreur'),
      'Ce format n’est pas pris en charge : enregistrez le fichier au format .xlsx ou .csv.'
    );
    expect(await upload.getAttribute('aria-describedby')).toBe('fichier-catalogue-erreur');
    await inspectPage(page, 'academie-catalogue-erreur');
  });

  test('the head of a collège designates the référent, and renames himself or herself on the profile page', async ({
    page
  }) => {
    await signInAs(page, head);
    await page.goto('/college/referent');
    const save = page.getByRole('button', { name: 'Enregistrer la désignation' });
    const none = page.getByLabel('Aucun référent désigné');
    await none.waitFor();
    if (!(await none.isChecked())) {
      await page.locator('label[for="referent-aucun"]').click();
      await save.click();
      await page.getByText('Désignation retirée : le collège n’a plus de référent désigné.').waitFor();
    }
    await page.locator('label.fr-label', { hasText: referent.displayName }).click();
    await save.click();
    await page.getByText(`Désignation enregistrée : ${referent.displayName}.`).waitFor();
    await inspectPage(page, 'college-referent');

    await page.goto('/profil');
    await page.getByLabel(/^Nom affiché/).fill(`${head.displayName} (test)`);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Votre nom est enregistré.').waitFor();
    await inspectPage(page, 'profil');
    await page.getByLabel(/^Nom affiché/).fill(head.displayName);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Votre nom est enregistré.').waitFor();
  });
});

describe('an account the académie disables', () => {
  test('is signed out of the page it has open, at once', async ({ page }) => {
    const referentC = DEMO_ACCOUNTS.filter((account) => account.role === 'referent').at(-1)!;
    const uid = demoUid(referentC);
    await signInAs(page, referentC);
    await page.getByRole('heading', { level: 1 }).waitFor();
    try {
      // What setAccountDisabled does: the profile first (the rules read it), then the Auth account.
      await db.collection(COLLECTIONS.users).doc(uid).update({ disabled: true });
      await auth.updateUser(uid, { disabled: true });
      await page.waitForURL('/connexion');
    } finally {
      await auth.updateUser(uid, { disabled: false });
      await db.collection(COLLECTIONS.users).doc(uid).update({ disabled: false });
    }
  });
});
