import { describe, expect, it } from 'vitest';
import { levelFromLabel, MAX_CLASS_LIST_ROWS, readClassListTable } from './classListFile.js';

describe('levelFromLabel', () => {
  it.each([
    ['3EME', '3e'],
    ['3e', '3e'],
    ['3 ème', '3e'],
    ['Troisième', '3e'],
    ['3EME GENERALE', '3e'],
    ['10310019110', '3e'],
    ['3EME SEGPA', '3e_segpa'],
    ['3e Segpa', '3e_segpa'],
    ['16710002110', '3e_segpa'],
    ['1671000C11A', '3e_segpa'],
    ['3EME PREPA-METIERS', '3e_prepa_metiers'],
    ['3e prépa métiers', '3e_prepa_metiers'],
    ['3e Prépa-métiers', '3e_prepa_metiers'],
    ['UPE2A', 'eana'],
    ['EANA', 'eana'],
    ['MLDS', 'mlds']
  ])('reads « %s » as %s', (label, level) => {
    expect(levelFromLabel(label)).toBe(level);
  });

  it.each(['', '4EME', '4EME SEGPA', '3EME ULIS', '2NDE GT', '10210019110', '16610002110', 'Collège'])(
    'reads « %s » as no level of the procedure',
    (label) => {
      expect(levelFromLabel(label)).toBeNull();
    }
  );
});

describe('readClassListTable', () => {
  it('reads a SIECLE export below its merged title: usage name first, Prénom 1, Division, MEF label; other columns ignored', () => {
    const reading = readClassListTable([
      ['Élèves de 3e — Collège Jean Jaurès — année 2026-2027', '', '', '', '', ''],
      [
        'Nom de famille',
        'Nom d’usage',
        'Prénom 1',
        'Prénom 2',
        'Date de naissance',
        'Division',
        'Libellé MEF',
        'Code MEF'
      ],
      ['MARTIN', '', 'Léa', 'Anne', '2011-04-02', '3A', '3EME', '10310019110'],
      ['DUPONT', 'DURAND', 'Hugo', '', '2011-09-12', '3SEG', '3EME SEGPA', '16710002110'],
      ['', '', '', '', '', '', '', ''],
      ['NGUYEN', '', 'Minh', '', '2010-12-30', 'UPE2A', '', '']
    ]);
    expect(reading).toEqual({
      ok: true,
      rows: [
        { row: 3, lastName: 'MARTIN', firstName: 'Léa', className: '3A', level: '3e' },
        { row: 4, lastName: 'DURAND', firstName: 'Hugo', className: '3SEG', level: '3e_segpa' }
      ],
      rejected: [
        {
          row: 6,
          reason: 'Niveau : vide (niveaux acceptés : 3e, 3e SEGPA, 3e Prépa-métiers, EANA, MLDS)'
        }
      ]
    });
  });

  it('reads a Pronote-style export: NOM, PRENOM, CLASSE, NIVEAU in capitals', () => {
    const reading = readClassListTable([
      ['NOM', 'PRENOM', 'CLASSE', 'NIVEAU'],
      ['BENALI', 'Karim', '3PM', '3e prépa métiers'],
      ['FONTAINE', 'Zoé', '3C', 'MLDS']
    ]);
    expect(reading.ok && reading.rows.map((r) => [r.lastName, r.level])).toEqual([
      ['BENALI', '3e_prepa_metiers'],
      ['FONTAINE', 'mlds']
    ]);
  });

  it('refuses each faulty row with its French reasons and keeps the others', () => {
    const long = 'A'.repeat(61);
    const reading = readClassListTable([
      ['Nom', 'Prénom', 'Classe', 'Niveau'],
      ['', 'Léa', '3A', '3EME'],
      [long, 'Hugo', '3A', '3EME'],
      ['<script>alert(1)</script>', 'Zoé', '3A', '3EME'],
      ['Martin', 'Léa', '3A', '4EME'],
      ['Martin', 'Léa', '3A', '3EME']
    ]);
    expect(reading).toEqual({
      ok: true,
      rows: [{ row: 6, lastName: 'Martin', firstName: 'Léa', className: '3A', level: '3e' }],
      rejected: [
        { row: 2, reason: 'Nom : ne doit pas être vide' },
        { row: 3, reason: `Nom « ${'A'.repeat(40)}… » : doit contenir au plus 60 caractères` },
        { row: 4, reason: 'Nom « <script>alert(1)</script> » : les caractères < et > ne sont pas acceptés' },
        {
          row: 5,
          reason:
            'Niveau « 4EME » : niveau non concerné par la procédure (niveaux acceptés : 3e, 3e SEGPA, 3e Prépa-métiers, EANA, MLDS)'
        }
      ]
    });
  });

  it('reports the same pupil twice in the file by row, whatever the case, accents, hyphens or spaces', () => {
    const reading = readClassListTable([
      ['Nom', 'Prénom', 'Classe', 'Niveau'],
      ['Martin', 'Jean-Pierre', '3A', '3EME'],
      ['Dupont', 'Léa', '3A', '3EME'],
      ['MARTIN', 'Jean Pierre', '3B', '3EME']
    ]);
    expect(reading.ok && reading.rejected).toEqual([
      { row: 4, reason: 'même élève que la ligne 2 (MARTIN Jean Pierre)' }
    ]);
  });

  it('refuses a file without the columns it needs, naming the missing columns and the headers it did not recognise', () => {
    expect(readClassListTable([['Élève', 'Prénom', 'Groupe']])).toEqual({
      ok: false,
      error:
        'Colonnes introuvables : Nom, Niveau. En-têtes non reconnus : « Élève », « Groupe ». ' +
        'L’en-tête du fichier doit nommer les colonnes Nom, Prénom, Classe et Niveau (ou MEF).'
    });
  });

  it(`refuses a file of more than ${MAX_CLASS_LIST_ROWS} pupils as a whole`, () => {
    const rows = Array.from({ length: MAX_CLASS_LIST_ROWS + 1 }, (_, i) => [`Nom${i}`, 'Léa', '3A', '3EME']);
    expect(readClassListTable([['Nom', 'Prénom', 'Classe', 'Niveau'], ...rows])).toEqual({
      ok: false,
      error:
        'Le fichier compte 5\u202f001 lignes d’élèves : 5\u202f000 au plus. Importez la liste des classes de 3e seulement.'
    });
  });

  it('says an empty file is empty', () => {
    expect(readClassListTable([])).toEqual({ ok: false, error: 'Le fichier est vide.' });
  });
});
