import { describe, expect, it } from 'vitest';
import { exportFileName } from './export';
import { NO_FILTERS } from './filters';

describe('exportFileName', () => {
  it('says the campaign and what was filtered, in the order of the URL', () => {
    expect(exportFileName('2027', NO_FILTERS)).toBe('catalogue-passpro-2027.xlsx');
    expect(
      exportFileName('2027', { ...NO_FILTERS, domaine: 'hotellerie-restauration', departement: '93', q: 'CAP cuisine' })
    ).toBe('catalogue-passpro-2027-hotellerie-restauration-93-cap-cuisine.xlsx');
  });
});
