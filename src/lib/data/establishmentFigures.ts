import { getCountFromServer, type Query } from 'firebase/firestore';
import type { Establishment } from '$shared';
import { db } from '$lib/firebase/app';
import { applicationsOfCampaign } from './applications';
import { formationsOfCampaign } from './formations';
import { pupilsOfCampaign } from './pupils';

/**
 * What the académie's list of établissements says of each one in a campaign: a collège's pupils
 * and the requests it made, a lycée's formations and the requests it received. Count queries read
 * no document (and no pupil's name); the list asks only for the rows it shows.
 */
export interface EstablishmentFigures {
  /** A collège's pupils, a lycée's formations. */
  first: number;
  /** The requests a collège made, or a lycée received, withdrawn ones included. */
  requests: number;
}

const countOf = async (query: Query) => (await getCountFromServer(query)).data().count;

export async function establishmentFigures(
  campaignId: string,
  { kind, uai }: Pick<Establishment, 'kind' | 'uai'>
): Promise<EstablishmentFigures> {
  const [first, requests] = await Promise.all(
    kind === 'college'
      ? [
          countOf(pupilsOfCampaign(db, campaignId, uai)),
          countOf(applicationsOfCampaign(db, campaignId, { collegeUai: uai }))
        ]
      : [
          countOf(formationsOfCampaign(db, campaignId, uai)),
          countOf(applicationsOfCampaign(db, campaignId, { lyceeUai: uai }))
        ]
  );
  return { first, requests };
}
