import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '$lib/data/catalogue';
import { facetOptions, filterCatalogue, filtersFromParams, filtersToParams, NO_FILTERS, searchable } from './filters';

const entry = (overrides: Partial<CatalogueEntry>): CatalogueEntry => ({
  id: 'x',
  campaignId: '2027',
  domainId: 'electricite-energie',
  domainLabel: 'Électricité, énergie',
  uai: '0770124S',
  lyceeName: 'Lycée professionnel Jean Moulin',
  departement: '77',
  city: 'Torcy',
  diploma: 'CAP',
  specialty: 'Électricien',
  interviewFormat: 'individuel',
  capacity: 15,
  contactEmail: 'ce.0770124s@ac-creteil.fr',
  texts: { attendus: '', metiers: '', conditions: '' },
  ...overrides
});

const electricienTorcy = entry({ id: 'a' });
const melecDrancy = entry({
  id: 'b',
  uai: '0930161V',
  lyceeName: 'Lycée professionnel Marie Curie',
  departement: '93',
  city: 'Drancy',
  diploma: '2NDE_PRO',
  specialty: 'Métiers de l’électricité et de ses environnements connectés'
});
const cuisineDrancy = entry({
  id: 'c',
  uai: '0930161V',
  lyceeName: 'Lycée professionnel Marie Curie',
  departement: '93',
  city: 'Drancy',
  domainId: 'hotellerie-restauration',
  domainLabel: 'Hôtellerie-restauration',
  specialty: 'Cuisine'
});
const catalogue = [cuisineDrancy, melecDrancy, electricienTorcy];

describe('searchable', () => {
  it('drops accents, case and punctuation', () => {
    expect(searchable('Électricité, ÉNERGIE — l’avenir')).toBe('electricite energie l avenir');
  });
});

describe('filterCatalogue', () => {
  it('keeps the formations matching every filter, sorted by specialty', () => {
    expect(filterCatalogue(catalogue, { ...NO_FILTERS, domaine: 'electricite-energie' }).map((e) => e.id)).toEqual([
      'a',
      'b'
    ]);
    expect(filterCatalogue(catalogue, { ...NO_FILTERS, ville: 'drancy', diplome: 'CAP' }).map((e) => e.id)).toEqual([
      'c'
    ]);
  });

  it('keeps the order of the formations a search found, within the facets', () => {
    const filters = { ...NO_FILTERS, departement: '93', q: 'elec' };
    expect(filterCatalogue(catalogue, filters, ['a', 'b', 'c']).map((e) => e.id)).toEqual(['b', 'c']);
    expect(facetOptions(catalogue, filters, ['a', 'b']).departement).toEqual([
      { value: '77', label: 'Seine-et-Marne (77)', count: 1 },
      { value: '93', label: 'Seine-Saint-Denis (93)', count: 1 }
    ]);
  });
});

describe('facetOptions', () => {
  it('counts each value with every other filter applied, so that switching shows what it gives', () => {
    const options = facetOptions(catalogue, { ...NO_FILTERS, departement: '93', diplome: 'CAP' });
    expect(options.departement).toEqual([
      { value: '77', label: 'Seine-et-Marne (77)', count: 1 },
      { value: '93', label: 'Seine-Saint-Denis (93)', count: 1 }
    ]);
    expect(options.diplome).toEqual([
      { value: '2NDE_PRO', label: '2nde professionnelle', count: 1 },
      { value: 'CAP', label: 'CAP', count: 1 }
    ]);
    expect(options.lycee).toEqual([{ value: '0930161V', label: 'Lycée professionnel Marie Curie (Drancy)', count: 1 }]);
  });

  it('keeps the value in force even when no formation has it any more', () => {
    expect(facetOptions(catalogue, { ...NO_FILTERS, lycee: '0940192Y' }).lycee).toContainEqual({
      value: '0940192Y',
      label: '0940192Y',
      count: 0
    });
  });
});

describe('filters in the URL', () => {
  it('go to short, stable search parameters and come back the same', () => {
    const filters = { ...NO_FILTERS, q: 'électricité', domaine: 'electricite-energie', departement: '93' };
    const params = filtersToParams(filters);
    expect(params.toString()).toBe('domaine=electricite-energie&departement=93&q=%C3%A9lectricit%C3%A9');
    expect(filtersFromParams(params)).toEqual(filters);
  });

  it('ignore parameters they do not know', () => {
    expect(filtersFromParams(new URLSearchParams('utm_source=mail&ville=torcy'))).toEqual({
      ...NO_FILTERS,
      ville: 'torcy'
    });
  });
});
