import { slugify } from './catalogue.js';

/**
 * Finding the columns of a table read from a spreadsheet (CSV or Excel) by the meaning of their
 * header: a header is compared by its slug, so accents, case, spaces and punctuation do not
 * matter (« Adresse électronique », « ADRESSE  ELECTRONIQUE » and « adresse-electronique » are
 * one header). Matching is exact on the slug, never by prefix: « Nom de l'établissement » must
 * not be taken for « Nom ».
 */

/** The columns a kind of file has, and how to recognise and name them. */
export interface TableColumns<Column extends string> {
  /** Accepted header spellings of each column, as slugs (see slugify). */
  spellings: Record<Column, readonly string[]>;
  /** How messages name each column. */
  names: Record<Column, string>;
  /** Without these the file cannot be read. */
  required: readonly Column[];
}

/** The header row of a table and the position of each column it names, or why there is none. */
export type HeaderLocation<Column extends string> =
  { ok: true; headerIndex: number; positions: Map<Column, number> } | { ok: false; error: string };

/** True when a row holds nothing but blank cells (or no cell at all). */
export const isBlankRow = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** A function telling which column a header cell names, or undefined for a header it does not know. */
export function columnMatcher<Column extends string>(
  columns: TableColumns<Column>
): (header: string) => Column | undefined {
  const bySpelling = new Map<string, Column>(
    (Object.keys(columns.spellings) as Column[]).flatMap((column) =>
      columns.spellings[column].map((spelling) => [spelling, column] as const)
    )
  );
  return (header) => bySpelling.get(slugify(header));
}

type HeaderReading<Column extends string> =
  { ok: true; positions: Map<Column, number>; missing: Column[] } | { ok: false; error: string };

function readHeader<Column extends string>(
  header: readonly string[],
  columns: TableColumns<Column>,
  columnOf: (header: string) => Column | undefined
): HeaderReading<Column> {
  const positions = new Map<Column, number>();
  for (const [position, cell] of header.entries()) {
    const column = columnOf(cell);
    if (!column) continue;
    const previous = positions.get(column);
    if (previous !== undefined) {
      return {
        ok: false,
        error: `Les colonnes « ${header[previous].trim()} » et « ${cell.trim()} » désignent toutes deux la colonne ${columns.names[column]}.`
      };
    }
    positions.set(column, position);
  }
  return { ok: true, positions, missing: columns.required.filter((column) => !positions.has(column)) };
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
 * twice, or when no row qualifies (naming the columns missing from the row that came closest).
 */
export function locateHeader<Column extends string>(
  table: readonly (readonly string[])[],
  columns: TableColumns<Column>,
  { searchRows, missingHint }: LocateHeaderOptions
): HeaderLocation<Column> {
  const columnOf = columnMatcher(columns);
  let closest: Column[] | undefined;
  let seen = 0;
  for (const [index, cells] of table.entries()) {
    if (isBlankRow(cells)) continue;
    if (seen++ === searchRows) break;
    const reading = readHeader(cells, columns, columnOf);
    if (!reading.ok) return reading;
    if (reading.missing.length === 0) return { ok: true, headerIndex: index, positions: reading.positions };
    if (!closest || reading.missing.length < closest.length) closest = reading.missing;
  }
  if (!closest) return { ok: false, error: 'Le fichier est vide.' };
  const plural = closest.length > 1 ? 's' : '';
  return {
    ok: false,
    error: `Colonne${plural} introuvable${plural} : ${closest.map((column) => columns.names[column]).join(', ')}. ${missingHint}`
  };
}
