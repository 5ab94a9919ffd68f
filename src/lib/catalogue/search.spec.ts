import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '$lib/data/catalogue';
import { defaultCalendar, generateDemo } from '../../../scripts/seed/index';
import { communeOf, nearness, NEARNESS } from './places';
import { indexCatalogue, readQuery, searchCatalogue, withoutWord } from './search';

// The demo catalogue the seed writes (the same for any day: names depend on the seed alone).
const today = new Date('2027-03-01T10:00:00Z');
const entries: CatalogueEntry[] = generateDemo({ today, calendar: defaultCalendar(today) }).formations.map((f, i) => ({
  ...f,
  id: `f${i}`
}));
const index = indexCatalogue(entries);
const byId = new Map(entries.map((e) => [e.id, e]));
/** The first formations a query finds, as « diploma specialty — city ». */
const first = (query: string, count = 3) =>
  searchCatalogue(index, query)
    .ids.slice(0, count)
    .map((id) => {
      const e = byId.get(id)!;
      return `${e.diploma} ${e.specialty} — ${e.city}`;
    });

describe('searchCatalogue on the demo catalogue', () => {
  it('answers « CAP cuisine près de Bobigny », a town without lycée, with the nearest CAP cuisine', () => {
    const outcome = searchCatalogue(index, 'CAP cuisine près de Bobigny');
    expect(first('CAP cuisine près de Bobigny', 1)).toEqual(['CAP Cuisine — Sucy-en-Brie']);
    expect(outcome.place).toEqual({ kind: 'commune', name: 'Bobigny', inPlace: 'à Bobigny', within: false });
    expect(outcome.ids.every((id) => byId.get(id)!.diploma === 'CAP')).toBe(true);
  });

  it('puts the specialty named first, before the formations whose texts only mention it', () => {
    expect(first('cuisine bobigny')).toEqual([
      'CAP Cuisine — Sucy-en-Brie',
      'CAP Commercialisation et services en hôtel-café-restaurant — Sucy-en-Brie',
      '2NDE_PRO Métiers de l’hôtellerie-restauration — Vincennes'
    ]);
  });

  it('tolerates plurals, a one-letter typo and the name of the trade', () => {
    for (const query of ['cuisines', 'cusine', 'cuisinier'])
      expect(first(query, 1)).toEqual(['CAP Cuisine — Sucy-en-Brie']);
  });

  it('offers the nearest when the département named has none: « cuisine 93 »', () => {
    const outcome = searchCatalogue(index, 'cuisine 93');
    expect(first('cuisine 93', 1)).toEqual(['CAP Cuisine — Sucy-en-Brie']);
    expect(outcome.place).toEqual({
      kind: 'departement',
      name: 'Seine-Saint-Denis (93)',
      inPlace: 'en Seine-Saint-Denis (93)',
      within: false
    });
  });

  it('keeps the formations of a département named by number or by name', () => {
    for (const query of ['93', 'seine saint denis']) {
      const outcome = searchCatalogue(index, query);
      expect(outcome.ids.length).toBe(entries.filter((e) => e.departement === '93').length);
      expect(outcome.place).toMatchObject({ kind: 'departement', within: true });
    }
  });

  it('reads a postcode as its commune and ranks its intercommunality first: « 93000 » is Bobigny, in Est Ensemble', () => {
    const outcome = searchCatalogue(index, '93000');
    expect(outcome.ids.length).toBe(entries.length);
    expect(outcome.place).toEqual({ kind: 'commune', name: 'Bobigny', inPlace: 'à Bobigny', within: false });
    const cities = outcome.ids.slice(0, 12).map((id) => byId.get(id)!.city);
    expect(new Set(cities)).toEqual(new Set(['Montreuil', 'Noisy-le-Sec']));
  });

  it('offers the nearest to a commune shortened as people write it: « CAP cuisine st maur »', () => {
    const outcome = searchCatalogue(index, 'CAP cuisine st maur');
    expect(first('CAP cuisine st maur', 1)).toEqual(['CAP Cuisine — Sucy-en-Brie']);
    expect(outcome.place).toMatchObject({ kind: 'commune', name: 'Saint-Maur-des-Fossés' });
    expect(withoutWord('CAP cuisine st maur', 'saint maur')).toBe('CAP cuisine');
  });

  it('ranks a commune’s own lycées first: « coiffure montreuil »', () => {
    expect(first('coiffure montreuil', 1)).toEqual(['CAP Métiers de la coiffure — Montreuil']);
    expect(searchCatalogue(index, 'coiffure montreuil').place).toMatchObject({ inPlace: 'à Montreuil', within: true });
  });

  it('understands everyday words: « auto », « vente »', () => {
    expect(first('auto', 2)).toEqual([
      'CAP Maintenance des véhicules option voitures particulières — Coulommiers',
      'CAP Maintenance des véhicules option voitures particulières — Montreuil'
    ]);
    expect(first('vente', 1)).toEqual(['2NDE_PRO Métiers de la relation client — Saint-Ouen-sur-Seine']);
  });

  it('reads « seconde pro », « 2de pro » and « bac pro » as the 2nde professionnelle, without the lycée Bachelard', () => {
    const secondes = entries.filter((e) => e.diploma === '2NDE_PRO').length;
    for (const query of ['seconde pro', '2de pro', 'bac pro']) {
      const outcome = searchCatalogue(index, query);
      expect(outcome.ids.length).toBe(secondes);
      expect(outcome.ids.every((id) => byId.get(id)!.diploma === '2NDE_PRO')).toBe(true);
    }
  });

  it('finds words starting a word: « elec » finds the électriciens first', () => {
    expect(first('elec', 1)).toEqual(['CAP Électricien — Chevilly-Larue']);
  });

  it('says which word matched nothing', () => {
    expect(searchCatalogue(index, 'cuisine xylophone')).toMatchObject({ ids: [], unmatched: ['xylophone'] });
    // Each word finds something, but no formation has both: nothing to blame, every word may be dropped.
    expect(searchCatalogue(index, 'primeur maçon')).toMatchObject({
      ids: [],
      unmatched: [],
      words: ['primeur', 'macon']
    });
  });
});

