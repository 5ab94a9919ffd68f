import { describe, expect, it } from 'vitest';
import type { Application } from '$shared';
import {
  activeFilterCount,
  demandByFormation,
  demandText,
  filterLines,
  filterOptions,
  groupLines,
  NO_REQUEST_FILTERS,
  requestLines,
  requestsFileName,
  requestsSheet,
  statusText,
  type LyceeFormation
} from './requests';

const CUISINE: LyceeFormation = {
  id: 'f-cuisine',
  domainId: 'hotellerie',
  domainLabel: 'Hôtellerie, restauration',
  diploma: 'CAP',
  specialty: 'Cuisine',
  capacity: 12
};
const SERVICE: LyceeFormation = {
  ...CUISINE,
  id: 'f-service',
  specialty: 'Commercialisation et services',
  capacity: 1
};
const ELEC: LyceeFormation = {
  id: 'f-elec',
  domainId: 'electricite',
  domainLabel: 'Électricité, énergie',
  diploma: '2NDE_PRO',
  specialty: 'Métiers de l’électricité',
  capacity: 24
};

const request = (id: string, overrides: Partial<Application> = {}) =>
  ({
    id,
    pupil: { firstName: 'Léa', lastName: 'Durand', level: '3e' },
    collegeUai: '0930101A',
    collegeName: 'Collège Jean Jaurès',
    domainId: 'hotellerie',
    domainLabel: 'Hôtellerie, restauration',
    formationIds: ['f-cuisine'],
    originAvis: {},
    status: 'registered',
    slotId: null,
    ...overrides
  }) as Application & { id: string };

const SLOT_START = new Date('2027-05-10T12:00:00Z');
const applications = [
  request('a1', {
    formationIds: ['f-cuisine', 'f-service'],
    originAvis: { 'f-cuisine': { avis: 'favorable', comment: 'Très motivée.' } },
    status: 'convoked',
    slotId: 's1'
  }),
  request('a2', {
    pupil: { firstName: 'Éric', lastName: 'Bénard', level: '3e_segpa' },
    collegeUai: '0930202B',
    collegeName: 'Collège Anatole France'
  }),
  request('a3', {
    pupil: { firstName: 'Yanis', lastName: 'Martin', level: '3e' },
    domainId: 'electricite',
    domainLabel: 'Électricité, énergie',
    formationIds: ['f-elec'],
    originAvis: { 'f-elec': { avis: 'reserve', comment: 'Projet peu précis.' } },
    status: 'withdrawn'
  })
];
const lines = requestLines(applications, [CUISINE, SERVICE, ELEC], new Map([['s1', SLOT_START]]), [
  { applicationId: 'a1', formationId: 'f-service' }
]);

describe('the lines of the requests a lycée received', () => {
  it('give one line per requested formation, by domain, formation, then name', () => {
    expect(lines.map((l) => l.key)).toEqual(['a3/f-elec', 'a1/f-service', 'a2/f-cuisine', 'a1/f-cuisine']);
    expect(lines.map((l) => l.formationLabel)).toEqual([
      '2nde professionnelle Métiers de l’électricité',
      'CAP Commercialisation et services',
      'CAP Cuisine',
      'CAP Cuisine'
    ]);
  });

  it('carry the collège’s avis and the shared sheet of that formation only', () => {
    const [, service, , cuisine] = lines;
    expect(cuisine.avis).toEqual({ avis: 'favorable', comment: 'Très motivée.' });
    expect(cuisine.sheetShared).toBe(false);
    expect(service.avis).toBeNull();
    expect(service.sheetShared).toBe(true);
  });

  it('date a convocation with the start of its slot', () => {
    expect(statusText(lines[3])).toBe('Convoqué le 10 mai 2027 à 14:00');
    expect(statusText(lines[2])).toBe('Inscrit');
    expect(statusText(lines[0])).toBe('Retiré');
  });

  it('keep a formation no longer in the catalogue under its id', () => {
    const [line] = requestLines([request('a9', { formationIds: ['gone'] })], [CUISINE], new Map(), []);
    expect(line.formationLabel).toBe('gone');
  });
});

