import { DIPLOMA_LABELS, formatParisDateTime, type Application, type Campaign } from '$shared';
import { filterCatalogue, NO_FILTERS, type CatalogueFilters } from '$lib/catalogue/filters';
import type { CatalogueEntry } from '$lib/data/catalogue';

/**
 * Choosing a request from the catalogue: a domain, then a lycée that offers it, then up to three
 * of that lycée's formations in the domain. One interview per pupil per domain: a live request in
 * the domain refuses another, naming the lycée already chosen.
 */

/** The procedure's limit: one to three formations of one lycée in one domain. */
export const MAX_FORMATIONS = 3;

/** The pupil's request in a domain, live or withdrawn (one document per pupil and domain), or undefined. */
export const requestIn = <A extends Pick<Application, 'domainId'>>(applications: readonly A[], domainId: string) =>
  applications.find((application) => application.domainId === domainId);

/** Why a second request in a domain is refused: the lycée already chosen there. */
export const domainRefusal = (live: Pick<Application, 'domainLabel' | 'lyceeName'>) =>
  `Cet élève a déjà une demande dans le domaine « ${live.domainLabel} », au ${live.lyceeName} : un seul entretien par domaine.`;

/** « CAP Électricien » */
export const formationLabel = (entry: Pick<CatalogueEntry, 'diploma' | 'specialty'>) =>
  `${DIPLOMA_LABELS[entry.diploma]} ${entry.specialty}`;

/** A lycée offering the chosen domain, with its formations there that the filters keep. */
export interface LyceeOffer {
  uai: string;
  name: string;
  city: string;
  formations: CatalogueEntry[];
}

const byFrench = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** The domains of the catalogue, by label. */
export function catalogueDomains(entries: readonly CatalogueEntry[]): { id: string; label: string }[] {
  const domains = new Map(entries.map((entry) => [entry.domainId, entry.domainLabel]));
  return [...domains].map(([id, label]) => ({ id, label })).sort((a, b) => byFrench.compare(a.label, b.label));
}

/** The lycées offering the domain of `filters` (the catalogue's other filters applied), by name. */
export function lyceeOffers(entries: readonly CatalogueEntry[], filters: CatalogueFilters): LyceeOffer[] {
  const offers = new Map<string, LyceeOffer>();
  for (const entry of filterCatalogue(entries, { ...NO_FILTERS, ...filters, lycee: '' })) {
    const offer = offers.get(entry.uai) ?? { uai: entry.uai, name: entry.lyceeName, city: entry.city, formations: [] };
    offer.formations.push(entry);
    offers.set(entry.uai, offer);
  }
  return [...offers.values()].sort((a, b) => byFrench.compare(a.name, b.name));
}

/** Whether the interview of a request has started: by its status, or by the convocation's start. */
export const interviewStarted = (application: Pick<Application, 'status'>, startsAt: Date | null, now: Date) =>
  ['interviewed', 'absent', 'reported'].includes(application.status) || (startsAt !== null && now >= startsAt);

/**
 * Why a live request can no longer be withdrawn, in a sentence; null while it can (the rules: until
 * the interview starts and before the end of the interviews).
 */
export function withdrawalRefusal(
  application: Pick<Application, 'status'>,
  startsAt: Date | null,
  campaign: Pick<Campaign, 'interviewsCloseAt'>,
  now: Date
): string | null {
  if (['interviewed', 'absent', 'reported'].includes(application.status)) {
    return 'L’entretien a eu lieu : la demande ne peut plus être retirée.';
  }
  if (startsAt && now >= startsAt) {
    return `L’entretien a commencé le ${formatParisDateTime(startsAt)} : la demande ne peut plus être retirée.`;
  }
  if (now >= campaign.interviewsCloseAt)
    return 'La période des entretiens est close : la demande ne peut plus être retirée.';
  return null;
}
