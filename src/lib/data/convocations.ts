import { collection, orderBy, query, where, type Firestore, type Query } from 'firebase/firestore';
import { httpsCallable } from 'firebase/functions';
import { COLLECTIONS, convocation, type Convocation } from '$shared';
import { db, functions } from '$lib/firebase/app';
import { liveQuery } from '$lib/live/liveQuery';
import type { Live } from '$lib/live/live';
import { schemaConverter, type WithId } from './converter';

const converter = schemaConverter(COLLECTIONS.convocations, convocation);

/** Whose convocations: those a lycée issued or those of a collège's pupils. */
export type ConvocationScope = { lyceeUai: string } | { collegeUai: string };

/** A campaign's convocations within `scope`, by date (composite index: campaignId, uai, startsAt). */
export function convocationsOf(
  firestore: Firestore,
  campaignId: string,
  scope: ConvocationScope
): Query<WithId<Convocation>> {
  const field = 'lyceeUai' in scope ? 'lyceeUai' : 'collegeUai';
  const uai = 'lyceeUai' in scope ? scope.lyceeUai : scope.collegeUai;
  return query(
    collection(firestore, COLLECTIONS.convocations).withConverter(converter),
    where('campaignId', '==', campaignId),
    where(field, '==', uai),
    orderBy('startsAt')
  );
}

/** The convocations within `scope`, live, with their delivery state. */
export function liveConvocations(campaignId: string, scope: ConvocationScope): Live<WithId<Convocation>[]> {
  return liveQuery(convocationsOf(db, campaignId, scope));
}

/** Sends the current mail of a convocation again (the lycée or the collège). */
export async function resendConvocation(applicationId: string): Promise<void> {
  await httpsCallable(functions, 'resendConvocation')({ applicationId });
}

export const DELIVERY_LABELS: Record<Convocation['delivery']['state'], string> = {
  pending: 'envoi en cours',
  sent: 'courriel envoyé',
  error: 'échec de l’envoi'
};

/** A convocation as the collège's pages read it: what they show of it. */
export type CollegeConvocation = WithId<
  Pick<
    Convocation,
    | 'campaignId'
    | 'applicationId'
    | 'collegeUai'
    | 'lyceeUai'
    | 'state'
    | 'pupil'
    | 'lyceeName'
    | 'domainLabel'
    | 'format'
    | 'mode'
    | 'startsAt'
    | 'endsAt'
    | 'place'
    | 'meetingUrl'
  >
>;

/** The convocations of a collège's pupils in a campaign, live, by date. */
export function liveConvocationsOfCollege(campaignId: string, collegeUai: string): Live<CollegeConvocation[]> {
  return liveConvocations(campaignId, { collegeUai });
}
