import { DIPLOMA_LABELS, slugify, type Departement } from '$shared';
import type { CatalogueEntry } from '$lib/data/catalogue';

/**
 * Filtering the catalogue in the browser, over the one read of a campaign's formations: facets
 * (domain, département, city, lycée, diploma) with their counts, and a free-text search that
 * ignores accents and case. The state lives in the URL, so a référent can send a link to a search.
 */

export const FACETS = ['domaine', 'departement', 'ville', 'lycee', 'diplome'] as const;
export type Facet = (typeof FACETS)[number];

/** The filters in force: one value per facet at most ('' = all), and the words searched. */
export type CatalogueFilters = Record<Facet, string> & { q: string };

export const NO_FILTERS: CatalogueFilters = { domaine: '', departement: '', ville: '', lycee: '', diplome: '', q: '' };

/** The value of each facet for a formation, as written in the URL. */
const FACET_VALUE: Record<Facet, (entry: CatalogueEntry) => string> = {
  domaine: (e) => e.domainId,
  departement: (e) => e.departement,
  ville: (e) => slugify(e.city),
  lycee: (e) => e.uai,
  diplome: (e) => e.diploma
};

const DEPARTEMENT_NAMES: Record<Departement, string> = {
  '77': 'Seine-et-Marne (77)',
  '93': 'Seine-Saint-Denis (93)',
  '94': 'Val-de-Marne (94)'
};

/** How a facet value is shown. */
const FACET_LABEL: Record<Facet, (entry: CatalogueEntry) => string> = {
  domaine: (e) => e.domainLabel,
  departement: (e) => DEPARTEMENT_NAMES[e.departement],
  ville: (e) => e.city,
  lycee: (e) => `${e.lyceeName} (${e.city})`,
  diplome: (e) => DIPLOMA_LABELS[e.diploma]
};

/** The filters a URL's search parameters hold (unknown parameters are ignored). */
export function filtersFromParams(params: URLSearchParams): CatalogueFilters {
  const filters = { ...NO_FILTERS };
  for (const key of [...FACETS, 'q'] as const) filters[key] = params.get(key)?.trim() ?? '';
  return filters;
}

/** The search parameters of a set of filters, in a fixed order and without empty ones, for short, stable links. */
export function filtersToParams(filters: CatalogueFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of [...FACETS, 'q'] as const) {
    const value = filters[key].trim();
    if (value !== '') params.set(key, value);
  }
  return params;
}

/** Lower case, no accents, words separated by single spaces: « Électricité, énergie » → « electricite energie ». */
export const searchable = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A formation's searchable text, computed once per formation. */
const haystacks = new WeakMap<CatalogueEntry, string>();
function haystackOf(entry: CatalogueEntry): string {
  let haystack = haystacks.get(entry);
  if (haystack === undefined) {
    haystack = ` ${searchable(
      [entry.specialty, entry.domainLabel, entry.lyceeName, entry.city, DIPLOMA_LABELS[entry.diploma], entry.uai].join(
        ' '
      )
    )}`;
    haystacks.set(entry, haystack);
  }
  return haystack;
}

/** True when every searched word starts a word of the formation's text (« elec » finds « Électricien »). */
export function matchesSearch(entry: CatalogueEntry, query: string): boolean {
  const words = searchable(query).split(' ').filter(Boolean);
  const haystack = haystackOf(entry);
  return words.every((word) => haystack.includes(` ${word}`));
}

function matches(entry: CatalogueEntry, filters: CatalogueFilters, ignored?: Facet): boolean {
  for (const facet of FACETS) {
    if (facet !== ignored && filters[facet] !== '' && FACET_VALUE[facet](entry) !== filters[facet]) return false;
  }
  return filters.q === '' || matchesSearch(entry, filters.q);
}

const byFrench = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** The formations the filters keep, by specialty, then diploma, then lycée. */
export function filterCatalogue(entries: readonly CatalogueEntry[], filters: CatalogueFilters): CatalogueEntry[] {
  return entries
    .filter((entry) => matches(entry, filters))
    .sort(
      (a, b) =>
        byFrench.compare(a.specialty, b.specialty) ||
        a.diploma.localeCompare(b.diploma) ||
        byFrench.compare(a.lyceeName, b.lyceeName)
    );
}

/** One choice of a facet: its URL value, its label, and how many formations choosing it would show. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/**
 * The options of each facet that would show at least one formation, in order. A facet's
 * counts apply every other filter but its own, so they say what choosing another value would
 * give. The value in force is always kept, even at 0 (a link to a formation since removed).
 */
export function facetOptions(
  entries: readonly CatalogueEntry[],
  filters: CatalogueFilters
): Record<Facet, FacetOption[]> {
  const options = {} as Record<Facet, FacetOption[]>;
  for (const facet of FACETS) {
    const byValue = new Map<string, FacetOption>();
    for (const entry of entries) {
      const value = FACET_VALUE[facet](entry);
      let option = byValue.get(value);
      if (!option) {
        option = { value, label: FACET_LABEL[facet](entry), count: 0 };
        byValue.set(value, option);
      }
      if (matches(entry, filters, facet)) option.count++;
    }
    const chosen = filters[facet];
    if (chosen !== '' && !byValue.has(chosen)) byValue.set(chosen, { value: chosen, label: chosen, count: 0 });
    options[facet] = [...byValue.values()]
      .filter((option) => option.count > 0 || option.value === chosen)
      // Départements in their usual order, by number; everything else alphabetically.
      .sort((a, b) => (facet === 'departement' ? a.value.localeCompare(b.value) : byFrench.compare(a.label, b.label)));
  }
  return options;
}
