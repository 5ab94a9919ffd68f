import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import {
  application,
  applicationId,
  COLLECTIONS,
  formation,
  interviewSlot,
  preparationSheet,
  pupil,
  type Application
} from '$shared';
import { DEMO_ACCOUNTS, demoUid } from '$lib/demo/accounts';
import { db } from '../../functions/src/admin';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { expectText, inspectPage, signInAs, test } from './support/browser';
import { currentCampaign } from './support/seeded';
import { waitFor } from '../support/waitFor';

/**
 * The collège's side of the procedure, as its head and its référent do it: class-list import,
 * requests, avis, the one-interview-per-domain refusal, withdrawal, the preparation sheet, the live
 * follow-up and the printed fiche récapitulative. Bad input is refused in French and writes nothing.
 */

const head = DEMO_ACCOUNTS.find((account) => account.email === 'nadia.berrada@ac-creteil.fr')!;
const referent = DEMO_ACCOUNTS.find((account) => account.email === 'thomas.lebrun@ac-creteil.fr')!;
const collegeUai = head.uai!;

/** Fictitious pupils only, with a suffix of their own so reruns and other files never collide. */
const suffix = () => randomUUID().slice(0, 6);

const pupilsNamed = async (lastName: string) =>
  (
    await db
      .collection(COLLECTIONS.pupils)
      .where('collegeUai', '==', collegeUai)
      .where('lastName', '==', lastName)
      .get()
  ).docs;

/** A lycée offering at least two formations in one domain of the campaign: what the head requests. */
async function lyceeWithTwoFormations(campaignId: string) {
  const formations = (await db.collection(COLLECTIONS.formations).where('campaignId', '==', campaignId).get()).docs.map(
    (doc) => ({ id: doc.id, ...formation.parse(doc.data()) })
  );
  const byOffer = new Map<string, typeof formations>();
  for (const f of formations)
    byOffer.set(`${f.uai}|${f.domainId}`, [...(byOffer.get(`${f.uai}|${f.domainId}`) ?? []), f]);
  const offer = [...byOffer.values()].find((list) => list.length >= 2);
  if (!offer) throw new Error('The seed has no lycée with two formations in one domain.');
  return {
    domainId: offer[0].domainId,
    lyceeUai: offer[0].uai,
    lyceeName: offer[0].lyceeName,
    formations: offer.slice(0, 2)
  };
}

