import { DIPLOMA_LABELS, slugify, type Departement } from '$shared';
import type { CatalogueEntry } from '$lib/data/catalogue';

/**
 * Filtering the catalogue in the browser, over the one read of a campaign's formations: facets
 * (domain, département, city, lycée, diploma) with their counts, over the formations a typed
 * query found (search.ts, loaded on demand). The state lives in the URL, so a référent can send
 * a link to a search.
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

export const DEPARTEMENT_NAMES: Record<Departement, string> = {
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

/**
 * Whether a formation passes the facets (but `ignored`) and, when words are searched, was found:
 * `found` holds the ids the search found, null when nothing is typed.
 */
function matches(
  entry: CatalogueEntry,
  filters: CatalogueFilters,
  found: ReadonlySet<string> | null,
  ignored?: Facet
): boolean {
  for (const facet of FACETS) {
    if (facet !== ignored && filters[facet] !== '' && FACET_VALUE[facet](entry) !== filters[facet]) return false;
  }
  return found === null || found.has(entry.id);
}

const byFrench = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** The catalogue's order when nothing is searched: by specialty, then diploma, then lycée. */
export const byCatalogueOrder = (a: CatalogueEntry, b: CatalogueEntry) =>
  byFrench.compare(a.specialty, b.specialty) ||
  a.diploma.localeCompare(b.diploma) ||
  byFrench.compare(a.lyceeName, b.lyceeName);

/**
 * The formations the filters keep: those a search found (`foundIds`, best first) or, when
 * nothing is typed (null), all of them in the catalogue's order.
 */
export function filterCatalogue(
  entries: readonly CatalogueEntry[],
  filters: CatalogueFilters,
  foundIds: readonly string[] | null = null
): CatalogueEntry[] {
  if (foundIds === null) return entries.filter((entry) => matches(entry, filters, null)).sort(byCatalogueOrder);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return foundIds.flatMap((id) => {
    const entry = byId.get(id);
    return entry && matches(entry, filters, null) ? [entry] : [];
  });
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
  filters: CatalogueFilters,
  foundIds: readonly string[] | null = null
): Record<Facet, FacetOption[]> {
  const found = foundIds && new Set(foundIds);
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
      if (matches(entry, filters, found, facet)) option.count++;
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
