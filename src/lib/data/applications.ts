import {
  arrayRemove,
  arrayUnion,
  collection,
  doc,
  FieldPath,
  getDoc,
  query,
  serverTimestamp,
  updateDoc,
  where,
  writeBatch,
  type CollectionReference,
  type Firestore,
  type Query
} from 'firebase/firestore';
import {
  application,
  applicationId,
  COLLECTIONS,
  identityOf,
  originAvis,
  withdrawalInput,
  type Application,
  type OriginAvis,
  type Pupil
} from '$shared';
import { db } from '$lib/firebase/app';
import { liveCount, polledCount } from '$lib/live/liveCount';
import { liveDoc } from '$lib/live/liveDoc';
import { liveQuery } from '$lib/live/liveQuery';
import type { Live } from '$lib/live/live';
import { schemaConverter, type WithId } from './converter';
import { establishmentsRef } from './establishments';

const converter = schemaConverter(COLLECTIONS.applications, application);

/** applications/, read through the shared schema. */
export function applicationsRef(firestore: Firestore): CollectionReference<WithId<Application>> {
  return collection(firestore, COLLECTIONS.applications).withConverter(converter);
}

/** Whose applications: the whole académie's, those a collège made, or those a lycée received. */
export type ApplicationScope = { collegeUai: string } | { lyceeUai: string } | null;

/** The applications (interview requests) of a campaign within `scope`. */
export function applicationsOfCampaign(
  firestore: Firestore,
  campaignId: string,
  scope: ApplicationScope
): Query<WithId<Application>> {
  const ofCampaign = query(applicationsRef(firestore), where('campaignId', '==', campaignId));
  if (scope === null) return ofCampaign;
  return 'collegeUai' in scope
    ? query(ofCampaign, where('collegeUai', '==', scope.collegeUai))
    : query(ofCampaign, where('lyceeUai', '==', scope.lyceeUai));
}

/** How many applications a campaign holds within `scope`: live for one établissement, polled académie-wide. */
export function liveApplicationCount(campaignId: string, scope: ApplicationScope): Live<number | null> {
  const applications = applicationsOfCampaign(db, campaignId, scope);
  return scope ? liveCount(applications) : polledCount(applications);
}

/** Every request of a collège in a campaign, withdrawn ones included, live: the follow-up's one listener. */
export function liveApplicationsOfCollege(campaignId: string, collegeUai: string): Live<WithId<Application>[]> {
  return liveQuery(applicationsOfCampaign(db, campaignId, { collegeUai }));
}

/** The requests of one pupil (equality filters only; the collège filter is what the rules check). */
export function applicationsOfPupil(firestore: Firestore, campaignId: string, collegeUai: string, pupilId: string) {
  return query(applicationsOfCampaign(firestore, campaignId, { collegeUai }), where('pupilId', '==', pupilId));
}

export function liveApplicationsOfPupil(
  campaignId: string,
  collegeUai: string,
  pupilId: string
): Live<WithId<Application>[]> {
  return liveQuery(applicationsOfPupil(db, campaignId, collegeUai, pupilId));
}

/** One request, live; null while loading or when absent (or not the collège's: the rules refuse it). */
export function liveApplication(id: string): Live<WithId<Application> | null> {
  return liveDoc(doc(applicationsRef(db), id));
}

const applicationDoc = (id: string) => doc(db, COLLECTIONS.applications, id);
const pupilDoc = (id: string) => doc(db, COLLECTIONS.pupils, id);
const authored = (uid: string) => ({ updatedAt: serverTimestamp(), updatedBy: uid });

/** The lycée and formations a request asks for, as chosen from the catalogue. */
export interface RequestChoice {
  domainId: string;
  domainLabel: string;
  lyceeUai: string;
  lyceeName: string;
  formationIds: string[];
}

/** Checks a choice with the shared schema (1 to 3 formations), so the form says what is wrong in French. */
export const requestChoice = application.pick({
  domainId: true,
  domainLabel: true,
  lyceeUai: true,
  lyceeName: true,
  formationIds: true
});

