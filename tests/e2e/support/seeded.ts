import { randomUUID } from 'node:crypto';
import type { Query } from 'firebase-admin/firestore';
import {
  application,
  applicationId,
  campaign,
  COLLECTIONS,
  currentPhase,
  establishment,
  formation,
  formatParisDate,
  lastDayBefore,
  PHASE_LABELS,
  pupil,
  type Application,
  type Campaign,
  type InterviewFormat,
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

/** Who the pupil added by addApplication is and belongs to, and how his interview is held. */
export interface AddedRequestOptions {
  /** Fictitious (no real minor's name ever enters a test); Camille Essai by default. */
  identity?: PupilIdentity;
  /** His collège; by default the collège of a request the lycée already received. */
  college?: { uai: string; name: string };
  /** The interview format of the formation requested; by default any. */
  format?: InterviewFormat;
}

/** A request a test added, and how to remove it (and its pupil) again. */
export interface AddedApplication {
  id: string;
  application: Application;
  remove: () => Promise<void>;
}

/** addApplication, when the test only needs to remove what it added. */
export async function addApplicationTo(
  lyceeUai: string,
  options: AddedRequestOptions = {}
): Promise<() => Promise<void>> {
  return (await addApplication(lyceeUai, options)).remove;
}

/**
 * Adds one pupil and their interview request for one formation of the lycée of `lyceeUai`, as the
 * collège head would enter them.
 */
export async function addApplication(
  lyceeUai: string,
  { identity = { firstName: 'Camille', lastName: 'Essai', level: '3e' }, college, format }: AddedRequestOptions = {}
): Promise<AddedApplication> {
  const { id: campaignId } = await currentCampaign();
  const offered = (
    await db.collection(COLLECTIONS.formations).where('campaignId', '==', campaignId).where('uai', '==', lyceeUai).get()
  ).docs.map((doc) => ({ id: doc.id, ...formation.parse(doc.data()) }));
  const requested = offered.find((f) => !format || f.interviewFormat === format);
  if (!requested) throw new Error(`The seed gave lycée ${lyceeUai} no formation with ${format ?? 'any'} interviews.`);
  const received = await db.collection(COLLECTIONS.applications).where('lyceeUai', '==', lyceeUai).limit(1).get();
  if (!college && received.empty) throw new Error(`The seed gave lycée ${lyceeUai} no application to copy.`);
  const from = college ?? {
    uai: String(received.docs[0].get('collegeUai')),
    name: String(received.docs[0].get('collegeName'))
  };
  const pupilId = `e2e-${randomUUID()}`;
  const pupilRef = db.collection(COLLECTIONS.pupils).doc(pupilId);
  const applicationRef = db.collection(COLLECTIONS.applications).doc(applicationId(pupilId, requested.domainId));
  const now = new Date();
  const stamp = { createdAt: now, createdBy: 'e2e', updatedAt: now, updatedBy: 'e2e' };
  await pupilRef.set(
    pupil.parse({ ...identity, campaignId, collegeUai: from.uai, liveDomainIds: [requested.domainId], ...stamp })
  );
  const added = application.parse({
    campaignId,
    pupilId,
    pupil: identity,
    collegeUai: from.uai,
    collegeName: from.name,
    domainId: requested.domainId,
    domainLabel: requested.domainLabel,
    lyceeUai,
    lyceeName: requested.lyceeName,
    formationIds: [requested.id],
    originAvis: {},
    status: 'registered',
    withdrawal: null,
    slotId: null,
    twinOf: null,
    ...stamp
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
