import { describe, expect, it } from 'vitest';
import { MAX_ACCOUNT_ROWS } from './account.js';
import { accountColumnOf, mergeAccountReports, readAccountTable } from './accountFile.js';
import { parseCsv } from './csv.js';

describe('accountColumnOf', () => {
  it.each([
    ['Nom', 'displayName'],
    ['NOM COMPLET', 'displayName'],
    ['name', 'displayName'],
    ['Prénom', 'firstName'],
    ['Courriel', 'email'],
    ['E-mail', 'email'],
    ['email', 'email'],
    ['Mail', 'email'],
    ['Adresse électronique', 'email'],
    ['  adresse  ELECTRONIQUE ', 'email'],
    ['Rôle', 'role'],
    ['ROLE', 'role'],
    ['Profil', 'role'],
    ['UAI', 'uai'],
    ['RNE', 'uai'],
    ['uai / rne', 'uai'],
    ['Code RNE', 'uai'],
    ['UAI établissement', 'uai'],
    ['Nom Prénom', 'displayName'],
    ['Adresse mél. professionnelle', 'email'],
    ['Rôles', 'role'],
    ['Profil PASSPRO', 'role']
  ])('matches the header « %s » to %s', (header, column) => {
    expect(accountColumnOf(header)).toBe(column);
  });

  it('ignores a header it does not know', () => {
    expect(accountColumnOf('Commentaire')).toBeUndefined();
  });

  it('does not take « Nom de l’établissement » for the name of the person', () => {
    expect(accountColumnOf('Nom de l’établissement')).toBeUndefined();
  });
});

describe('readAccountTable', () => {
  it('numbers each row as in the file, skipping blank rows and the header', () => {
    const table = parseCsv(
      '\nRôle;Courriel;Nom;UAI;Commentaire\n' +
        'referent;thomas.lebrun@ac-creteil.fr;Thomas Lebrun;0930101X;nouveau\n' +
        ';;;\n' +
        'Académie; claire.vasseur@ac-creteil.fr ;Claire Vasseur;;\n'
    );
    expect(readAccountTable(table)).toEqual({
      ok: true,
      rows: [
        {
          row: 3,
          displayName: 'Thomas Lebrun',
          email: 'thomas.lebrun@ac-creteil.fr',
          role: 'referent',
          uai: '0930101X'
        },
        { row: 5, displayName: 'Claire Vasseur', email: 'claire.vasseur@ac-creteil.fr', role: 'Académie', uai: '' }
      ],
      rejected: []
    });
  });

  it('joins a separate first-name column to the name', () => {
    const reading = readAccountTable([
      ['Nom', 'Prénom', 'Courriel', 'Rôle', 'UAI'],
      ['Lebrun', 'Thomas', 'thomas.lebrun@ac-creteil.fr', 'Référent', '0930101X']
    ]);
    expect(reading.ok && reading.rows[0].displayName).toBe('Thomas Lebrun');
  });

  it('reads a file without UAI column, for académie accounts', () => {
    const reading = readAccountTable([
      ['Name', 'E-mail', 'Profil'],
      ['Claire Vasseur', 'claire.vasseur@ac-creteil.fr', 'academie']
    ]);
    expect(reading.ok && reading.rows[0].uai).toBe('');
  });

  it('gives short rows empty cells, for manageAccounts to refuse', () => {
    const reading = readAccountTable([['Nom', 'Courriel', 'Rôle', 'UAI'], ['Thomas Lebrun']]);
    expect(reading.ok && reading.rows).toEqual([
      { row: 2, displayName: 'Thomas Lebrun', email: '', role: '', uai: '' }
    ]);
  });

  it('rejects a row with more values than columns, with its number, and keeps the others', () => {
    const reading = readAccountTable(
      parseCsv(
        'Nom;Courriel;Rôle;UAI\n' +
          'Lebrun; Thomas;thomas.lebrun@ac-creteil.fr;referent;0930101X\n' +
          'Claire Vasseur;claire.vasseur@ac-creteil.fr;academie;\n'
      )
    );
    expect(reading).toEqual({
      ok: true,
      rows: [
        { row: 3, displayName: 'Claire Vasseur', email: 'claire.vasseur@ac-creteil.fr', role: 'academie', uai: '' }
      ],
      rejected: [
        {
          row: 2,
          email: 'thomas.lebrun@ac-creteil.fr',
          outcome: 'rejected',
          reason:
            'ligne mal formée : plus de valeurs (5) que de colonnes (4) ; un séparateur dans un nom doit être entre guillemets'
        }
      ]
    });
  });

  it('refuses an empty file', () => {
    expect(readAccountTable([[''], []])).toEqual({ ok: false, error: 'Le fichier est vide.' });
  });

  it('refuses a file whose header lacks required columns, naming them', () => {
    expect(readAccountTable([['Nom', 'Téléphone', 'UAI']])).toEqual({
      ok: false,
      error:
        'Colonnes introuvables : Courriel, Rôle. En-tête non reconnu : « Téléphone ». L’en-tête du fichier doit nommer les colonnes Nom, Courriel, Rôle et UAI.'
    });
  });

  it('refuses a header naming one column twice', () => {
    expect(readAccountTable([['Nom', 'Courriel', 'E-mail', 'Rôle']])).toEqual({
      ok: false,
      error: 'Les colonnes « Courriel » et « E-mail » désignent toutes deux la colonne Courriel.'
    });
  });

  it(`refuses a file of more than ${MAX_ACCOUNT_ROWS} accounts`, () => {
    const table = [
      ['Nom', 'Courriel', 'Rôle'],
      ...Array.from({ length: MAX_ACCOUNT_ROWS + 1 }, () => ['A', 'a', 'lycee'])
    ];
    const reading = readAccountTable(table);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.error).toBe(
      `Le fichier compte ${MAX_ACCOUNT_ROWS + 1} comptes : ${MAX_ACCOUNT_ROWS} au plus par import. Découpez-le en plusieurs fichiers.`
    );
  });
});

describe('mergeAccountReports', () => {
  it('puts the lines of both reports in file order', () => {
    const line = (row: number) => ({ row, email: `${row}@ac-creteil.fr`, outcome: 'created' as const });
    expect(mergeAccountReports([line(2), line(5)], [line(3)]).map((l) => l.row)).toEqual([2, 3, 5]);
  });
});
