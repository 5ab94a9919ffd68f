import { describe, expect, it } from 'vitest';
import { readCapacity, readDepartement, readDiploma, readEmail, readInterviewFormat } from './values.js';

describe('readDiploma', () => {
  it.each([
    'CAP',
    'cap',
    'CAP 2 ans',
    'C.A.P.',
    'Certificat d’aptitude professionnelle',
    '1CAP2',
    '1CAP1',
    'CAP EN 2 ANS',
    '24122101210',
    '2402242711',
    '2412210A211'
  ])('reads « %s » as CAP', (value) => {
    expect(readDiploma(value)).toBe('CAP');
  });

  it.each([
    '2nde professionnelle',
    '2NDE PRO',
    '2de pro',
    'Seconde professionnelle',
    'Bac pro',
    '2NDPRO',
    '2NDE PRO ELEC',
    'BAC PRO 3 ANS',
    '24725002310'
  ])('reads « %s » as 2nde professionnelle', (value) => {
    expect(readDiploma(value)).toBe('2NDE_PRO');
  });

  it.each(['BTS', '1re professionnelle', 'Capacité en droit', '2CAP2', '1ERE PRO', '24725002320', '10310019110'])(
    'passes « %s » on, for the schema to refuse',
    (value) => {
      expect(readDiploma(value)).toBe(value);
    }
  );
});

describe('readInterviewFormat', () => {
  it.each([
    ['Individuel', 'individuel'],
    ['INDIVIDUELS', 'individuel'],
    ['Entretien individuel', 'individuel'],
    ['Collectif', 'collectif'],
    ['collective', 'collectif'],
    ['Au choix', 'Au choix']
  ])('reads « %s » as %s', (value, expected) => {
    expect(readInterviewFormat(value)).toBe(expected);
  });
});

describe('readDepartement', () => {
  it.each([
    ['77', '77'],
    ['077', '77'],
    ['93 - Seine-Saint-Denis', '93'],
    ['Val-de-Marne (94)', '94'],
    ['SEINE-ET-MARNE', '77'],
    ['75', '75'],
    ['770', '770']
  ])('reads « %s » as %s', (value, expected) => {
    expect(readDepartement(value, '0930427J')).toBe(expected);
  });

  it('takes the département of the UAI when the cell is empty', () => {
    expect(readDepartement('', '0930427J')).toBe('93');
    expect(readDepartement('', 'inconnu')).toBe('');
  });
});

describe('readCapacity', () => {
  it('reads whole numbers, with or without « places », and decimals as written', () => {
    expect(readCapacity('15')).toBe(15);
    expect(readCapacity('24 places')).toBe(24);
    expect(readCapacity('12,5')).toBe(12.5);
    expect(readCapacity('-3')).toBe(-3);
  });

  it('reads text as NaN and an empty cell as undefined, for the schema to refuse', () => {
    expect(readCapacity('quinze')).toBeNaN();
    expect(readCapacity('')).toBeUndefined();
  });
});

describe('readEmail', () => {
  it('drops the mailto: of a hyperlink', () => {
    expect(readEmail('mailto:ce.0930427j@ac-creteil.fr')).toBe('ce.0930427j@ac-creteil.fr');
  });
});
