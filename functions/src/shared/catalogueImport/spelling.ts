import { slugify } from '../catalogue.js';

/**
 * Spellings of one value that differ only by case, accents or punctuation (same slug) are the
 * same value. Files often write names in capitals (« LYCEE PROFESSIONNEL JEAN MOULIN »,
 * « MAISONS-ALFORT »): the import then keeps the spelling already known in mixed case — the first
 * such spelling in the file, else the one in Firestore — and only when none is known softens the
 * capitals itself. Comparisons with Firestore are then made on the same spelling, so a file in
 * capitals does not "update" a catalogue that says the same thing.
 */

/** Written in capitals, and not a short acronym such as « CAP » or « BTP ». */
export function isShouting(value: string): boolean {
  const letters = value.replace(/[^\p{L}]/gu, '');
  return letters.length > 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** How capitals are softened: labels take a capital first letter only, names one per word. */
export type SpellingStyle = 'label' | 'name';

/** Words a French place or school name keeps in lower case after its first word. */
const LOWER_CASE_WORDS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'sur',
  'sous',
  'en',
  'aux',
  'au',
  'professionnel',
  'polyvalent'
]);

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** « MÉTIERS DE LA MODE » → « Métiers de la mode »; « VITRY-SUR-SEINE » → « Vitry-sur-Seine ». */
export function softenCapitals(value: string, style: SpellingStyle): string {
  const lower = value.toLowerCase();
  if (style === 'label') return capitalise(lower);
  let first = true;
  // Words are runs of letters; « l' » and « d' » elisions stay lower case like particles.
  return lower.replace(/\p{L}+/gu, (word, offset: number) => {
    const elided = lower[offset + word.length] === "'" || lower[offset + word.length] === '’';
    const keepLower = !first && (LOWER_CASE_WORDS.has(word) || (elided && word.length === 1));
    first = false;
    return keepLower ? word : capitalise(word);
  });
}

/** The spellings known for each value, and the one to use. */
export class SpellingBook {
  readonly #preferred = new Map<string, string>();
  // A file repeats the same few names on thousands of rows: each is slugified once.
  readonly #slugs = new Map<string, string>();

  #slug(value: string): string {
    let slug = this.#slugs.get(value);
    if (slug === undefined) this.#slugs.set(value, (slug = slugify(value)));
    return slug;
  }

  /** Offers a spelling: the first one in mixed case offered for a value becomes its spelling. */
  offer(value: string): void {
    const slug = this.#slug(value);
    if (slug !== '' && !isShouting(value) && !this.#preferred.has(slug)) this.#preferred.set(slug, value);
  }

  /** The spelling to use for `value`: the preferred one, else `value` with its capitals softened if shouted. */
  spell(value: string, style: SpellingStyle): string {
    return this.#preferred.get(this.#slug(value)) ?? (isShouting(value) ? softenCapitals(value, style) : value);
  }
}
