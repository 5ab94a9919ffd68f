import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { addDays, COLLECTIONS, convocation, parisDate } from '$shared';
import { DEMO_ACCOUNTS } from '$lib/demo/accounts';
import { db } from '../../functions/src/admin';
import { readLocalConfig } from '../../scripts/lib/localConfig';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { maildevInbox } from '../support/maildev';
import { waitFor } from '../support/waitFor';
import { APP_URL, expectText, inspectPage, signInAs, test } from './support/browser';
import { addApplication } from './support/seeded';

const inbox = maildevInbox(readLocalConfig(REPO_ROOT));
/** Trigger, outbox, SMTP on a loaded machine. */
const MAIL_TIMEOUT_MS = 60_000;
/** The pupil's page budget (issue 10): its JavaScript, gzip, at most 60 kB. */
const PUPIL_PAGE_JS_BUDGET = 60 * 1024;

const lycee = DEMO_ACCOUNTS.find((account) => account.role === 'lycee')!;
const referent = DEMO_ACCOUNTS.find((account) => account.role === 'referent')!;

/** The next day that is neither a Saturday nor a Sunday, as a Paris date (YYYY-MM-DD). */
function nextSchoolDay(from: Date): string {
  let day = addDays(parisDate(from), 1);
  const weekend = (isoDate: string) => [0, 6].includes(new Date(`${isoDate}T12:00:00Z`).getUTCDay());
  while (weekend(day)) day = addDays(day, 1);
  return day;
}

/** Fills the planning's slot form; the domain decides the format (individual here: no capacity field). */
async function fillSlot(
  page: Page,
  slot: { date: string; start: string; end: string; domainId: string; mode: string; place: string; link?: string }
) {
  await page.getByLabel(/^Date/).fill(slot.date);
  await page.getByLabel(/^Début/).fill(slot.start);
  await page.getByLabel(/^Fin/).fill(slot.end);
  await page.getByLabel(/^Domaine/).selectOption(slot.domainId);
  await page.getByLabel(/^Mode/).selectOption(slot.mode);
  await page.getByLabel(/^Lieu/).fill(slot.place);
  if (slot.link !== undefined) await page.getByLabel(/^Lien de visioconférence/).fill(slot.link);
  await page.getByRole('button', { name: 'Enregistrer le créneau' }).click();
}

