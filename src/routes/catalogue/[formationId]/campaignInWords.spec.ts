import { describe, expect, it } from 'vitest';
import { campaignFromCalendar, officialCalendar } from '$shared';
import { campaignInWords, mapLink } from './campaignInWords';

describe('campaignInWords', () => {
  it('says by when to ask the référent, and the procedure’s dates, in plain words', () => {
    expect(campaignInWords(campaignFromCalendar('2027', officialCalendar(2027)))).toEqual({
      interview:
        'Pour obtenir un entretien, demandez au référent PASSPRO de votre collège de vous inscrire, au plus tard le vendredi 30 avril 2027.',
      steps: [
        'Inscriptions par les collèges du lundi 1er février 2027 au vendredi 30 avril 2027.',
        'Convocations envoyées à votre collège jusqu’au lundi 17 mai 2027.',
        'Entretiens au lycée jusqu’au vendredi 21 mai 2027.'
      ]
    });
  });
});

describe('mapLink', () => {
  it('searches the address on OpenStreetMap', () => {
    expect(mapLink('12 rue Gabriel Péri, 93000 Bobigny')).toBe(
      'https://www.openstreetmap.org/search?query=12%20rue%20Gabriel%20P%C3%A9ri%2C%2093000%20Bobigny'
    );
  });
});
