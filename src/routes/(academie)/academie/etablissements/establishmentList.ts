import { ESTABLISHMENT_KINDS, slugify, type Departement, type Establishment } from '$shared';

/**
 * The académie's list of établissements: which kind the URL asks for, and the filters. Pure
 * functions, so the page stays a thin view over them.
 */

/** `?type=lycee` shows the lycées; anything else the collèges. */
export function kindOf(type: string | null): Establishment['kind'] {
  return ESTABLISHMENT_KINDS.find((kind) => kind === type) ?? 'college';
}

/** The list's filters ('' = all). */
export interface EstablishmentFilters {
  departement: Departement | '';
  /** Name, UAI or town, in any case, with or without accents. */
  search: string;
  /** Collèges only: those whose head has not designated a référent (convocations go to the mailbox alone). */
  withoutReferent: boolean;
}

export const NO_ESTABLISHMENT_FILTERS: EstablishmentFilters = { departement: '', search: '', withoutReferent: false };

const byFrench = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** The établissements the filters keep, by département, town, then name. */
export function filterEstablishments<E extends Establishment>(
  establishments: readonly E[],
  filters: EstablishmentFilters
): E[] {
  const wanted = slugify(filters.search);
  return establishments
    .filter(
      (e) =>
        (filters.departement === '' || e.departement === filters.departement) &&
        (!filters.withoutReferent || (e.kind === 'college' && e.referentUid === null)) &&
        (wanted === '' || [e.name, e.uai, e.city].some((field) => slugify(field).includes(wanted)))
    )
    .sort(
      (a, b) =>
        a.departement.localeCompare(b.departement) ||
        byFrench.compare(a.city, b.city) ||
        byFrench.compare(a.name, b.name)
    );
}
