import { slugify } from './catalogue.js';

/**
 * Finding the columns of a table read from a spreadsheet (CSV or Excel) by the meaning of their
 * header. Each académie, and each year, spells headers its own way (« Etab. », « Code RNE »,
 * « Libellé formation », « Nb de places offertes », « Capacité accueil »): a header is read as a
 * set of words — accents, case and punctuation removed, administrative abbreviations expanded,
 * plurals made singular, little words (de, la, d’…) dropped — and compared with the words each
 * column is known by, whatever their order. A header names a column when it holds every word of
 * one of the column's phrases and nothing the column does not know: « Nom de l’établissement »
 * is the lycée, never the « Nom » of a person.
 */

/** How a column is recognised. */
export interface ColumnMeaning {
  /** Phrases naming the column (« capacité », « nombre de places »): a header holds every word of one of them. */
  phrases: readonly string[];
  /** Words a header may add to a phrase without changing its meaning (« accueil », « offertes »). */
  extras?: readonly string[];
}

/** The columns a kind of file has, and how to recognise and name them. */
export interface TableColumns<Column extends string> {
  meanings: Record<Column, ColumnMeaning>;
  /** How messages name each column. */
  names: Record<Column, string>;
  /**
   * Without these the file cannot be read; a list stands for columns any one of which will do
   * (« Nom de famille » or « Nom d’usage »), named after its first.
   */
  required: readonly (Column | readonly Column[])[];
}

/** The header row of a table and the position of each column it names, or why there is none. */
export type HeaderLocation<Column extends string> =
  { ok: true; headerIndex: number; positions: Map<Column, number> } | { ok: false; error: string };

/** Spaces as spreadsheets hold them (non-breaking ones, runs, line breaks in a cell) made plain. */
export const cleanCell = (value: string) => value.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** True when a row holds nothing but blank cells (or no cell at all). */
export const isBlankRow = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** Words that carry no meaning in a header. */
const LITTLE_WORDS = new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'ou',
  'par',
  'pour',
  'un',
  'une'
]);

/** Abbreviations of administrative spreadsheets, and the word they stand for. */
const ABBREVIATIONS: Record<string, string> = {
  acc: 'accueil',
  adr: 'adresse',
  cne: 'commune',
  com: 'commune',
  dep: 'departement',
  dept: 'departement',
  dpt: 'departement',
  dipl: 'diplome',
  div: 'division',
  dom: 'domaine',
  elec: 'electronique',
  ent: 'entretien',
  etab: 'etablissement',
  etabl: 'etablissement',
  etabt: 'etablissement',
  etbt: 'etablissement',
  form: 'formation',
  lib: 'libelle',
  lyc: 'lycee',
  lp: 'lycee',
  modal: 'modalite',
  n: 'numero',
  nb: 'nombre',
  nbre: 'nombre',
  niv: 'niveau',
  no: 'numero',
  num: 'numero',
  spe: 'specialite',
  spec: 'specialite'
};

