import { describe, expect, it } from 'vitest';
import type { CatalogueFileRow } from './columns.js';
import { CONDORCET_FORMATION, condorcetRow } from './fixtures.spec-support.js';
import { readCatalogueRow } from './row.js';

/** Condorcet's row where the sample file has it (line 57), with some cells changed. */
const fileRow = (cells: Partial<CatalogueFileRow['cells']> = {}) => condorcetRow(57, cells);

const reasonFor = (cells: Partial<CatalogueFileRow['cells']>) => {
  const reading = readCatalogueRow(fileRow(cells), '2027');
  return reading.ok ? null : reading.reason;
};

describe('readCatalogueRow', () => {
  it('turns a row of the sample file into a formation of the campaign, texts aside', () => {
    expect(readCatalogueRow(fileRow(), '2027')).toEqual({
      ok: true,
      formation: CONDORCET_FORMATION
    });
  });

  it('normalises a lower-case UAI, an upper-case e-mail and a département left empty', () => {
    const reading = readCatalogueRow(
      fileRow({ uai: '0930427j', email: 'CE.0930427J@AC-CRETEIL.FR', departement: '' }),
      '2027'
    );
    expect(
      reading.ok && [reading.formation.uai, reading.formation.contactEmail, reading.formation.departement]
    ).toEqual(['0930427J', 'ce.0930427j@ac-creteil.fr', '93']);
  });

  it.each([
    [{ uai: '093042J' }, 'UAI « 093042J » : UAI invalide : 7 chiffres suivis d’une lettre attendus'],
    [{ uai: '0930427K' }, 'UAI « 0930427K » : UAI invalide : la lettre de contrôle ne correspond pas'],
    [
      { departement: '75' },
      'Département « 75 » : ne correspond pas à l’UAI 0930427J, dont les chiffres 093 désignent le département 93'
    ],
    [
      { departement: '77' },
      'Département « 77 » : ne correspond pas à l’UAI 0930427J, dont les chiffres 093 désignent le département 93'
    ],
    [
      { departement: '75', uai: '0751234J' },
      "Département « 75 » : département hors de l'académie (attendu : 77, 93, 94)"
    ],
    [
      { departement: '94', capacity: 'quinze' },
      'Département « 94 » : ne correspond pas à l’UAI 0930427J, dont les chiffres 093 désignent le département 93 ; ' +
        'Capacité d’accueil « quinze » : nombre attendu'
    ],
    [{ diploma: 'BTS' }, 'Diplôme « BTS » : diplôme non concerné (CAP ou 2nde professionnelle)'],
    [
      { interviewFormat: 'Au choix' },
      "Modalité d’entretien « Au choix » : modalité d'entretien inconnue (individuel ou collectif)"
    ],
    [{ capacity: 'quinze' }, 'Capacité d’accueil « quinze » : nombre attendu'],
    [{ capacity: '12,5' }, 'Capacité d’accueil « 12,5 » : nombre entier attendu'],
    [{ capacity: '0' }, 'Capacité d’accueil « 0 » : doit être positif'],
    [{ capacity: '' }, 'Capacité d’accueil : nombre attendu'],
    [{ email: 'ce.0930427j' }, 'Courriel de l’établissement « ce.0930427j » : adresse électronique invalide'],
    [{ specialty: '' }, 'Spécialité ou famille de métiers : ne doit pas être vide'],
    [{ domain: '' }, 'Domaine : ne doit pas être vide'],
    [{ domain: '—' }, 'Domaine « — » : libellé sans lettres ni chiffres']
  ])('rejects the row %o with the reason « %s »', (cells, reason) => {
    expect(reasonFor(cells)).toBe(reason);
  });

  it('blames the UAI alone when the département, left empty, cannot be read from it', () => {
    expect(reasonFor({ uai: 'inconnu', departement: '' })).toBe(
      'UAI « inconnu » : UAI invalide : 7 chiffres suivis d’une lettre attendus'
    );
  });

  it('gives one reason per faulty column, in the order of the file', () => {
    expect(reasonFor({ capacity: '-2', uai: 'ABC', lycee: '' })).toBe(
      'Établissement : ne doit pas être vide ; UAI « ABC » : UAI invalide : 7 chiffres suivis d’une lettre attendus ; ' +
        'Capacité d’accueil « -2 » : doit être positif'
    );
  });
});
