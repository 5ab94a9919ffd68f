import { collection, doc, getDoc, getDocs, query, where } from 'firebase/firestore';
import { it } from 'vitest';
import { COLLECTIONS } from '../../functions/src/shared/index.js';
import {
  ACTOR_LABELS,
  actors,
  expectAllowed,
  expectDenied,
  expectVerdict,
  type ActorName,
  type RulesEnvironment
} from './helpers.js';

/** A list query and its verdict: `filter` narrows it by equality (none: the whole collection). */
export interface ListCase {
  actor: ActorName;
  allowed: boolean;
  filter?: Record<string, string>;
  /** How the test name says what is listed: "the pupils of collège A". */
  what: string;
}

/** Who may read a collection: the seeded document `id`, got by each actor, then list queries. */
export interface ReadGrid {
  collection: keyof typeof COLLECTIONS;
  id: string;
  /** How the test names say the document: "a pupil of collège A". */
  document: string;
  mayGet: ActorName[];
  mayNotGet: ActorName[];
  lists: ListCase[];
}

/**
 * Registers a collection's read tests in the current describe, one per actor that gets the
 * document (`${who} may get ${document}`) and one per list query (`${who} may list ${what}`).
 * The document must be seeded before each test.
 */
export function readTests(rules: RulesEnvironment, grid: ReadGrid): void {
  const path = COLLECTIONS[grid.collection];
  for (const { actor, who } of actors(...grid.mayGet)) {
    it(`${who} may get ${grid.document}`, async () => {
      await expectAllowed(getDoc(doc(rules.as(actor), path, grid.id)));
    });
  }

  for (const { actor, who } of actors(...grid.mayNotGet)) {
    it(`${who} may not get ${grid.document}`, async () => {
      await expectDenied(getDoc(doc(rules.as(actor), path, grid.id)));
    });
  }

  for (const { actor, allowed, filter = {}, what } of grid.lists) {
    it(`${ACTOR_LABELS[actor]} ${allowed ? 'may' : 'may not'} list ${what}`, async () => {
      const narrowed = Object.entries(filter).map(([field, value]) => where(field, '==', value));
      await expectVerdict(allowed, getDocs(query(collection(rules.as(actor), path), ...narrowed)));
    });
  }
}
