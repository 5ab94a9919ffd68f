import { gzipSync } from 'node:zlib';
import { describe, expect } from 'vitest';
import { addDays, atParisTime, COLLECTIONS, convocation, parisDate } from '$shared';
import { DEMO_ACCOUNTS } from '$lib/demo/accounts';
import { db } from '../../functions/src/admin';
import { readLocalConfig } from '../../scripts/lib/localConfig';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { maildevInbox } from '../support/maildev';
import { waitFor } from '../support/waitFor';
import { APP_URL, expectNoAxeViolations, expectText, inspectPage, signInAs, test } from './support/browser';
import { addApplicationTo } from './support/seeded';

const inbox = maildevInbox(readLocalConfig(REPO_ROOT));
/** Trigger, outbox, SMTP on a loaded machine. */
const MAIL_TIMEOUT_MS = 60_000;
/** The pupil's page budget (issue 10): its JavaScript, gzip, at most 60 kB. */
const PUPIL_PAGE_JS_BUDGET = 60 * 1024;

describe('convocations: the lycée plans, the collège is mailed, the pupil opens his link', () => {
  test('lycée assigns a pupil to a slot → convocation data for the collège, mail with .ics to mailbox and référent, pupil page', async ({
    page,
    browser
  }) => {
    const lycee = DEMO_ACCOUNTS.find((account) => account.role === 'lycee')!;
    const removeApplication = await addApplicationTo(lycee.uai!);
    const request = (await db.collection(COLLECTIONS.applications).where('lyceeUai', '==', lycee.uai).get()).docs.find(
      (d) => d.get('status') === 'registered' && String(d.get('pupilId')).startsWith('e2e-')
    )!;
    const formation = await db.doc(`${COLLECTIONS.formations}/${request.get('formationIds')[0]}`).get();
    const format = formation.get('interviewFormat') as 'individuel' | 'collectif';
    // An empty slot tomorrow at 10:00 (Paris) in the request's domain, of its formation's format.
    const day = addDays(parisDate(new Date()), 1);
    const slotRef = db.collection(COLLECTIONS.interviewSlots).doc();
    const now = new Date();
    await slotRef.set({
      campaignId: request.get('campaignId'),
      lyceeUai: lycee.uai,
      domainId: request.get('domainId'),
      format,
      mode: 'presentiel',
      startsAt: atParisTime(day, '10:00'),
      endsAt: atParisTime(day, '10:30'),
      place: 'Salle E2E',
      meetingUrl: null,
      capacity: format === 'individuel' ? 1 : 10,
      applicationIds: [],
      createdAt: now,
      createdBy: 'e2e',
      updatedAt: now,
      updatedBy: 'e2e'
    });

    try {
      // The lycée, keyboard path: choose the slot for the pupil, then « Convoquer ».
      await signInAs(page, lycee);
      await page.goto('/lycee/planning');
      const select = page.getByLabel('Créneau pour Camille Essai');
      await waitFor(
        () => select.locator('option').count(),
        (n) => n > 1,
        { what: 'the free slot in the list' }
      );
      await select.selectOption({
        label: (await select.locator('option', { hasText: 'Salle E2E' }).first().textContent())!
      });
      await inspectPage(page, 'lycee-planning');
      await page.getByRole('button', { name: 'Convoquer Camille Essai' }).click();
      await expectText(
        page.locator('.fr-alert--success p'),
        'Camille Essai est convoqué(e) : le collège reçoit la convocation par courriel.'
      );

      // What the collège's pages read: its private convocation (rules: collège staff) and the request's state.
      const convocationRef = db.doc(`${COLLECTIONS.convocations}/${request.id}`);
      const issued = convocation.parse(
        (
          await waitFor(
            () => convocationRef.get(),
            (s) => s.exists,
            { what: 'the convocation', timeoutMs: MAIL_TIMEOUT_MS }
          )
        ).data()
      );
      expect((await request.ref.get()).get('status')).toBe('convoked');
      expect(issued).toMatchObject({
        collegeUai: request.get('collegeUai'),
        slotId: slotRef.id,
        state: 'active',
        version: 1
      });

      // The collège, side by side in its own browser context (its follow-up page is issue 9's):
      // signed in while the lycée plans, its home passes axe; the data above is what it reads.
      const college = DEMO_ACCOUNTS.find((a) => a.role === 'college_head' && a.uai === request.get('collegeUai'));
      if (college) {
        const collegeContext = await browser.newContext({
          baseURL: APP_URL,
          locale: 'fr-FR',
          timezoneId: 'Europe/Paris'
        });
        const collegePage = await collegeContext.newPage();
        await signInAs(collegePage, college);
        await expectNoAxeViolations(collegePage);
        await collegeContext.close();
      }

      // The mail: once, to the collège's mailbox and its référent, with the pupil's link and the .ics.
      const collegeDoc = await db.doc(`${COLLECTIONS.establishments}/${request.get('collegeUai')}`).get();
      const mailbox = collegeDoc.get('functionalEmail') as string;
      const referentUid = collegeDoc.get('referentUid') as string | null;
      const referentEmail = referentUid
        ? ((await db.doc(`${COLLECTIONS.users}/${referentUid}`).get()).get('email') as string)
        : null;
      const mail = await waitFor(
        async () => (await inbox.to(mailbox)).find((m) => m.text?.includes(issued.token)),
        (m) => m !== undefined,
        { what: 'the convocation mail', timeoutMs: MAIL_TIMEOUT_MS }
      );
      const recipients = mail!.to.map((t) => t.address.toLowerCase());
      expect(recipients).toContain(mailbox.toLowerCase());
      if (referentEmail) expect(recipients).toContain(referentEmail.toLowerCase());
      expect(await inbox.attachment(mail!, 'text/calendar')).toContain('METHOD:REQUEST');
      const link = mail!.text!.match(/https?:\/\/\S+\/convocation#[A-Za-z0-9_-]{43}/)![0];
      await expectText(
        page.locator('table tr', { hasText: 'Camille Essai' }).locator('td').nth(2),
        'version 1, courriel envoyé',
        MAIL_TIMEOUT_MS
      );

      // The pupil: a fresh context, no account, only his convocation; the page's JS within budget.
      const pupilContext = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
      const pupilPage = await pupilContext.newPage();
      const scripts: Promise<number>[] = [];
      pupilPage.on('response', (response) => {
        if (response.request().resourceType() === 'script')
          scripts.push(response.body().then((b) => gzipSync(b).length));
      });
      await pupilPage.goto(link.replace(/^https?:\/\/[^/]+/, APP_URL));
      await expectText(pupilPage.locator('dd').first(), 'Camille Essai');
      expect(await pupilPage.getByText('Salle E2E').count()).toBe(1);
      expect(
        await pupilPage.getByText('Les bulletins scolaires ne sont jamais demandés lors de cet entretien.').count()
      ).toBe(1);
      await inspectPage(pupilPage, 'convocation-eleve');
      const jsGzip = (await Promise.all(scripts)).reduce((sum, n) => sum + n, 0);
      console.log(`/convocation JavaScript: ${(jsGzip / 1024).toFixed(1)} kB gzip (budget 60 kB)`);
      expect(jsGzip).toBeLessThanOrEqual(PUPIL_PAGE_JS_BUDGET);
      await pupilContext.close();
    } finally {
      await removeApplication();
      await slotRef.delete();
    }
  }, 240_000);
});

describe('reports: the lycée writes the report of an individual interview that has started', () => {
  test('the report is due with its deadline, a submission with every avis reaches the collège', async ({ page }) => {
    const lycee = DEMO_ACCOUNTS.find((account) => account.role === 'lycee')!;
    const removeApplication = await addApplicationTo(lycee.uai!);
    const request = (await db.collection(COLLECTIONS.applications).where('lyceeUai', '==', lycee.uai).get()).docs.find(
      (d) => d.get('status') === 'registered' && String(d.get('pupilId')).startsWith('e2e-')
    )!;
    // An individual interview that started ten minutes ago, the pupil placed in it (as the
    // planning did before it started): written with the admin SDK, as time cannot be rewound.
    const slotRef = db.collection(COLLECTIONS.interviewSlots).doc();
    const now = Date.now();
    await slotRef.set({
      campaignId: request.get('campaignId'),
      lyceeUai: lycee.uai,
      domainId: request.get('domainId'),
      format: 'individuel',
      mode: 'presentiel',
      startsAt: new Date(now - 600_000),
      endsAt: new Date(now + 1_200_000),
      place: 'Salle E2E',
      meetingUrl: null,
      capacity: 1,
      applicationIds: [request.id],
      createdAt: new Date(now - 86_400_000),
      createdBy: 'e2e',
      updatedAt: new Date(now - 86_400_000),
      updatedBy: 'e2e'
    });
    await request.ref.update({ slotId: slotRef.id, status: 'convoked' });
    try {
      await waitFor(
        () => db.doc(`${COLLECTIONS.convocations}/${request.id}`).get(),
        (s) => s.exists,
        {
          what: 'the convocation',
          timeoutMs: MAIL_TIMEOUT_MS
        }
      );
      await signInAs(page, lycee);
      await page.goto('/lycee/comptes-rendus');
      await page.getByRole('button', { name: 'Rédiger le compte rendu de Camille Essai' }).click();

      // Submitting without the avis is refused in French, nothing written.
      await page
        .getByLabel('Compte rendu (pour l’ensemble du domaine)')
        .fill('Projet réfléchi, bonnes questions sur les métiers.');
      await page.getByRole('button', { name: 'Envoyer au collège' }).click();
      await expectText(page.locator('.fr-error-text').first(), 'Un avis est nécessaire pour envoyer.');
      expect((await db.doc(`${COLLECTIONS.interviewReports}/${request.id}`).get()).exists).toBe(false);

      for (const select of await page.getByLabel(/^Avis : /).all()) await select.selectOption('favorable');
      await inspectPage(page, 'lycee-compte-rendu');
      await page.getByRole('button', { name: 'Envoyer au collège' }).click();
      await expectText(
        page.locator('.fr-alert--success p'),
        'Compte rendu envoyé : le collège le voit dès maintenant.'
      );
      const report = await db.doc(`${COLLECTIONS.interviewReports}/${request.id}`).get();
      expect(report.get('submittedAt')).not.toBeNull();
      expect(report.get('collegeUai')).toBe(request.get('collegeUai'));
    } finally {
      await db.doc(`${COLLECTIONS.interviewReports}/${request.id}`).delete();
      await removeApplication();
      await slotRef.delete();
    }
  }, 240_000);
});
