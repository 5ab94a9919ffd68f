/**
 * The catalogue's last search (its URL query), so that « Retour au catalogue » on a formation's
 * page brings back the same filters. Kept in memory only: a reload starts from the URL anyway.
 */
let lastSearch = '';

/** Remembers the query string of the catalogue page ('' or '?domaine=…'). */
export function rememberCatalogueSearch(search: string): void {
  lastSearch = search;
}

/** The catalogue's address with the last filters used. */
export const catalogueHref = () => `/catalogue${lastSearch}`;
