import { randomUUID } from 'node:crypto';
import type { Query } from 'firebase-admin/firestore';
import {
  application,
  applicationId,
  campaign,
  COLLECTIONS,
  currentPhase,
  establishment,
  formatParisDate,
  lastDayBefore,
  PHASE_LABELS,
  pupil,
  type Application,
  type Campaign,
  type PupilIdentity
} from '$shared';
import type { DemoAccount } from '$lib/demo/accounts';
import { db } from '../../../functions/src/admin';

/**
 * What the emulators hold at the moment a test asks, read with firebase-admin: the figures, names
 * and dates a home page must show. Read rather than hard-coded, so the tests follow the seed (and
 * what earlier tests of a file added).
 */

/** One figure of a home page: its label and the number Firestore counts. */
export interface Figure {
  label: string;
  count: number;
}

const countOf = async (query: Query) => (await query.count().get()).data().count;

/** The campaign the app calls current: the one with the highest id (year of the rentrée). */
export async function currentCampaign(): Promise<Campaign> {
  const snapshot = await db.collection(COLLECTIONS.campaigns).get();
  const latest = snapshot.docs.reduce((a, b) => (a.id > b.id ? a : b));
  return campaign.parse(latest.data());
}

/** The name of the établissement of a UAI. */
export async function establishmentName(uai: string): Promise<string> {
  return establishment.parse((await db.collection(COLLECTIONS.establishments).doc(uai).get()).data()).name;
}

/** The figures the home page of `account` shows, label by label, as Firestore counts them now. */
export async function homeFigures(account: DemoAccount, campaignId: string): Promise<Figure[]> {
  const ofCampaign = (collection: string) => db.collection(collection).where('campaignId', '==', campaignId);
  const establishments = db.collection(COLLECTIONS.establishments);
  const figures: [string, Query][] =
    account.role === 'academie'
      ? [
          ['Collèges (établissements d’origine)', establishments.where('kind', '==', 'college')],
          ['Lycées professionnels (établissements d’accueil)', establishments.where('kind', '==', 'lycee')],
          ['Formations au catalogue', ofCampaign(COLLECTIONS.formations)],
          ['Élèves inscrits', ofCampaign(COLLECTIONS.pupils)],
          ['Demandes d’entretien', ofCampaign(COLLECTIONS.applications)]
        ]
      : account.role === 'lycee'
        ? [
            ['Formations au catalogue', ofCampaign(COLLECTIONS.formations).where('uai', '==', account.uai)],
            ['Demandes d’entretien reçues', ofCampaign(COLLECTIONS.applications).where('lyceeUai', '==', account.uai)]
          ]
        : [
            ['Élèves inscrits', ofCampaign(COLLECTIONS.pupils).where('collegeUai', '==', account.uai)],
            ['Demandes d’entretien', ofCampaign(COLLECTIONS.applications).where('collegeUai', '==', account.uai)]
          ];
  return Promise.all(figures.map(async ([label, query]) => ({ label, count: await countOf(query) })));
}

/**
 * The campaign's phase at `now` and the sentence naming its deadline. The seed's default calendar
 * puts today inside a phase that has one (registration), which is what the home pages announce.
 */
export function phaseAndDeadline(c: Campaign, now: Date): { phase: string; deadline: string } {
  const { phase, endsAt } = currentPhase(c, now);
  if (phase === 'before_opening' || !endsAt) {
    throw new Error(`The seeded campaign is in phase ${phase}: the tests expect it open, with a deadline ahead.`);
  }
  const lastDay = formatParisDate(new Date(`${lastDayBefore(endsAt)}T12:00:00Z`));
  return { phase: PHASE_LABELS[phase], deadline: `Prochaine échéance : jusqu’au ${lastDay} inclus.` };
}

/** A request a test added, and how to remove it (and its pupil) again. */
export interface AddedApplication {
  id: string;
  application: Application;
  remove: () => Promise<void>;
}

/**
 * Adds one pupil and their interview request to the lycée of `lyceeUai`, copied from a request it
 * already received (same collège, domain and formations), as the collège head would enter them.
 * Resolves with a function that removes both again.
 */
export async function addApplicationTo(lyceeUai: string): Promise<() => Promise<void>> {
  return (await addApplication(lyceeUai)).remove;
}

/** addApplicationTo, for a pupil named `identity` (fictitious: no real minor's name ever enters a test). */
export async function addApplication(
  lyceeUai: string,
  identity: PupilIdentity = { firstName: 'Camille', lastName: 'Essai', level: '3e' }
): Promise<AddedApplication> {
  const received = await db.collection(COLLECTIONS.applications).where('lyceeUai', '==', lyceeUai).limit(1).get();
  if (received.empty) throw new Error(`The seed gave lycée ${lyceeUai} no application to copy.`);
  const model = application.parse(received.docs[0].data());
  const pupilId = `e2e-${randomUUID()}`;
  const pupilRef = db.collection(COLLECTIONS.pupils).doc(pupilId);
  const applicationRef = db.collection(COLLECTIONS.applications).doc(applicationId(pupilId, model.domainId));
  const now = new Date();
  await pupilRef.set(
    pupil.parse({
      ...identity,
      campaignId: model.campaignId,
      collegeUai: model.collegeUai,
      liveDomainIds: [model.domainId],
      createdAt: now,
      createdBy: model.createdBy,
      updatedAt: now,
      updatedBy: model.createdBy
    })
  );
  const added = application.parse({
    ...model,
    pupilId,
    pupil: identity,
    originAvis: {},
    status: 'registered',
    withdrawal: null,
    slotId: null,
    twinOf: null,
    createdAt: now,
    updatedAt: now
  });
  await applicationRef.set(added);
  return {
    id: applicationRef.id,
    application: added,
    remove: async () => {
      await applicationRef.delete();
      await pupilRef.delete();
    }
  };
}