describe('the filters of the requests received', () => {
  const keys = (filters: Partial<typeof NO_REQUEST_FILTERS>) =>
    filterLines(lines, { ...NO_REQUEST_FILTERS, ...filters }).map((l) => l.key);

  it('keep everything when empty', () => {
    expect(keys({})).toHaveLength(4);
  });

  it('filter by domain, formation, collège, status and avis', () => {
    expect(keys({ domainId: 'electricite' })).toEqual(['a3/f-elec']);
    expect(keys({ formationId: 'f-service' })).toEqual(['a1/f-service']);
    expect(keys({ collegeUai: '0930202B' })).toEqual(['a2/f-cuisine']);
    expect(keys({ status: 'convoked' })).toEqual(['a1/f-service', 'a1/f-cuisine']);
    expect(keys({ avis: 'favorable' })).toEqual(['a1/f-cuisine']);
    expect(keys({ avis: 'none' })).toEqual(['a1/f-service', 'a2/f-cuisine']);
  });

  it('find a pupil by part of the name, in any order, case or accents', () => {
    expect(keys({ name: 'benard' })).toEqual(['a2/f-cuisine']);
    expect(keys({ name: 'ERIC BÉN' })).toEqual(['a2/f-cuisine']);
    expect(keys({ name: 'durand lea' })).toEqual(['a1/f-service', 'a1/f-cuisine']);
    expect(keys({ name: 'zoé' })).toEqual([]);
  });

  it('are counted when set', () => {
    expect(activeFilterCount(NO_REQUEST_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...NO_REQUEST_FILTERS, avis: 'none', name: ' lé ' })).toBe(2);
    expect(activeFilterCount({ ...NO_REQUEST_FILTERS, name: '  ' })).toBe(0);
  });

  it('combine', () => {
    expect(keys({ domainId: 'hotellerie', avis: 'none', collegeUai: '0930101A' })).toEqual(['a1/f-service']);
  });

  it('offer the domains, formations and collèges present, in French order', () => {
    const options = filterOptions(lines);
    expect(options.domains.map((o) => o.label)).toEqual(['Électricité, énergie', 'Hôtellerie, restauration']);
    expect(options.formations).toHaveLength(3);
    expect(options.colleges).toEqual([
      { id: '0930202B', label: 'Collège Anatole France' },
      { id: '0930101A', label: 'Collège Jean Jaurès' }
    ]);
  });
});

describe('the grouping of the lines', () => {
  it('nests formations under their domain, in the lines’ order', () => {
    const groups = groupLines(lines);
    expect(groups.map((d) => [d.domainLabel, d.formations.map((f) => [f.formationLabel, f.lines.length])])).toEqual([
      ['Électricité, énergie', [['2nde professionnelle Métiers de l’électricité', 1]]],
      [
        'Hôtellerie, restauration',
        [
          ['CAP Commercialisation et services', 1],
          ['CAP Cuisine', 2]
        ]
      ]
    ]);
  });
});

describe('the demand against capacity', () => {
  it('counts the live requests of each formation against its places, withdrawn ones aside', () => {
    const demand = demandByFormation(applications, [CUISINE, SERVICE, ELEC]);
    expect(demand.map((d) => [d.formationLabel, d.requests, d.capacity])).toEqual([
      ['2nde professionnelle Métiers de l’électricité', 0, 24],
      ['CAP Commercialisation et services', 1, 1],
      ['CAP Cuisine', 2, 12]
    ]);
  });

  it('lists a requested formation missing from the catalogue, its capacity unknown', () => {
    const demand = demandByFormation([request('a9', { formationIds: ['gone'] })], [CUISINE]);
    expect(demand.find((d) => d.formationId === 'gone')).toMatchObject({ requests: 1, capacity: null });
  });

  it('says it in words, plurals right', () => {
    expect(demandText({ requests: 2, capacity: 12 })).toBe('2 demandes pour 12 places');
    expect(demandText({ requests: 1, capacity: 1 })).toBe('1 demande pour 1 place');
    expect(demandText({ requests: 0, capacity: null })).toBe('0 demande — capacité non renseignée');
  });
});

describe('the export of the requests received', () => {
  it('has French columns and one row per line shown', () => {
    const sheet = requestsSheet(lines.slice(3), '2027');
    expect(sheet.sheet).toBe('Demandes reçues 2027');
    expect(sheet.header[0]).toBe('Domaine');
    expect(sheet.rows).toEqual([
      [
        'Hôtellerie, restauration',
        'CAP Cuisine',
        'Durand',
        'Léa',
        '3e',
        'Collège Jean Jaurès',
        'Convoqué le 10 mai 2027 à 14:00',
        'Favorable',
        'Très motivée.',
        'Non'
      ]
    ]);
  });

  it('is named after the lycée’s UAI and the Paris day', () => {
    expect(requestsFileName('0930303C', new Date('2027-05-11T22:30:00Z'))).toBe(
      'demandes-recues-0930303C-2027-05-12.xlsx'
    );
  });
});