describe('the collège head', () => {
  test('imports a class list, requests two formations, gives avis, is refused a second request in the domain and withdraws', async ({
    page
  }) => {
    const campaign = await currentCampaign();
    const family = `Essai${suffix()}`;
    await signInAs(page, head);
    await inspectPage(page, 'college-accueil');
    await page.getByRole('link', { name: /^Élèves : inscription/ }).click();
    await page.waitForURL('/college/eleves');
    await inspectPage(page, 'college-eleves');

    // A malformed file: a French message, nothing written.
    await page.getByRole('link', { name: 'Importer la liste d’une classe (CSV ou Excel)' }).click();
    const upload = page.getByLabel(/^Liste de classe/);
    await upload.setInputFiles({
      name: 'classe.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Élève;Date de naissance\nX;2012-01-01\n')
    });
    await page.getByRole('button', { name: 'Prévisualiser l’import' }).click();
    await page.getByText(/^Colonnes introuvables : Nom, Prénom, Niveau\./).waitFor();

    const csv = [
      'Nom;Prénom;Classe;Niveau',
      `${family};Léa;3e Z;3EME`,
      `${family};Moussa;3e Z;3EME SEGPA`,
      `${family};;3e Z;3e`,
      `${family};Jade;3e Z;Seconde`,
      `<b>${family}</b>;Tom;3e Z;3e`
    ].join('\n');
    await upload.setInputFiles({ name: 'classe.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Prévisualiser l’import' }).click();
    const preview = page.getByRole('table', { name: 'Lignes du fichier' });
    await preview.getByText('Prénom : ne doit pas être vide').waitFor();
    await preview.getByText(/Niveau « Seconde » : niveau non concerné par la procédure/).waitFor();
    await preview.getByText(`Nom « <b>${family}</b> » : les caractères < et > ne sont pas acceptés`).waitFor();
    await inspectPage(page, 'college-import-apercu');
    expect(await pupilsNamed(family)).toHaveLength(0);

    await page.getByRole('button', { name: 'Inscrire 2 élèves' }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'inscrits' }), '2 élèves inscrits.');
    const imported = await pupilsNamed(family);
    expect(imported.map((doc) => doc.data().firstName).sort()).toEqual(['Léa', 'Moussa']);
    const lea = imported.find((doc) => doc.data().firstName === 'Léa')!;

    // Empty names in the form: the fields are named, nothing is written.
    await page.goto('/college/eleves');
    await page.getByRole('button', { name: 'Ajouter l’élève' }).click();
    const summary = page.getByRole('heading', { name: 'L’élève n’a pas été enregistré' });
    await summary.waitFor();
    await page.getByRole('link', { name: 'Nom : Ne doit pas être vide.', exact: true }).waitFor();
    await page.getByRole('link', { name: /^Niveau : / }).waitFor();
    expect(await pupilsNamed('')).toHaveLength(0);

    // Two formations of one lycée in one domain.
    const offer = await lyceeWithTwoFormations(campaign.id);
    await page.goto(`/college/eleves/${lea.id}`);
    await page.getByRole('heading', { level: 1, name: `Léa ${family}` }).waitFor();
    await inspectPage(page, 'college-eleve');
    await page.getByRole('link', { name: 'Nouvelle demande' }).click();
    await page.getByLabel('1. Domaine professionnel').selectOption(offer.domainId);
    // DSFR draws radios and checkboxes on their labels, which take the pointer: check the inputs directly.
    await page.locator(`#lycee-${offer.lyceeUai}`).check({ force: true });
    for (const f of offer.formations) await page.locator(`[id="formation-${f.id}"]`).check({ force: true });
    await inspectPage(page, 'college-demande');
    await page.getByRole('button', { name: 'Enregistrer la demande' }).click();
    await page.waitForURL(`/college/eleves/${lea.id}`);
    const id = applicationId(lea.id, offer.domainId);
    const requestRef = db.collection(COLLECTIONS.applications).doc(id);
    await expect.poll(async () => (await requestRef.get()).exists).toBe(true);
    const created = application.parse((await requestRef.get()).data());
    expect(created).toMatchObject({ status: 'registered', lyceeUai: offer.lyceeUai });
    // The page lists the formations in the catalogue's order, whatever the order they were ticked in.
    expect([...created.formationIds].sort()).toEqual(offer.formations.map((f) => f.id).sort());
    expect(pupil.parse((await lea.ref.get()).data()).liveDomainIds).toEqual([offer.domainId]);

    // Avis: a 10,000-character comment and markup are refused, naming the field; a good one is saved.
    const [first, second] = offer.formations;
    const avisForm = (formationId: string) =>
      page.locator('form').filter({ has: page.locator(`[id="avis-${id}-${formationId}-commentaire"]`) });
    await avisForm(second.id).getByLabel('Assez favorable').check({ force: true });
    await avisForm(second.id)
      .getByLabel(/^Commentaire/)
      .fill('x'.repeat(10_000));
    await avisForm(second.id).getByRole('button', { name: 'Enregistrer l’avis' }).click();
    await avisForm(second.id)
      .getByRole('link', { name: 'Commentaire : Doit contenir au plus 1000 caractères.' })
      .waitFor();
    await avisForm(second.id)
      .getByLabel(/^Commentaire/)
      .fill('<script>alert(1)</script>');
    await avisForm(second.id).getByRole('button', { name: 'Enregistrer l’avis' }).click();
    await avisForm(second.id)
      .getByRole('link', { name: /^Commentaire : Ne doit pas contenir de balises/ })
      .waitFor();
    await avisForm(first.id).getByLabel('Favorable', { exact: true }).check({ force: true });
    await avisForm(first.id)
      .getByLabel(/^Commentaire/)
      .fill('Élève motivée, a fait un mini-stage.');
    await avisForm(first.id).getByRole('button', { name: 'Enregistrer l’avis' }).click();
    await avisForm(first.id)
      .getByText(/^Avis enregistré pour /)
      .waitFor();
    const withAvis = application.parse((await requestRef.get()).data());
    expect(withAvis.originAvis).toEqual({
      [first.id]: { avis: 'favorable', comment: 'Élève motivée, a fait un mini-stage.' }
    });

    await page.goto('/college/avis');
    await page
      .getByRole('table', { name: 'Demandes sans avis complet' })
      .getByRole('link', { name: `${family} Léa` })
      .waitFor();
    await inspectPage(page, 'college-avis');

    // A second request in the same domain is refused, naming the lycée already chosen.
    await page.goto(`/college/eleves/${lea.id}/demande`);
    await page.getByLabel('1. Domaine professionnel').selectOption(offer.domainId);
    await page
      .getByRole('alert')
      .getByText(new RegExp(`au ${offer.lyceeName} : un seul entretien par domaine\\.$`))
      .waitFor();
    await page.getByRole('button', { name: 'Changer la demande existante' }).waitFor();
    await inspectPage(page, 'college-demande-refusee');

    // Withdrawal, with a reason and a confirmation: the state changes on the page.
    await page.goto(`/college/eleves/${lea.id}`);
    await page.getByRole('button', { name: 'Retirer la demande' }).click();
    await page.getByLabel(/^Motif du retrait/).fill('L’élève renonce à ce domaine.');
    await page.getByRole('button', { name: 'Confirmer le retrait' }).click();
    await page.getByText('Retirée', { exact: true }).waitFor();
    // The page shows its own write at once; the server's copy follows.
    const withdrawn = await waitFor(
      async () => application.parse((await requestRef.get()).data()),
      (request) => request.status === 'withdrawn',
      { what: 'the withdrawn request' }
    );
    expect(withdrawn).toMatchObject({
      status: 'withdrawn',
      withdrawal: { reason: 'L’élève renonce à ce domaine.', by: demoUid(head) }
    });
    expect(pupil.parse((await lea.ref.get()).data()).liveDomainIds).toEqual([]);
    await page.getByRole('link', { name: /^Réactiver la demande/ }).waitFor();
    // A long journey on purpose (one pupil from import to withdrawal): more than the default 90 s on a busy machine.
  }, 240_000);
});

