import MiniSearch, { type Query } from 'minisearch';
import { ACADEMIE_DEPARTEMENTS, DIPLOMA_LABELS, type Departement, type Diploma } from '$shared';
import type { CatalogueEntry } from '$lib/data/catalogue';
import { byCatalogueOrder, DEPARTEMENT_NAMES, searchable } from './filters';
import {
  communeOf,
  communes,
  communesByName,
  communesByNameStart,
  communesByPostcode,
  nearness,
  NEARNESS,
  type Commune
} from './places';
import { DEPARTEMENT_WORDS, DIPLOMA_WORDS, STOP_WORDS, TRADE_WORDS } from './synonyms';

/**
 * The catalogue's free-text search (loaded on demand: only a typed query needs it). A query is
 * read into places (a commune, a postcode, a département), a diploma, and words; the words are
 * searched with MiniSearch in the specialty, domain, lycée, city and the lycée's texts, plurals and
 * one-letter typos tolerated, with the synonyms of synonyms.ts. Matches in the specialty come
 * first, then those in the other fields, then those in the texts only; a commune ranks the
 * formations from the nearest (places.ts).
 */

/** A word of the query with what it stands for. */
export interface SearchWord {
  /** As read (lower case, no accents), to show and to drop. */
  word: string;
  /** The formation's words it matches: any of them. */
  terms: string[];
}

/** What a query asks. */
export interface ReadQuery {
  words: SearchWord[];
  diploma: { word: string; value: Diploma } | null;
  departement: { word: string; value: Departement } | null;
  near: { word: string; communes: Commune[] } | null;
}

const diplomaWords = new Map(Object.entries(DIPLOMA_WORDS));
const departementWords = new Map<string, Departement>([
  ...Object.entries(DEPARTEMENT_WORDS),
  ...ACADEMIE_DEPARTEMENTS.map((d) => [d, d] as const)
]);
const tradeWords = new Map(Object.entries(TRADE_WORDS));
/** The longest phrase looked up (« seconde bac pro », « saint maur des fosses »). */
const LONGEST_PHRASE = 5;
const ABBREVIATIONS = new Map([
  ['st', 'saint'],
  ['ste', 'sainte']
]);

/** Reads what a phrase of the query stands for into `read`; false when it is an ordinary word. */
function readPhrase(read: ReadQuery, phrase: string): boolean {
  const departement = departementWords.get(phrase);
  const diploma = diplomaWords.get(phrase);
  const trade = tradeWords.get(phrase);
  const near = /^\d{5}$/.test(phrase)
    ? communesByPostcode.get(phrase)
    : (communesByName.get(phrase) ?? communesByNameStart.get(phrase));
  if (departement) read.departement = { word: phrase, value: departement };
  else if (diploma) read.diploma = { word: phrase, value: diploma };
  else if (trade) read.words.push({ word: phrase, terms: [phrase, ...trade] });
  else if (near) read.near = { word: phrase, communes: near };
  return Boolean(departement ?? diploma ?? trade ?? near);
}

/** The places, diploma and words of a query, longest phrases first (« seine saint denis » before « saint denis »). */
export function readQuery(query: string): ReadQuery {
  const tokens = searchable(query)
    .split(' ')
    .filter(Boolean)
    .map((token) => ABBREVIATIONS.get(token) ?? token);
  const read: ReadQuery = { words: [], diploma: null, departement: null, near: null };
  for (let i = 0; i < tokens.length;) {
    let length = Math.min(LONGEST_PHRASE, tokens.length - i);
    while (length > 0 && !readPhrase(read, tokens.slice(i, i + length).join(' '))) length--;
    if (length === 0) {
      if (!STOP_WORDS.has(tokens[i])) read.words.push({ word: tokens[i], terms: [tokens[i]] });
      length = 1;
    }
    i += length;
  }
  return read;
}

/** French plurals: « cuisines » is « cuisine », « métiers » « métier ». */
const singular = (term: string) => (term.length > 3 && /[sx]$/.test(term) ? term.slice(0, -1) : term);

