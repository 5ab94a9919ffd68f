import {
  arrayRemove,
  arrayUnion,
  doc,
  serverTimestamp,
  writeBatch,
  type DocumentData,
  type Firestore
} from 'firebase/firestore';
import { applicationDoc } from '../factories/applications.js';
import { formationDoc } from '../factories/catalogue.js';
import { establishmentDoc } from '../factories/establishments.js';
import { pupilDoc } from '../factories/pupils.js';
import {
  APPLICATION_A,
  COLLEGE_A,
  DOMAIN_ID,
  FORMATION_SPECS,
  LYCEE_L1,
  LYCEE_L2,
  PUPIL_A,
  formationIdOf,
  type FormationKey
} from '../factories/world.js';
import { ACTORS, docPath, type ActorName, type RulesEnvironment, type Seed } from './helpers.js';

/**
 * The collège's writes on an application as the app sends them: each change of a request's
 * liveness goes in one batch with the pupil's liveDomainIds, which the rules check on both sides.
 */

export const applicationRef = (db: Firestore, id = APPLICATION_A) => doc(db, 'applications', id);
export const pupilRef = (db: Firestore, id = PUPIL_A) => doc(db, 'pupils', id);

/** L1's formations of the électricité domain, and a formation of another domain (thermique). */
export const ELECTRICIEN = formationIdOf('electricienL1');
export const MELEC = formationIdOf('melecL1');
export const NUMERIQUE = formationIdOf('numeriqueL1');
export const THERMIQUE = formationIdOf('thermiqueL1');

/** A collège avis on one formation, as the head writes it. */
export const avis = (value: string, comment = 'Élève sérieuse et motivée.') => ({ avis: value, comment });

/** The uid an actor signs with (anonymous visitors have none: any uid fails them). */
export const uidOf = (actor: ActorName) => (actor === 'anonymous' ? 'anonymous' : ACTORS[actor].uid);

/** updatedAt/updatedBy as the app stamps every write. */
export const stamp = (actor: ActorName) => ({ updatedAt: serverTimestamp(), updatedBy: uidOf(actor) });

/** PUPIL_A (no live request yet), his collège (whose name a request copies), the lycées and the whole catalogue. */
export const pupilAndCatalogue = (): Seed => ({
  [docPath('pupils', PUPIL_A)]: pupilDoc(),
  [docPath('establishments', COLLEGE_A)]: establishmentDoc(COLLEGE_A),
  [docPath('establishments', LYCEE_L1)]: establishmentDoc(LYCEE_L1),
  [docPath('establishments', LYCEE_L2)]: establishmentDoc(LYCEE_L2),
  ...Object.fromEntries(
    (Object.keys(FORMATION_SPECS) as FormationKey[]).map((key) => [
      docPath('formations', formationIdOf(key)),
      formationDoc(key)
    ])
  )
});

/** Seeds APPLICATION_A with `overrides`, and PUPIL_A listing its domain when it is live. */
export function seedApplication(rules: RulesEnvironment, overrides: Parameters<typeof applicationDoc>[0] = {}) {
  const application = applicationDoc(overrides);
  const live = application.status !== 'withdrawn';
  return rules.seed({
    [docPath('applications', APPLICATION_A)]: application,
    [docPath('pupils', PUPIL_A)]: pupilDoc({ liveDomainIds: live ? [DOMAIN_ID] : [] })
  });
}

/** The pupil's side of a batch: the domain joins (or leaves) his live domains. */
export const domainJoins = (domainId = DOMAIN_ID): DocumentData => ({ liveDomainIds: arrayUnion(domainId) });
export const domainLeaves = (domainId = DOMAIN_ID): DocumentData => ({ liveDomainIds: arrayRemove(domainId) });

/** One batch: `application` set (create) or updated, and the pupil updated with `pupilChange` (null: untouched). */
export function applicationBatch(
  rules: RulesEnvironment,
  actor: ActorName,
  write: { set?: DocumentData; update?: DocumentData; id?: string },
  pupilChange: DocumentData | null
): Promise<void> {
  const db = rules.as(actor);
  const batch = writeBatch(db);
  const ref = applicationRef(db, write.id);
  if (write.set) batch.set(ref, write.set);
  if (write.update) batch.update(ref, write.update);
  if (pupilChange) batch.update(pupilRef(db), { ...pupilChange, ...stamp(actor) });
  return batch.commit();
}

/** The head's request APPLICATION_A, as the form sends it. */
export const newApplication = (actor: ActorName, overrides: Record<string, unknown> = {}) => ({
  ...applicationDoc(),
  createdAt: serverTimestamp(),
  createdBy: uidOf(actor),
  ...stamp(actor),
  ...overrides
});
