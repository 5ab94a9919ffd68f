import { describe, expect } from 'vitest';
import { COLLECTIONS } from '$shared';
import { DEMO_ACCOUNTS, demoUid } from '$lib/demo/accounts';
import { auth, db } from '../../functions/src/admin';
import { expectFocused, expectText, inspectPage, signInAs, test } from './support/browser';

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
    await list.getByRole('button', { name: 'Modifier le compte de Inès Nouvelle' }).click();
    const editing = page.getByRole('heading', { level: 2, name: 'Modifier le compte de Inès Nouvelle' });
    await expectFocused(editing);
    await page.getByRole('button', { name: 'Annuler' }).click();
    // Disabling asks first, saying what it does; « Annuler » changes nothing.
    const disable = list.getByRole('button', { name: 'Désactiver le compte de Inès Nouvelle' });
    await disable.click();
    const question = page.getByRole('group', { name: 'Désactiver le compte de Inès Nouvelle ?' });
    await expectFocused(question);
    await question.getByText(/ne pourra plus se connecter à PASSPRO : l’accès s’arrête immédiatement/).waitFor();
    await inspectPage(page, 'academie-comptes-desactivation');
    await question.getByRole('button', { name: 'Annuler' }).click();
    await expectFocused(disable);
    expect((await auth.getUserByEmail(email)).disabled).toBe(false);
    await disable.click();
    await question.getByRole('button', { name: 'Confirmer la désactivation' }).click();
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

  test('the académie cannot create a second account on an existing address: the form refuses and offers to edit it', async ({
    page
  }) => {
    await signInAs(page, academie);
    await page.goto('/academie/comptes');
    await page.getByLabel('Nom et prénom').fill('Quelqu’un d’autre');
    await page.getByLabel(/^Adresse électronique académique/).fill(referent.email.toUpperCase());
    await page.getByLabel('Rôle', { exact: true }).first().selectOption('lycee');
    await page.getByLabel(/^UAI de l’établissement/).fill(head.uai!);
    await page.getByRole('button', { name: 'Créer le compte' }).click();

    const summary = page.locator('.fr-alert--error', { hasText: 'Le compte n’a pas été enregistré' });
    await summary.waitFor();
    await expectFocused(summary);
    const emailField = page.getByLabel(/^Adresse électronique académique/);
    expect(await emailField.getAttribute('aria-invalid')).toBe('true');
    await expectText(
      page.locator('#compte-courriel-erreur'),
      'Un compte existe déjà avec cette adresse : modifiez-le plutôt que d’en créer un.'
    );
    await inspectPage(page, 'academie-comptes-adresse-existante');
    const profile = await db.collection(COLLECTIONS.users).doc(demoUid(referent)).get();
    expect(profile.get('role')).toBe('referent');

    // « Modifier ce compte » opens the existing account in the form, which takes the focus.
    await page.getByRole('button', { name: 'Modifier ce compte' }).click();
    const heading = page.getByRole('heading', { level: 2, name: `Modifier le compte de ${referent.displayName}` });
    await heading.waitFor();
    await expectFocused(heading);
    expect(await page.getByLabel(/^Adresse électronique académique/).inputValue()).toBe(referent.email);
  });

  test('an empty account form shows every error at once, each under its field', async ({ page }) => {
    await signInAs(page, academie);
    await page.goto('/academie/comptes');
    await page.getByLabel(/^UAI de l’établissement/).fill('123');
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    const summary = page.locator('.fr-alert--error', { hasText: 'Le compte n’a pas été enregistré' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Nom et prénom : Ne doit pas être vide.',
      'Adresse électronique académique : Adresse électronique invalide.',
      'UAI de l’établissement : UAI invalide : 7 chiffres suivis d’une lettre attendus.'
    ]);
    await summary.getByRole('link', { name: /^UAI/ }).click();
    const uai = page.getByLabel(/^UAI de l’établissement/);
    await expectFocused(uai);
    expect(await uai.getAttribute('aria-describedby')).toBe('compte-uai-erreur');
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
