import { describe, expect, it } from 'vitest';
import { uai } from '$shared';
import { readSpreadsheet } from '$lib/spreadsheet/spreadsheet';
import { defaultCalendar, generateDemo } from '../../scripts/seed/index';
import { freshCollegeUai } from '../factories';
import { sampleCatalogueBytes } from '../fixtures';

describe('freshCollegeUai', () => {
  it('draws valid UAIs from a range that neither the demo nor the sample catalogue uses', async () => {
    const [sheet] = await readSpreadsheet('catalogue.xlsx', sampleCatalogueBytes());
    const today = new Date('2027-03-01T10:00:00Z');
    const used = [
      ...sheet.table.flat().filter((cell) => /^0\d{6}[A-Z]$/.test(cell)),
      ...generateDemo({ today, calendar: defaultCalendar(today) }).establishments.map((e) => e.uai)
    ];
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((code) => code.startsWith('0939'))).toEqual([]);
    for (let i = 0; i < 50; i++) expect(uai.parse(freshCollegeUai())).toMatch(/^0939\d{3}[A-Z]$/);
  });
});