/** A pupil of the head's collège whose individual interview is reported, written as the lycée's side would. */
async function seedReportedPupil(campaignId: string) {
  const offer = await lyceeWithTwoFormations(campaignId);
  const [requested, extra] = offer.formations;
  const family = `Bilan${suffix()}`;
  const now = new Date();
  const by = demoUid(head);
  const pupilRef = db.collection(COLLECTIONS.pupils).doc();
  const identity = { firstName: 'Inès', lastName: family, level: '3e' as const };
  await pupilRef.set(
    pupil.parse({
      ...identity,
      className: '3e Y',
      campaignId,
      collegeUai,
      liveDomainIds: [offer.domainId],
      createdAt: now,
      createdBy: by,
      updatedAt: now,
      updatedBy: by
    })
  );
  const id = applicationId(pupilRef.id, offer.domainId);
  const startsAt = new Date(now.getTime() - 2 * 86_400_000);
  const request: Application = application.parse({
    campaignId,
    pupilId: pupilRef.id,
    pupil: identity,
    collegeUai,
    collegeName: head.establishmentName,
    domainId: offer.domainId,
    domainLabel: requested.domainLabel,
    lyceeUai: offer.lyceeUai,
    lyceeName: offer.lyceeName,
    formationIds: [requested.id],
    originAvis: { [requested.id]: { avis: 'assez_favorable', comment: 'Projet à préciser.' } },
    status: 'reported',
    withdrawal: null,
    slotId: `slot-${id}`,
    twinOf: null,
    createdAt: now,
    createdBy: by,
    updatedAt: now,
    updatedBy: by
  });
  // The lycée's slot holding the request: the convocation trigger builds the convocation from it.
  const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
  await db
    .collection(COLLECTIONS.interviewSlots)
    .doc(`slot-${id}`)
    .set(
      interviewSlot.parse({
        campaignId,
        lyceeUai: offer.lyceeUai,
        domainId: offer.domainId,
        format: 'individuel',
        mode: 'presentiel',
        startsAt,
        endsAt,
        place: 'Salle 12',
        meetingUrl: null,
        capacity: 1,
        applicationIds: [id],
        createdAt: now,
        createdBy: 'lycee',
        updatedAt: now,
        updatedBy: 'lycee'
      })
    );
  await db.collection(COLLECTIONS.applications).doc(id).set(request);
  await db
    .collection(COLLECTIONS.interviewReports)
    .doc(id)
    .set({
      campaignId,
      applicationId: id,
      slotId: `slot-${id}`,
      lyceeUai: offer.lyceeUai,
      collegeUai,
      attendance: 'present',
      summary: 'Entretien riche : l’élève connaît les métiers du domaine.',
      avisByFormation: { [requested.id]: 'favorable' },
      extraFormation: { formationId: extra.id, avis: 'assez_favorable' },
      submittedAt: now,
      updatedAt: now,
      updatedBy: 'lycee'
    });
  return { pupilId: pupilRef.id, family, applicationId: id, requested, extra };
}