const FIELDS = ['specialty', 'domain', 'diploma', 'lycee', 'city', 'texts'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_TEXT: Record<Field, (entry: CatalogueEntry) => string> = {
  specialty: (e) => e.specialty,
  domain: (e) => e.domainLabel,
  diploma: (e) => DIPLOMA_LABELS[e.diploma],
  lycee: (e) => e.lyceeName,
  city: (e) => e.city,
  texts: (e) => `${e.texts.attendus} ${e.texts.metiers} ${e.texts.conditions}`
};
/** Every field but the lycée's texts: a match there ranks before one in the texts only. */
const DESCRIPTION_FIELDS: Field[] = ['specialty', 'domain', 'diploma', 'lycee', 'city'];

/** A campaign's catalogue, indexed once for every query typed on the page. */
export interface CatalogueIndex {
  miniSearch: MiniSearch<CatalogueEntry>;
  entries: readonly CatalogueEntry[];
  /** Each formation's commune, when its city is spelt as the official data does. */
  communeOf: Map<string, Commune | undefined>;
}

export function indexCatalogue(entries: readonly CatalogueEntry[]): CatalogueIndex {
  const miniSearch = new MiniSearch<CatalogueEntry>({
    fields: [...FIELDS],
    extractField: (entry, field) => (field === 'id' ? entry.id : FIELD_TEXT[field as Field](entry)),
    tokenize: (text) => searchable(text).split(' '),
    processTerm: (term) => (term === '' || STOP_WORDS.has(term) ? null : singular(term)),
    searchOptions: {
      combineWith: 'AND',
      boost: { specialty: 4, domain: 2, diploma: 1, lycee: 1, city: 1, texts: 0.5 },
      prefix: (term) => term.length >= 3,
      // One typo from five letters on (« cusine »), two from nine: shorter words would match too much.
      fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
      weights: { prefix: 0.5, fuzzy: 0.3 }
    }
  });
  miniSearch.addAll(entries);
  return { miniSearch, entries, communeOf: new Map(entries.map((e) => [e.id, communeOf(e.city, e.departement)])) };
}

/** Every word must match; a word matches through any of its terms, a term of several words through all of them. */
const queryOf = (words: SearchWord[]): Query => ({
  combineWith: 'AND',
  queries: words.map(({ terms }) => ({
    combineWith: 'OR',
    queries: terms.map((term) => ({ combineWith: 'AND', queries: [term] }))
  }))
});

/** The place a query named, and whether any formation found is there. */
export interface SearchPlace {
  kind: 'commune' | 'departement';
  /** « Bobigny », « Seine-Saint-Denis (93) ». */
  name: string;
  /** « à Bobigny », « au Blanc-Mesnil », « en Seine-Saint-Denis (93) ». */
  inPlace: string;
  /** True when formations are found in the place itself, false when only the nearest are offered. */
  within: boolean;
}

/** « à Bobigny », « au Blanc-Mesnil », « aux Lilas ». */
const inCommune = (name: string) =>
  name.startsWith('Le ') ? `au ${name.slice(3)}` : name.startsWith('Les ') ? `aux ${name.slice(4)}` : `à ${name}`;

/** The answer to a query. */
export interface SearchOutcome {
  /** The formations found, best first. */
  ids: string[];
  /** Everything read in the query, in order, to offer dropping one when nothing is found. */
  words: string[];
  /** The words that match no formation at all. */
  unmatched: string[];
  place: SearchPlace | null;
}

/** The formations a query finds, best first (see the module's comment). */
export function searchCatalogue(index: CatalogueIndex, query: string): SearchOutcome {
  const read = readQuery(query);
  const words = [read.words.map((w) => w.word), read.diploma?.word, read.departement?.word, read.near?.word]
    .flat()
    .filter((word): word is string => word !== undefined);
  const unmatched = read.words.filter((w) => index.miniSearch.search(queryOf([w])).length === 0).map((w) => w.word);

  // 0: every word in the specialty; 1: in the description; 2: somewhere in the lycée's texts.
  const rank = new Map<string, { level: number; score: number }>();
  if (read.words.length === 0) {
    for (const entry of index.entries) rank.set(entry.id, { level: 0, score: 0 });
  } else {
    const levels: [number, Field[]][] = [
      [2, [...FIELDS]],
      [1, DESCRIPTION_FIELDS],
      [0, ['specialty']]
    ];
    for (const [level, fields] of levels) {
      for (const result of index.miniSearch.search(queryOf(read.words), { fields })) {
        rank.set(String(result.id), { level, score: result.score });
      }
    }
  }
  let found = index.entries.filter((e) => rank.has(e.id) && (!read.diploma || e.diploma === read.diploma.value));

  // A département keeps its formations; if it has none, the nearest ones are offered instead.
  let origins: Commune[] = read.near?.communes ?? [];
  const commune = origins[0]?.name;
  let place: SearchPlace | null = commune
    ? { kind: 'commune', name: commune, inPlace: inCommune(commune), within: false }
    : null;
  if (read.departement) {
    const departement = read.departement.value;
    const within = found.filter((e) => e.departement === departement);
    const name = DEPARTEMENT_NAMES[departement];
    place = { kind: 'departement', name, inPlace: `en ${name}`, within: within.length > 0 };
    if (within.length > 0) found = within;
    else origins = communes.filter((c) => c.departement === departement);
  }
  const nearnessOf = new Map(
    found.map((e) => [
      e.id,
      Math.min(NEARNESS.academie, ...origins.map((o) => nearness(o, index.communeOf.get(e.id), e.departement)))
    ])
  );
  if (place?.kind === 'commune') place.within = found.some((e) => nearnessOf.get(e.id) === NEARNESS.commune);

  const ids = found
    .sort((a, b) => {
      const [ra, rb] = [rank.get(a.id)!, rank.get(b.id)!];
      return (
        ra.level - rb.level ||
        nearnessOf.get(a.id)! - nearnessOf.get(b.id)! ||
        rb.score - ra.score ||
        byCatalogueOrder(a, b)
      );
    })
    .map((e) => e.id);
  return { ids, words, unmatched, place };
}

/** The query without one of its words (as `SearchOutcome.words` gives them), the words typed otherwise kept as typed. */
export function withoutWord(query: string, word: string): string {
  const dropped = new Set(word.split(' '));
  return query
    .split(/\s+/)
    .filter((typed) => {
      const read = searchable(typed);
      return read === '' || !read.split(' ').every((part) => dropped.has(ABBREVIATIONS.get(part) ?? part));
    })
    .join(' ');
}