describe('readQuery', () => {
  it('reads places, diploma and words, longest phrases first', () => {
    const read = readQuery('2de pro vente près de Seine-Saint-Denis');
    expect(read.diploma).toEqual({ word: '2de pro', value: '2NDE_PRO' });
    expect(read.departement).toEqual({ word: 'seine saint denis', value: '93' });
    expect(read.words.map((w) => w.word)).toEqual(['vente']);
    expect(readQuery('St-Maur-des-Fossés').near?.communes.map((c) => c.name)).toEqual(['Saint-Maur-des-Fossés']);
  });

  it('reads the start of a commune’s name when it names one commune only: « st maur », « ozoir la »', () => {
    const read = readQuery('cuisine st maur');
    expect(read.near).toMatchObject({ word: 'saint maur', communes: [{ name: 'Saint-Maur-des-Fossés' }] });
    expect(read.words.map((w) => w.word)).toEqual(['cuisine']);
    expect(readQuery('Ozoir la').near?.communes.map((c) => c.name)).toEqual(['Ozoir-la-Ferrière']);
    // Two communes begin so (La Ferté-sous-Jouarre, La Ferté-Gaucher); a single word is never a start.
    expect(readQuery('la ferte').near).toBeNull();
    expect(readQuery('bois').near).toBeNull();
  });
});

describe('withoutWord', () => {
  it('drops a word as typed, keeping the others as typed', () => {
    expect(withoutWord('Cuisine  xylophone Bobigny', 'xylophone')).toBe('Cuisine Bobigny');
    expect(withoutWord('CAP cuisine Seine-Saint-Denis', 'seine saint denis')).toBe('CAP cuisine');
  });
});

describe('nearness', () => {
  it('goes from the commune to its intercommunality, its département, the Grand Paris, the académie', () => {
    const bobigny = communeOf('Bobigny', '93')!;
    expect(nearness(bobigny, bobigny, '93')).toBe(NEARNESS.commune);
    expect(nearness(bobigny, communeOf('Montreuil', '93'), '93')).toBe(NEARNESS.territory);
    expect(nearness(bobigny, communeOf('Stains', '93'), '93')).toBe(NEARNESS.departement);
    expect(nearness(bobigny, communeOf('Créteil', '94'), '94')).toBe(NEARNESS.epci);
    expect(nearness(bobigny, communeOf('Melun', '77'), '77')).toBe(NEARNESS.academie);
  });
});