describe('the collège’s follow-up and summary sheets', () => {
  test('show a reported pupil live in the follow-up, and print his fiche récapitulative on one A4 page', async ({
    page
  }) => {
    const campaign = await currentCampaign();
    const seeded = await seedReportedPupil(campaign.id);
    await signInAs(page, head);

    await page.goto('/college/suivi');
    const table = page.getByRole('table', { name: 'Demandes du collège' });
    await page.getByLabel('Classe').selectOption('3e Y');
    await table.getByRole('link', { name: `${seeded.family} Inès` }).waitFor();
    await table.getByText('Compte rendu reçu').waitFor();
    await page.getByText('Calendrier des convocations').waitFor();
    await inspectPage(page, 'college-suivi');

    await page.goto(`/college/recapitulatif?eleve=${seeded.pupilId}`);
    const sheet = page.getByRole('article', { name: `Fiche récapitulative de Inès ${seeded.family}` });
    await sheet.getByText('Entretien riche : l’élève connaît les métiers du domaine.').waitFor();
    await sheet.getByText(/que l’élève n’avait pas demandée/).waitFor();
    await inspectPage(page, 'college-recapitulatif');

    const dir = join(REPO_ROOT, 'test-results/e2e/pages');
    mkdirSync(dir, { recursive: true });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(dir, 'college-recapitulatif.pdf'), format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('the référent', () => {
  test('fills a preparation sheet and shares it with the lycée', async ({ page }) => {
    const campaign = await currentCampaign();
    const live = await db
      .collection(COLLECTIONS.applications)
      .where('campaignId', '==', campaign.id)
      .where('collegeUai', '==', collegeUai)
      .where('status', '==', 'registered')
      .limit(1)
      .get();
    if (live.empty) throw new Error('The seed gave the demo collège no registered request.');
    const request = application.parse(live.docs[0].data());
    const formationId = request.formationIds[0];
    const sheetRef = db.collection(COLLECTIONS.preparationSheets).doc(`${live.docs[0].id}_${formationId}`);
    await sheetRef.delete();

    await signInAs(page, referent);
    await page.goto(`/college/preparation/${live.docs[0].id}/${formationId}`);
    await page.getByRole('heading', { level: 1, name: 'Fiche d’aide à la préparation' }).waitFor();
    await page.getByLabel(/^Ce que je sais de la formation/).fill('On y apprend à câbler un tableau.');
    await page.getByLabel(/^Mes questions pour l’entretien/).fill('<img src=x>');
    await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await page
      .getByRole('link', { name: /^Mes questions pour l’entretien : Ne doit pas contenir de balises/ })
      .waitFor();
    expect((await sheetRef.get()).exists).toBe(false);

    await page.getByLabel(/^Mes questions pour l’entretien/).fill('Y a-t-il des stages ?');
    await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await page.getByText('Fiche enregistrée.').waitFor();
    await page.getByRole('button', { name: 'Partager avec le lycée' }).click();
    await page.getByText(/^Partagée avec le lycée le /).waitFor();
    // The page shows its own write at once; the server's copy follows.
    const saved = await waitFor(
      async () => preparationSheet.parse((await sheetRef.get()).data()),
      (sheet) => sheet.sharedAt !== null,
      { what: 'the shared sheet' }
    );
    expect(saved).toMatchObject({
      whatIKnow: 'On y apprend à câbler un tableau.',
      questionsForInterview: 'Y a-t-il des stages ?',
      updatedBy: demoUid(referent)
    });
    expect(saved.sharedAt).toBeInstanceOf(Date);
    await inspectPage(page, 'college-preparation');

    await page.goto('/college/preparation/vierge');
    await page.getByRole('heading', { level: 1, name: 'Fiche d’aide à la préparation vierge' }).waitFor();
    await inspectPage(page, 'college-preparation-vierge');
  });
});