describe('convocations: the lycée plans, the collège follows live, the pupil opens his link', () => {
  test('slot refused then created, pupil convoked → collège sees « Convoqué » live, mail with .ics to mailbox and référent, pupil page, report → collège sees it', async ({
    page,
    browser
  }) => {
    const college = { uai: referent.uai!, name: referent.establishmentName! };
    const added = await addApplication(lycee.uai!, { college, format: 'individuel' });
    const requestRef = db.collection(COLLECTIONS.applications).doc(added.id);
    const { domainId } = added.application;
    const slotsOfLycee = () => db.collection(COLLECTIONS.interviewSlots).where('lyceeUai', '==', lycee.uai).get();
    const slotCount = (await slotsOfLycee()).size;

    // The collège's référent, in a browser of his own, follows the request from before its convocation.
    const collegeContext = await browser.newContext({ baseURL: APP_URL, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    const collegePage = await collegeContext.newPage();
    try {
      await signInAs(collegePage, referent);
      await collegePage.goto('/college/suivi');
      const row = collegePage.getByRole('table', { name: 'Demandes du collège' }).getByRole('row', {
        name: /Essai Camille/
      });
      await row.getByText('En attente de convocation').waitFor();

      // The lycée plans a slot: bad input is refused in French and writes nothing.
      await signInAs(page, lycee);
      await page.goto('/lycee/planning');
      await page.getByRole('heading', { level: 1, name: 'Planning des entretiens' }).waitFor();
      await page.getByRole('button', { name: 'Nouveau créneau' }).click();
      const day = nextSchoolDay(new Date());
      const slot = { date: day, domainId, mode: 'presentiel', place: 'Salle E2E' };
      await fillSlot(page, { ...slot, start: '10:30', end: '10:00' });
      await page.getByRole('link', { name: /^Fin : / }).waitFor();
      await fillSlot(page, { ...slot, start: '10:00', end: '10:30', mode: 'distanciel', link: 'javascript:alert(1)' });
      await page.getByRole('link', { name: /^Lien de visioconférence : / }).waitFor();
      await inspectPage(page, 'lycee-creneau-refuse');
      expect((await slotsOfLycee()).size).toBe(slotCount);
      await fillSlot(page, { ...slot, start: '10:00', end: '10:30' });
      await page
        .locator('.fr-alert--success')
        .getByText(/^Créneau du .* enregistré\.$/)
        .waitFor();
      expect((await slotsOfLycee()).size).toBe(slotCount + 1);

      // The keyboard path: choose the slot for the pupil, then « Convoquer ».
      const select = page.getByLabel('Créneau pour Camille Essai');
      const option = select.locator('option', { hasText: 'Salle E2E' }).first();
      await option.waitFor({ state: 'attached' });
      await select.selectOption({ label: (await option.textContent())! });
      await inspectPage(page, 'lycee-planning');
      await page.getByRole('button', { name: 'Convoquer Camille Essai' }).click();
      await expectText(
        page.locator('.fr-alert--success p'),
        'Camille Essai est convoqué(e) : le collège reçoit la convocation par courriel.'
      );

      // The collège's page changes without a reload.
      await row.getByText('Convoqué', { exact: true }).waitFor({ timeout: MAIL_TIMEOUT_MS });
      await row.getByText(/Salle E2E/).waitFor({ timeout: MAIL_TIMEOUT_MS });
      await inspectPage(collegePage, 'college-suivi-convoque');

      const request = await requestRef.get();
      const issued = convocation.parse(
        (
          await waitFor(
            () => db.doc(`${COLLECTIONS.convocations}/${request.id}`).get(),
            (s) => s.exists,
            { what: 'the convocation', timeoutMs: MAIL_TIMEOUT_MS }
          )
        ).data()
      );
      expect(request.get('status')).toBe('convoked');
      expect(issued).toMatchObject({ collegeUai: college.uai, state: 'active', version: 1 });

      // The mail: to the collège's mailbox and its référent, with the pupil's link and the .ics.
      const collegeDoc = await db.doc(`${COLLECTIONS.establishments}/${college.uai}`).get();
      const mailbox = String(collegeDoc.get('functionalEmail'));
      const mail = (await waitFor(
        async () => (await inbox.to(mailbox)).find((m) => m.text?.includes(issued.token)),
        (m) => m !== undefined,
        { what: 'the convocation mail', timeoutMs: MAIL_TIMEOUT_MS }
      ))!;
      expect(mail.to.map((t) => t.address.toLowerCase()).sort()).toEqual(
        [mailbox.toLowerCase(), referent.email.toLowerCase()].sort()
      );
      const ics = await inbox.attachment(mail, 'text/calendar');
      expect(ics).toContain('METHOD:REQUEST');
      expect(ics).toContain(`DTSTART;TZID=Europe/Paris:${day.replaceAll('-', '')}T100000`);
      expect(ics).toContain('SEQUENCE:1');
      const link = mail.text!.match(/https?:\/\/\S+\/convocation#[A-Za-z0-9_-]{43}/)![0];
      await expectText(
        page
          .getByRole('row', { name: /Camille Essai/ })
          .getByRole('cell')
          .nth(2),
        'version 1, courriel envoyé',
        MAIL_TIMEOUT_MS
      );

      // The pupil: a fresh context, no account, his convocation only; the page's JS within budget.
      const pupilContext = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
      try {
        const pupilPage = await pupilContext.newPage();
        const scripts: Promise<[string, number]>[] = [];
        pupilPage.on('response', (response) => {
          if (response.request().resourceType() === 'script') {
            scripts.push(response.body().then((body) => [response.url(), gzipSync(body).length]));
          }
        });
        await pupilPage.goto(link.replace(/^https?:\/\/[^/]+/, APP_URL));
        await expectText(pupilPage.locator('dd').first(), 'Camille Essai');
        await pupilPage.getByText('Salle E2E').waitFor();
        await pupilPage.getByText('Les bulletins scolaires ne sont jamais demandés lors de cet entretien.').waitFor();
        await inspectPage(pupilPage, 'convocation-eleve');
        const loaded = await Promise.all(scripts);
        const jsGzip = loaded.reduce((sum, [, size]) => sum + size, 0);
        const detail = loaded.map(([url, size]) => `${url.split('/').pop()} ${(size / 1024).toFixed(1)} kB`);
        expect(jsGzip, `/convocation loads ${detail.join(', ')}`).toBeLessThanOrEqual(PUPIL_PAGE_JS_BUDGET);
      } finally {
        await pupilContext.close();
      }

      // The interview takes place: its slot is moved into the present with the Admin SDK (time
      // cannot be rewound), then the lycée writes the report and the collège sees it arrive.
      const now = Date.now();
      await db
        .doc(`${COLLECTIONS.interviewSlots}/${request.get('slotId')}`)
        .update({ startsAt: new Date(now - 600_000), endsAt: new Date(now + 1_200_000) });
      await page.goto('/lycee/comptes-rendus');
      await page.getByRole('button', { name: 'Rédiger le compte rendu de Camille Essai' }).click();
      await page
        .getByLabel('Compte rendu (pour l’ensemble du domaine)')
        .fill('Projet réfléchi, bonnes questions sur les métiers.');
      await page.getByRole('button', { name: 'Envoyer au collège' }).click();
      await expectText(page.locator('.fr-error-text').first(), 'Un avis est nécessaire pour envoyer.');
      const reportRef = db.doc(`${COLLECTIONS.interviewReports}/${added.id}`);
      expect((await reportRef.get()).exists).toBe(false);
      for (const avis of await page.getByLabel(/^Avis : /).all()) await avis.selectOption('favorable');
      await inspectPage(page, 'lycee-compte-rendu');
      await page.getByRole('button', { name: 'Envoyer au collège' }).click();
      await expectText(
        page.locator('.fr-alert--success p'),
        'Compte rendu envoyé : le collège le voit dès maintenant.'
      );
      expect((await reportRef.get()).get('submittedAt')).not.toBeNull();
      await row.getByText('Compte rendu reçu').waitFor({ timeout: MAIL_TIMEOUT_MS });
    } finally {
      await collegeContext.close();
      const slotId = (await requestRef.get()).get('slotId');
      await db.doc(`${COLLECTIONS.interviewReports}/${added.id}`).delete();
      await added.remove();
      if (slotId) await db.doc(`${COLLECTIONS.interviewSlots}/${slotId}`).delete();
    }
  }, 300_000);
});
