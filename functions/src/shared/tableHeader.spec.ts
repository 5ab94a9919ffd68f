import { describe, expect, it } from 'vitest';
import { columnMatcher, isBlankRow, locateHeader, type TableColumns } from './tableHeader.js';

type Column = 'name' | 'email' | 'uai';
const COLUMNS: TableColumns<Column> = {
  meanings: {
    name: { phrases: ['nom'], extras: ['prénom'] },
    email: { phrases: ['courriel', 'e-mail'], extras: ['adresse'] },
    uai: { phrases: ['UAI', 'RNE'], extras: ['code', 'établissement'] }
  },
  names: { name: 'Nom', email: 'Courriel', uai: 'UAI' },
  required: ['name', 'email']
};
const options = { searchRows: 3, missingHint: 'Nommez les colonnes.' };

describe('columnMatcher', () => {
  const columnOf = columnMatcher(COLUMNS);

  it.each([
    ['Courriel', 'email'],
    ['  COURRIEL ', 'email'],
    ['E-mail', 'email'],
    ['e mail', 'email'],
    ['RNE', 'uai']
  ])('matches the header « %s » to %s, whatever its case, accents or spacing', (header, column) => {
    expect(columnOf(header)).toBe(column);
  });

  it('does not match by prefix: « Nom de l’établissement » is not « Nom »', () => {
    expect(columnOf('Nom de l’établissement')).toBeUndefined();
  });
});

describe('locateHeader', () => {
  it('finds the header below a title row and blank rows', () => {
    const table = [['Catalogue 2027'], [], ['', ''], ['UAI', 'Nom', 'Courriel'], ['0770124S', 'Jean Moulin', 'a@b.fr']];
    const location = locateHeader(table, COLUMNS, options);
    expect(location).toEqual({
      ok: true,
      headerIndex: 3,
      positions: new Map([
        ['uai', 0],
        ['name', 1],
        ['email', 2]
      ])
    });
  });

  it('looks no further than `searchRows` non-blank rows, naming what the closest row lacks', () => {
    const table = [['Titre'], ['Nom'], ['Sous-titre'], ['Nom', 'Courriel']];
    expect(locateHeader(table, COLUMNS, options)).toEqual({
      ok: false,
      error: 'Colonne introuvable : Courriel. Nommez les colonnes.'
    });
  });

  it('refuses a header naming one column twice', () => {
    expect(locateHeader([['Nom', 'Courriel', 'E-mail']], COLUMNS, options)).toEqual({
      ok: false,
      error: 'Les colonnes « Courriel » et « E-mail » désignent toutes deux la colonne Courriel.'
    });
  });

  it('says an empty table is empty', () => {
    expect(locateHeader([[''], []], COLUMNS, options)).toEqual({ ok: false, error: 'Le fichier est vide.' });
  });
});

describe('isBlankRow', () => {
  it('is true for a row of spaces or no cell at all, false otherwise', () => {
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow([' ', ''])).toBe(true);
    expect(isBlankRow(['', 'x'])).toBe(false);
  });
});
