import { describe, expect, it } from 'vitest';
import { levelOfLabel, readClassListTable } from './classListFile.js';

describe('readClassListTable', () => {
  it('finds the columns by meaning, below a title row, and reads levels from MEF labels', () => {
    const reading = readClassListTable([
      ['Export Siècle — 3e'],
      ['NOM', 'Prénom', 'Division', 'Libellé MEF'],
      ['Durand', 'Léa', '3e A', '3EME'],
      ['', '', '', ''],
      ['Ba', 'Moussa', '3e SEGPA', '3EME SEGPA']
    ]);
    expect(reading).toEqual({
      ok: true,
      rows: [
        { row: 3, lastName: 'Durand', firstName: 'Léa', className: '3e A', level: '3e' },
        { row: 5, lastName: 'Ba', firstName: 'Moussa', className: '3e SEGPA', level: '3e_segpa' }
      ],
      rejected: []
    });
  });

  it('rejects a row with an empty name, markup or an unknown level, naming the column', () => {
    const reading = readClassListTable([
      ['Nom', 'Prénom', 'Classe', 'Niveau'],
      ['', 'Léa', '3e A', '3e'],
      ['<b>Ba</b>', 'Moussa', '3e B', '3e'],
      ['Roy', 'Jade', '2nde 1', 'Seconde']
    ]);
    expect(reading.ok && reading.rejected).toEqual([
      { row: 2, reason: 'Le champ « Nom » : ne doit pas être vide.' },
      { row: 3, reason: 'Le champ « Nom » : ne doit pas contenir de balises (< … >).' },
      {
        row: 4,
        reason:
          'Le niveau « Seconde » n’est pas concerné par la procédure (3e, 3e SEGPA, 3e Prépa-métiers, EANA, MLDS).'
      }
    ]);
  });

  it('refuses a file without the required columns in French', () => {
    expect(readClassListTable([['Nom', 'Date de naissance']])).toEqual({
      ok: false,
      error:
        'Colonnes introuvables : Prénom, Niveau. La ligne d’en-tête doit nommer les colonnes Nom, Prénom, Classe et Niveau (ou MEF).'
    });
  });

  it('reads the levels of the procedure however they are written', () => {
    expect(['3e', '3ème', 'Troisième', '3e Prépa-métiers', 'UPE2A', 'MLDS'].map(levelOfLabel)).toEqual([
      '3e',
      '3e',
      '3e',
      '3e_prepa_metiers',
      'eana',
      'mlds'
    ]);
    expect(levelOfLabel('4e')).toBeUndefined();
  });
});
