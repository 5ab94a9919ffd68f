import { describe, expect, it } from 'vitest';
import type { Establishment } from '$shared';
import { filterEstablishments, kindOf, NO_ESTABLISHMENT_FILTERS } from './establishmentList';

const establishment = (uai: string, overrides: Partial<Establishment>): Establishment => ({
  uai,
  kind: 'college',
  sector: 'public',
  name: 'Collège Jean Jaurès',
  departement: '93',
  city: 'Montreuil',
  address: '',
  functionalEmail: `ce.${uai.toLowerCase()}@ac-creteil.fr`,
  referentUid: 'referent',
  phone: '',
  website: '',
  transport: '',
  openDays: '',
  ...overrides
});

const list = [
  establishment('0941111A', { departement: '94', city: 'Créteil', name: 'Collège Albert Camus' }),
  establishment('0932222B', { city: 'Saint-Denis', name: 'Collège Élsa Triolet', referentUid: null }),
  establishment('0933333C', { city: 'Bobigny', name: 'Collège Pierre Sémard' })
];
const uais = (filters: Partial<typeof NO_ESTABLISHMENT_FILTERS>) =>
  filterEstablishments(list, { ...NO_ESTABLISHMENT_FILTERS, ...filters }).map((e) => e.uai);

describe('the académie’s list of établissements', () => {
  it('shows the lycées for ?type=lycee and the collèges otherwise', () => {
    expect(kindOf('lycee')).toBe('lycee');
    expect(kindOf('college')).toBe('college');
    expect(kindOf(null)).toBe('college');
    expect(kindOf('autre')).toBe('college');
  });

  it('orders by département, town and name', () => {
    expect(uais({})).toEqual(['0933333C', '0932222B', '0941111A']);
  });

  it('searches the name, the UAI and the town without accents or case, and filters by département', () => {
    expect(uais({ search: 'elsa' })).toEqual(['0932222B']);
    expect(uais({ search: '0941111a' })).toEqual(['0941111A']);
    expect(uais({ search: 'creteil' })).toEqual(['0941111A']);
    expect(uais({ departement: '93' })).toEqual(['0933333C', '0932222B']);
  });

  it('finds the collèges without a designated référent', () => {
    expect(uais({ withoutReferent: true })).toEqual(['0932222B']);
  });
});