/**
 * Registers a pupil's request in a domain, during registrations. The id {pupil}_{domain} makes a
 * second live request in the domain impossible; the page says so first, naming the lycée chosen.
 * The pupil's liveDomainIds changes in the same batch, as the rules require. The collège's name,
 * copied for the lycée, is read here as the académie wrote it (the rules only check it is there:
 * comparing it would cost one more document read, over the rules' limit with three formations).
 */
export async function createApplication(pupil: WithId<Pupil>, choice: RequestChoice, uid: string): Promise<string> {
  const parsed = requestChoice.parse(choice);
  const id = applicationId(pupil.id, parsed.domainId);
  const collegeName = (await getDoc(doc(establishmentsRef(db), pupil.collegeUai))).data()?.name ?? '';
  const batch = writeBatch(db);
  batch.set(applicationDoc(id), {
    campaignId: pupil.campaignId,
    pupilId: pupil.id,
    pupil: identityOf(pupil),
    collegeUai: pupil.collegeUai,
    collegeName,
    ...parsed,
    originAvis: {},
    status: 'registered',
    withdrawal: null,
    slotId: null,
    twinOf: null,
    createdAt: serverTimestamp(),
    createdBy: uid,
    ...authored(uid)
  });
  batch.update(pupilDoc(pupil.id), { liveDomainIds: arrayUnion(parsed.domainId), ...authored(uid) });
  await batch.commit();
  return id;
}

/** The avis kept when the formations change: those of formations still requested. */
const avisStillRequested = (current: Record<string, OriginAvis>, formationIds: string[]) =>
  Object.fromEntries(Object.entries(current).filter(([formationId]) => formationIds.includes(formationId)));

/**
 * Changes the lycée or the formations of a request not yet convoked, or makes a withdrawn request
 * live again under the same id (during registrations only: the rules check the dates).
 */
export async function changeApplication(
  current: WithId<Application>,
  choice: RequestChoice,
  uid: string
): Promise<void> {
  const parsed = requestChoice.parse(choice);
  const reactivating = current.status === 'withdrawn';
  const batch = writeBatch(db);
  batch.update(applicationDoc(current.id), {
    lyceeUai: parsed.lyceeUai,
    lyceeName: parsed.lyceeName,
    formationIds: parsed.formationIds,
    originAvis: avisStillRequested(current.originAvis, parsed.formationIds),
    ...(reactivating ? { status: 'registered', withdrawal: null, slotId: null } : {}),
    ...authored(uid)
  });
  if (reactivating)
    batch.update(pupilDoc(current.pupilId), { liveDomainIds: arrayUnion(current.domainId), ...authored(uid) });
  await batch.commit();
}

/** The head's avis and comment on one requested formation (the rules: until registrations close, before the interview). */
export async function saveOriginAvis(applicationIdValue: string, formationId: string, value: OriginAvis, uid: string) {
  const parsed = originAvis.parse(value);
  const { updatedAt, updatedBy } = authored(uid);
  await updateDoc(
    applicationDoc(applicationIdValue),
    new FieldPath('originAvis', formationId),
    parsed,
    'updatedAt',
    updatedAt,
    'updatedBy',
    updatedBy
  );
}

/**
 * Withdraws a request (the pupil renounces): the head or the référent, until the interview starts.
 * A function then frees the lycée's slot and cancels the convocation.
 */
export async function withdrawApplication(current: WithId<Application>, reason: string, uid: string): Promise<void> {
  const batch = writeBatch(db);
  batch.update(applicationDoc(current.id), {
    status: 'withdrawn',
    withdrawal: { at: serverTimestamp(), by: uid, reason: withdrawalInput.parse({ reason }).reason },
    ...authored(uid)
  });
  batch.update(pupilDoc(current.pupilId), { liveDomainIds: arrayRemove(current.domainId), ...authored(uid) });
  await batch.commit();
}
