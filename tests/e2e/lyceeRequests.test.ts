import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { COLLECTIONS, parisDate, preparationSheet, preparationSheetId } from '$shared';
import { DEMO_ACCOUNTS } from '$lib/demo/accounts';
import { readSpreadsheet } from '$lib/spreadsheet/spreadsheet';
import { db } from '../../functions/src/admin';
import { APP_URL, expectText, inspectPage, signInAs, test } from './support/browser';
import { requestsSheet } from '../../src/routes/(lycee)/lycee/demandes/requests';
import { addApplication } from './support/seeded';

/**
 * The lycée's « Demandes reçues »: the requests addressed to it, live, with the collège's avis and
 * the preparation sheets shared with it; filters, an Excel export of what is shown, and two members
 * of its staff who see each other's changes without reloading. Each test adds its own fictitious
 * pupils (a random surname), so it depends on no seeded count.
 */

const lycee = DEMO_ACCOUNTS.find((account) => account.email === 'isabelle.moreau@ac-creteil.fr')!;
const lyceeUai = lycee.uai!;
const surname = () => `Essai${randomUUID().slice(0, 6)}`;

/** « 2 lignes affichées sur 40 »: the count line, whatever the total. */
const countLine = (page: Page) => page.getByRole('status').filter({ hasText: /affichée/ });
const shownCount = async (page: Page) => Number((await countLine(page).innerText()).split(' ')[0]);

async function openRequests(page: Page): Promise<void> {
  await signInAs(page, lycee);
  // The home figure counts the list this page shows, and links to it.
  expect(await page.getByRole('link', { name: 'Demandes d’entretien reçues' }).getAttribute('href')).toBe(
    '/lycee/demandes'
  );
  await page.getByRole('link', { name: 'Demandes reçues', exact: true }).first().click();
  await page.waitForURL('/lycee/demandes');
  await page.getByRole('heading', { level: 1, name: 'Demandes d’entretien reçues' }).waitFor();
  await countLine(page).waitFor();
}

describe('the requests a lycée received', () => {
  test('are listed with the collège’s avis and shared sheet, filtered by name and avis, and exported as shown', async ({
    page
  }) => {
    const lastName = surname();
    const added = await addApplication(lyceeUai, { identity: { firstName: 'Inès', lastName, level: '3e_segpa' } });
    const [firstFormation] = added.application.formationIds;
    const sheetId = preparationSheetId(added.id, firstFormation);
    try {
      await db
        .collection(COLLECTIONS.applications)
        .doc(added.id)
        .update({ [`originAvis.${firstFormation}`]: { avis: 'favorable', comment: 'Élève très impliquée.' } });
      await db
        .collection(COLLECTIONS.preparationSheets)
        .doc(sheetId)
        .set(
          preparationSheet.parse({
            campaignId: added.application.campaignId,
            applicationId: added.id,
            formationId: firstFormation,
            collegeUai: added.application.collegeUai,
            lyceeUai,
            whatIKnow: 'On y apprend à préparer des plats.',
            jobsAndOutlets: 'Cuisinière en restaurant.',
            whyThisFormation: 'J’ai aimé mon stage.',
            questionsForInterview: 'Quels stages ?',
            sharedAt: new Date(),
            updatedAt: new Date(),
            updatedBy: added.application.createdBy
          })
        );

      await openRequests(page);
      const total = await shownCount(page);
      expect(total).toBeGreaterThanOrEqual(added.application.formationIds.length);
      await page.getByRole('table', { name: 'Demandes par formation et places en 1re année' }).waitFor();
      await inspectPage(page, 'lycee-demandes');

      // The name search narrows to the pupil's lines: one per requested formation.
      await page.getByLabel(/^Nom de l’élève/).fill(lastName.toLowerCase());
      const lines = added.application.formationIds.length;
      await expectText(
        countLine(page),
        `${lines} ligne${lines > 1 ? 's' : ''} affichée${lines > 1 ? 's' : ''} sur ${total}`
      );
      const row = page.getByRole('row').filter({ hasText: lastName }).first();
      await expectText(row.getByRole('cell').nth(1), '3e SEGPA');
      expect(await page.getByRole('row').filter({ hasText: 'Élève très impliquée.' }).count()).toBe(1);

      // The avis filter keeps the formation the collège gave its avis on.
      await page.getByLabel('Avis du collège').selectOption('favorable');
      await expectText(countLine(page), `1 ligne affichée sur ${total}`);
      await inspectPage(page, 'lycee-demandes-filtrees');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Exporter en Excel' }).click()
      ]);
      const fileName = download.suggestedFilename();
      expect(fileName).toBe(`demandes-recues-${lyceeUai}-${parisDate(new Date())}.xlsx`);
      const bytes = readFileSync((await download.path())!);
      const [sheet] = await readSpreadsheet(
        fileName,
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
      );
      expect(sheet.table[0]).toEqual(requestsSheet([], added.application.campaignId).header);
      expect(sheet.table.slice(1).map((r) => [r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9]])).toEqual([
        [
          lastName,
          'Inès',
          '3e SEGPA',
          added.application.collegeName,
          'Inscrit',
          'Favorable',
          'Élève très impliquée.',
          'Oui'
        ]
      ]);

      // The shared sheet opens on its own page, ready to print; no name in its address.
      await page.getByRole('link', { name: `Ouvrir la fiche de ${lastName} Inès` }).click();
      await page.waitForURL(`/lycee/demandes/fiche/${added.id}/${firstFormation}`);
      expect(page.url()).not.toContain(lastName);
      await page.getByRole('heading', { level: 1, name: 'Fiche d’aide à la préparation' }).waitFor();
      await page.getByText('On y apprend à préparer des plats.').waitFor();
      await page.getByRole('button', { name: 'Imprimer la fiche' }).waitFor();
      await inspectPage(page, 'lycee-fiche-preparation');
    } finally {
      await db.collection(COLLECTIONS.preparationSheets).doc(sheetId).delete();
      await added.remove();
    }
  });

  test('change live for two members of the lycée’s staff: a new request, then its withdrawal, set apart', async ({
    page,
    browser
  }) => {
    const lastName = surname();
    const colleagueContext = await browser.newContext({
      baseURL: APP_URL,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris'
    });
    const colleague = await colleagueContext.newPage();
    try {
      await openRequests(page);
      await openRequests(colleague);
      for (const staff of [page, colleague]) {
        const total = await shownCount(staff);
        await staff.getByLabel(/^Nom de l’élève/).fill(lastName);
        await expectText(countLine(staff), `0 ligne affichée sur ${total}`);
      }

      const added = await addApplication(lyceeUai, { identity: { firstName: 'Noah', lastName, level: '3e' } });
      try {
        const lines = added.application.formationIds.length;
        for (const staff of [page, colleague]) {
          await staff.getByRole('row').filter({ hasText: lastName }).first().waitFor();
          expect(await shownCount(staff)).toBe(lines);
        }

        // The collège withdraws the request: both see it move to the withdrawn requests.
        await db
          .collection(COLLECTIONS.applications)
          .doc(added.id)
          .update({ status: 'withdrawn', withdrawal: { at: new Date(), by: added.application.createdBy, reason: '' } });
        for (const staff of [page, colleague]) {
          await staff.getByRole('heading', { level: 2, name: 'Demandes retirées (' + lines + ')' }).waitFor();
          await staff.getByRole('table', { name: 'Demandes retirées' }).getByText(lastName).first().waitFor();
        }
      } finally {
        await added.remove();
      }
    } finally {
      await colleagueContext.close();
    }
  });
});
