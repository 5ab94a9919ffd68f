import { randomUUID } from 'node:crypto';
import { describe } from 'vitest';
import { applicationId, COLLECTIONS, formation, interviewOverlap, type Formation } from '$shared';
import { DEMO_ACCOUNTS } from '$lib/demo/accounts';
import { db } from '../../functions/src/admin';
import { applicationDoc, interviewSlotDoc, pupilDoc } from '../factories';
import { waitFor } from '../support/waitFor';
import { inspectPage, signInAs, signOut, test } from './support/browser';
import { currentCampaign } from './support/seeded';

/**
 * A pupil of the demo collège convoked by two lycées, in two domains, at overlapping times: each
 * lycée's planning warns that he is expected elsewhere (without naming where), and the collège's
 * follow-up names the other lycée on both requests.
 */
const head = DEMO_ACCOUNTS.find((account) => account.email === 'nadia.berrada@ac-creteil.fr')!;
const lycee = DEMO_ACCOUNTS.find((account) => account.email === 'isabelle.moreau@ac-creteil.fr')!;
const MINUTE = 60_000;

/** One formation of `uai` in the campaign, outside `otherThanDomain`. */
async function formationOf(campaignId: string, uai: string, otherThanDomain = ''): Promise<Formation & { id: string }> {
  const docs = (
    await db.collection(COLLECTIONS.formations).where('campaignId', '==', campaignId).where('uai', '==', uai).get()
  ).docs;
  const found = docs
    .map((d) => ({ id: d.id, ...formation.parse(d.data()) }))
    .find((f) => f.domainId !== otherThanDomain);
  if (!found) throw new Error(`The seed has no formation of ${uai} outside ${otherThanDomain}.`);
  return found;
}

/** The pupil, his two requests and the two lycées' slots (the triggers build the convocations, then the warnings). */
async function seedDoublyConvokedPupil(campaignId: string) {
  const here = await formationOf(campaignId, lycee.uai!);
  const otherLycee = DEMO_ACCOUNTS.find((a) => a.role === 'lycee' && a.uai !== lycee.uai)!;
  const there = await formationOf(campaignId, otherLycee.uai!, here.domainId);
  const lastName = `Double${randomUUID().slice(0, 6)}`;
  const pupilRef = db.collection(COLLECTIONS.pupils).doc();
  const pupil = pupilDoc({
    campaignId,
    collegeUai: head.uai!,
    firstName: 'Yanis',
    lastName,
    className: '3e Z',
    liveDomainIds: [here.domainId, there.domainId]
  });
  await pupilRef.set(pupil);
  // A weekday three or more days ahead (the planning's week hides Sundays), at 08:00 and 08:15 UTC.
  const day = new Date(Math.ceil(Date.now() / 86_400_000 + 3) * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  const startsAt = new Date(day.getTime() + 8 * 60 * MINUTE);
  const ids = await Promise.all(
    [here, there].map(async (f, i) => {
      const id = applicationId(pupilRef.id, f.domainId);
      const slotId = `slot-${id}`;
      const from = new Date(startsAt.getTime() + i * 15 * MINUTE);
      await db.doc(`${COLLECTIONS.interviewSlots}/${slotId}`).set(
        interviewSlotDoc({
          campaignId,
          lyceeUai: f.uai,
          domainId: f.domainId,
          format: f.interviewFormat,
          capacity: f.interviewFormat === 'individuel' ? 1 : 12,
          startsAt: from,
          endsAt: new Date(from.getTime() + 30 * MINUTE),
          applicationIds: [id]
        })
      );
      await db.doc(`${COLLECTIONS.applications}/${id}`).set(
        applicationDoc(
          {
            pupilId: pupilRef.id,
            collegeName: head.establishmentName!,
            domainId: f.domainId,
            domainLabel: f.domainLabel,
            lyceeUai: f.uai,
            lyceeName: f.lyceeName,
            formationIds: [f.id],
            originAvis: {},
            status: 'convoked',
            slotId
          },
          pupil
        )
      );
      return id;
    })
  );
  await Promise.all(
    ids.map((id) =>
      waitFor(
        async () =>
          interviewOverlap
            .array()
            .parse((await db.doc(`${COLLECTIONS.applications}/${id}`).get()).get('overlaps') ?? []),
        (overlaps) => overlaps.length === 1,
        // Two triggers in a row (the convocation's, then the overlap's) on a busy machine.
        { what: `the overlap warning on ${id}`, timeoutMs: 60_000 }
      )
    )
  );
  return { lastName, otherLyceeName: there.lyceeName };
}

describe('a pupil convoked at overlapping times by two lycées', () => {
  test('is flagged on the lycée’s planning and on the collège’s follow-up', async ({ page }) => {
    const campaign = await currentCampaign();
    const seeded = await seedDoublyConvokedPupil(campaign.id);

    await signInAs(page, lycee);
    await page.goto('/lycee/planning');
    const row = page.getByRole('row').filter({ hasText: `Yanis ${seeded.lastName}` });
    await row.getByText(/^Attention : cet élève est aussi convoqué le .* dans un autre lycée/).waitFor();
    await inspectPage(page, 'lycee-planning-chevauchement');
    await signOut(page);

    await signInAs(page, head);
    await page.goto('/college/suivi');
    const rows = page.getByRole('row').filter({ hasText: `${seeded.lastName} Yanis` });
    await rows.first().waitFor();
    await rows.getByText(`(${seeded.otherLyceeName},`).waitFor();
    await rows
      .getByText(/^Attention : cet élève est aussi convoqué/)
      .nth(1)
      .waitFor();
    await inspectPage(page, 'college-suivi-chevauchement');
  }, 300_000);
});
