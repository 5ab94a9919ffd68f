import { describe, expect, it } from 'vitest';
import { cleanCell, readCatalogueTable } from './columns.js';
import { CONDORCET_CELLS } from './fixtures.spec-support.js';

const SAMPLE_HEADER = [
  'Domaine',
  'Département',
  'Ville',
  'Établissement',
  'UAI',
  'Diplôme',
  'Spécialité ou famille de métiers',
  "Modalité d'entretien",
  "Capacité d'accueil",
  "Courriel de l'établissement"
];
const ROW = [
  'Sécurité',
  '93',
  'Montreuil',
  'Lycée professionnel Condorcet',
  '0930427J',
  'CAP',
  'Agent de sécurité',
  'Collectif',
  '30',
  'ce.0930427j@ac-creteil.fr'
];

describe('readCatalogueTable', () => {
  it('reads the header of the académie’s sample file and numbers rows as Excel does', () => {
    const reading = readCatalogueTable([SAMPLE_HEADER, ROW]);
    expect(reading).toEqual({
      ok: true,
      rows: [
        {
          row: 2,
          cells: CONDORCET_CELLS
        }
      ]
    });
  });

  it('reads another year’s header: RNE, Commune, Niveau, capitals, missing accents, extra spaces, other order', () => {
    const header = [
      '  RNE ',
      'COMMUNE',
      'Etablissement d’accueil',
      'NIVEAU',
      'Specialite',
      'DOMAINE',
      'Modalite',
      'Nombre de places',
      'E-mail'
    ];
    const reading = readCatalogueTable([
      header,
      ['0930427j', 'Montreuil', 'LP Condorcet', 'cap', 'Agent de sécurité', 'Sécurité', 'collectif', '30', 'x@y.fr']
    ]);
    expect(reading.ok && reading.rows[0].cells).toEqual({
      domain: 'Sécurité',
      departement: '',
      city: 'Montreuil',
      lycee: 'LP Condorcet',
      uai: '0930427j',
      diploma: 'cap',
      specialty: 'Agent de sécurité',
      interviewFormat: 'collectif',
      capacity: '30',
      email: 'x@y.fr'
    });
  });

  it('reads headers by their words: administrative abbreviations, plurals, words in another order', () => {
    const header = [
      'Domaines',
      'Dépt',
      'Commune établissement',
      'Etab.',
      'Code RNE',
      'Diplôme préparé',
      'Libellé formation',
      'Entretiens (modalité)',
      'Nb de places offertes',
      'Mél. établissement'
    ];
    const reading = readCatalogueTable([header, ROW]);
    expect(reading.ok && reading.rows[0].cells).toEqual(CONDORCET_CELLS);
  });

  it('finds the header below a title row and blank rows, and skips blank rows between data rows', () => {
    const reading = readCatalogueTable([
      ['Catalogue Passpro 2027 — académie de Créteil'],
      [],
      SAMPLE_HEADER,
      ROW,
      [],
      ['', ' '],
      ROW
    ]);
    expect(reading.ok && reading.rows.map((r) => r.row)).toEqual([4, 7]);
  });

  it('refuses a file whose header lacks columns, naming them', () => {
    const reading = readCatalogueTable([SAMPLE_HEADER.filter((h) => h !== 'UAI' && h !== "Capacité d'accueil"), ROW]);
    expect(reading).toEqual({
      ok: false,
      error:
        'Colonnes introuvables : UAI, Capacité d’accueil. L’en-tête du fichier doit nommer les colonnes Domaine, Département, ' +
        'Ville, Établissement, UAI, Diplôme, Spécialité ou famille de métiers, Modalité d’entretien, Capacité d’accueil, ' +
        'Courriel de l’établissement.'
    });
  });

  it('names the headers it did not recognise, so the académie sees which to rename', () => {
    const header = SAMPLE_HEADER.map((h) => (h === 'UAI' ? 'Identifiant' : h === 'Ville' ? 'Code postal' : h));
    expect(readCatalogueTable([header, ROW])).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^Colonnes introuvables : Ville, UAI\. En-têtes non reconnus : « Code postal », « Identifiant »\. /
      )
    });
  });
});

describe('cleanCell', () => {
  it('turns non-breaking spaces, runs of spaces and line breaks into single spaces', () => {
    expect(cleanCell('\u00a0Lycée\u202fprofessionnel \n  Condorcet ')).toBe('Lycée professionnel Condorcet');
  });
});
