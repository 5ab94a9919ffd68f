import { describe, expect, it } from 'vitest';
import { CsvFormatError, decodeTextFile, detectSeparator, parseCsv } from './csv.js';

describe('detectSeparator', () => {
  it('finds the semicolon of a French Excel export', () => {
    expect(detectSeparator('Nom;Courriel;Rôle;UAI\nA;b;c;d')).toBe(';');
  });

  it('finds the comma of an English export', () => {
    expect(detectSeparator('Name,Email,Role,UAI\n')).toBe(',');
  });

  it('finds tabs', () => {
    expect(detectSeparator('Nom\tCourriel\tRôle')).toBe('\t');
  });

  it('ignores separators inside quotes on the first line', () => {
    expect(detectSeparator('"Dupont, Jean, Paul";Courriel\n')).toBe(';');
  });

  it('prefers the semicolon when the first line has no separator', () => {
    expect(detectSeparator('Nom\nA,b')).toBe(';');
  });
});

describe('parseCsv', () => {
  it('splits records on LF, CRLF and CR line breaks', () => {
    expect(parseCsv('a;b\r\nc;d\ne;f\rg;h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h']
    ]);
  });

  it('adds no empty record for the final line break', () => {
    expect(parseCsv('a;b\n')).toEqual([['a', 'b']]);
  });

  it('keeps blank lines as records so that row numbers match the file', () => {
    expect(parseCsv('a\n\nb')).toEqual([['a'], [''], ['b']]);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks inside', () => {
    expect(parseCsv('"Dupont; Jean";"dit ""Jo""";"deux\nlignes"\nsuite;x;y', ';')).toEqual([
      ['Dupont; Jean', 'dit "Jo"', 'deux\nlignes'],
      ['suite', 'x', 'y']
    ]);
  });

  it('keeps a quote in the middle of an unquoted field as a character', () => {
    expect(parseCsv('Jean "Jo" Dupont;a')).toEqual([['Jean "Jo" Dupont', 'a']]);
  });

  it('keeps empty fields, quoted or not', () => {
    expect(parseCsv('a;;"";b')).toEqual([['a', '', '', 'b']]);
  });

  it('ignores a UTF-8 byte-order mark', () => {
    expect(parseCsv('\uFEFFNom;Rôle\n')).toEqual([['Nom', 'Rôle']]);
  });

  it('reads an empty text as no records', () => {
    expect(parseCsv('')).toEqual([]);
  });

  it('detects the separator when none is given', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd']
    ]);
  });

  it('refuses a quote that is never closed, naming the row where it opens', () => {
    const parse = () => parseCsv('Nom;Courriel\nA;a@x\n"B;b@x\nC;c@x');
    expect(parse).toThrow(CsvFormatError);
    expect(parse).toThrow('Ligne 3 : guillemet ouvert mais jamais fermé.');
  });
});

describe('decodeTextFile', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('decodes UTF-8', () => {
    expect(decodeTextFile(utf8('Rôle;Référent'))).toBe('Rôle;Référent');
  });

  it('decodes UTF-8 with a byte-order mark, dropping the mark', () => {
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Rôle')]))).toBe('Rôle');
  });

  it('falls back to Windows-1252 for a French Excel CSV', () => {
    // "Rôle;Référent" as Windows-1252: ô = F4, é = E9.
    const bytes = new Uint8Array([0x52, 0xf4, 0x6c, 0x65, 0x3b, 0x52, 0xe9, 0x66, 0xe9, 0x72, 0x65, 0x6e, 0x74]);
    expect(decodeTextFile(bytes)).toBe('Rôle;Référent');
  });
});