/** « Places » → « place », « niveaux » → « niveau »: the singular of a French word as headers use them. */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('eaux')) return word.slice(0, -1);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** The words of a header, as a set (see the module's comment): « N° d’UAI » → {numero, uai}. */
export function headerWords(header: string): Set<string> {
  const slug = slugify(header).replace(/(^|-)e-mail(?=-|$)/g, '$1email');
  return new Set(
    slug
      .split('-')
      .filter((word) => word !== '' && !LITTLE_WORDS.has(word))
      .map((word) => singular(ABBREVIATIONS[word] ?? word))
  );
}

/** A function telling which column a header cell names, or undefined for a header it does not know. */
export function columnMatcher<Column extends string>(
  columns: TableColumns<Column>
): (header: string) => Column | undefined {
  const known = (Object.keys(columns.meanings) as Column[]).map((column) => {
    const { phrases, extras = [] } = columns.meanings[column];
    const phraseWords = phrases.map((phrase) => headerWords(phrase));
    const allowed = new Set([
      ...phraseWords.flatMap((words) => [...words]),
      ...extras.flatMap((extra) => [...headerWords(extra)])
    ]);
    return { column, phraseWords, allowed };
  });
  return (header) => {
    const words = headerWords(header);
    if (words.size === 0) return undefined;
    let best: { column: Column; size: number } | undefined;
    for (const { column, phraseWords, allowed } of known) {
      if (![...words].every((word) => allowed.has(word))) continue;
      for (const phrase of phraseWords) {
        // The longest phrase wins: « Nom d’usage » is the usage name before it is a name.
        const fits = [...phrase].every((word) => words.has(word));
        if (fits && (!best || phrase.size > best.size)) best = { column, size: phrase.size };
      }
    }
    return best?.column;
  };
}

type HeaderReading<Column extends string> =
  { ok: true; positions: Map<Column, number>; missing: Column[]; unmatched: string[] } | { ok: false; error: string };

function readHeader<Column extends string>(
  header: readonly string[],
  columns: TableColumns<Column>,
  columnOf: (header: string) => Column | undefined
): HeaderReading<Column> {
  const positions = new Map<Column, number>();
  const unmatched: string[] = [];
  for (const [position, cell] of header.entries()) {
    const column = columnOf(cell);
    if (!column) {
      if (cell.trim() !== '') unmatched.push(cell.trim());
      continue;
    }
    const previous = positions.get(column);
    if (previous !== undefined) {
      return {
        ok: false,
        error: `Les colonnes « ${header[previous].trim()} » et « ${cell.trim()} » désignent toutes deux la colonne ${columns.names[column]}.`
      };
    }
    positions.set(column, position);
  }
  const missing = columns.required
    .filter((needed) =>
      typeof needed === 'string' ? !positions.has(needed) : !needed.some((column) => positions.has(column))
    )
    .map((needed) => (typeof needed === 'string' ? needed : needed[0]));
  return { ok: true, positions, missing, unmatched };
}

export interface LocateHeaderOptions {
  /**
   * How many non-blank rows may hold the header: 1 when it must come first, more when files put
   * a title or notes above it.
   */
  searchRows: number;
  /** Appended to the "columns not found" message: says what the header should look like. */
  missingHint: string;
}

/**
 * Finds the header: the first of the first `searchRows` non-blank rows that names every required
 * column. Fails with a French message when the table is empty, when that row names a column
 * twice, or when no row qualifies (naming the columns missing from the row that came closest,
 * and the headers of that row that were not recognised, so the person sees which to rename).
 */
export function locateHeader<Column extends string>(
  table: readonly (readonly string[])[],
  columns: TableColumns<Column>,
  { searchRows, missingHint }: LocateHeaderOptions
): HeaderLocation<Column> {
  const columnOf = columnMatcher(columns);
  let closest: { missing: Column[]; unmatched: string[] } | undefined;
  let seen = 0;
  for (const [index, cells] of table.entries()) {
    if (isBlankRow(cells)) continue;
    if (seen++ === searchRows) break;
    const reading = readHeader(cells, columns, columnOf);
    if (!reading.ok) return reading;
    if (reading.missing.length === 0) return { ok: true, headerIndex: index, positions: reading.positions };
    if (!closest || reading.missing.length < closest.missing.length) closest = reading;
  }
  if (!closest) return { ok: false, error: 'Le fichier est vide.' };
  const plural = closest.missing.length > 1 ? 's' : '';
  const unmatched =
    closest.unmatched.length === 0
      ? ''
      : ` En-tête${closest.unmatched.length > 1 ? 's' : ''} non reconnu${closest.unmatched.length > 1 ? 's' : ''} : ` +
        `${closest.unmatched.map((header) => `« ${header} »`).join(', ')}.`;
  return {
    ok: false,
    error: `Colonne${plural} introuvable${plural} : ${closest.missing.map((column) => columns.names[column]).join(', ')}.${unmatched} ${missingHint}`
  };
}
