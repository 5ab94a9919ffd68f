// The rule of every suite: a deny test and its allowed twin differ in one aspect only, the one the
// test names. Build both from the same factory call with one override, and sign each actor's write
// with its own uid (authorUid): an author, a UAI or a time left from another actor would make the
// deny pass for a reason the test does not name.
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestEnvironment,
  type TokenOptions
} from '@firebase/rules-unit-testing';
import { doc, setLogLevel, writeBatch, type DocumentData, type Firestore } from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import {
  COLLECTIONS,
  PHASES,
  type Campaign,
  type Phase,
  type Role,
  type UserProfile
} from '../../functions/src/shared/index.js';
import { campaignInPhase } from '../factories/campaigns.js';
import { COLLEGE_A, COLLEGE_B, LYCEE_L1, LYCEE_L2, STAFF_UIDS } from '../factories/world.js';
import { userProfileDoc } from '../factories/users.js';
import { RULES_PROJECT_ID, firestoreEmulator, rulesSource } from './emulator.js';

interface Actor {
  uid: string;
  /** The custom claims of the ID token. */
  claims: TokenOptions;
  /** users/{uid} as seeded before each test; null: no profile at all. */
  profile: UserProfile | null;
}

function staff(uid: string, role: Role, uai: string | null, profile: Partial<UserProfile> = {}): Actor {
  return {
    uid,
    claims: uai === null ? { role } : { role, uai },
    profile: userProfileDoc(uid, role, uai, profile)
  };
}

/**
 * Who acts in the rules tests. Each signed-in actor's profile is seeded before every test, since
 * the rules honour claims only while an enabled profile agrees with them. The last five hold
 * claims the rules must refuse: no profile, a profile with another role or UAI, a disabled one.
 */
export const ACTORS = {
  admin: staff(STAFF_UIDS.admin, 'academie', null),
  headA: staff(STAFF_UIDS.headA, 'college_head', COLLEGE_A),
  referentA: staff(STAFF_UIDS.referentA, 'referent', COLLEGE_A),
  headB: staff(STAFF_UIDS.headB, 'college_head', COLLEGE_B),
  lyceeL1: staff(STAFF_UIDS.lyceeL1, 'lycee', LYCEE_L1),
  lyceeL2: staff(STAFF_UIDS.lyceeL2, 'lycee', LYCEE_L2),
  /** A second member of L1's staff, for two people planning at the same moment. */
  lyceeL1Colleague: staff(STAFF_UIDS.lyceeL1Colleague, 'lycee', LYCEE_L1),
  forgedAdmin: { uid: 'forged-admin', claims: { role: 'academie' }, profile: null },
  forgedHeadA: {
    uid: 'forged-head-a',
    claims: { role: 'college_head', uai: COLLEGE_A },
    profile: userProfileDoc('forged-head-a', 'referent', COLLEGE_A)
  },
  forgedLyceeL1: {
    uid: 'forged-lycee-l1',
    claims: { role: 'lycee', uai: LYCEE_L1 },
    profile: userProfileDoc('forged-lycee-l1', 'lycee', LYCEE_L2)
  },
  disabledAdmin: staff('disabled-admin', 'academie', null, { disabled: true }),
  disabledHeadA: staff('disabled-head-a', 'college_head', COLLEGE_A, { disabled: true })
} satisfies Record<string, Actor>;

export type SignedInActor = keyof typeof ACTORS;
export type ActorName = SignedInActor | 'anonymous';

/** Documents to seed, by path ("pupils/abc"). */
export type Seed = Record<string, DocumentData>;

/** The path of a document, for seeds. */
export const docPath = (collection: keyof typeof COLLECTIONS, id: string) => `${COLLECTIONS[collection]}/${id}`;

const actorProfiles: Seed = Object.fromEntries(
  Object.values(ACTORS)
    .filter((actor) => actor.profile !== null)
    .map((actor) => [docPath('users', actor.uid), actor.profile as UserProfile])
);

/**
 * One rules environment per test file, on the real firestore.rules: registers the hooks that
 * start it, empty the database and seed every actor's profile plus `suiteSeed` before each
 * test (one batch: seeding is the slow part of a test), and clean up.
 */
export function useRulesEnvironment(suiteSeed: () => Seed = () => ({})) {
  let env: RulesTestEnvironment;
  const databases = new Map<ActorName, Firestore>();

  beforeAll(async () => {
    // Denied writes are the point of half the tests: the SDK need not warn about each one.
    setLogLevel('error');
    // Reloading the rules would reset the coverage report globalSetup collects over all the
    // suites; without globalSetup (another config), each suite loads them itself.
    env = await initializeTestEnvironment({
      projectId: RULES_PROJECT_ID,
      firestore: { ...firestoreEmulator(), ...(inject('rulesLoaded') ? {} : { rules: rulesSource() }) }
    });
  }, 60_000); // compiling the rules takes seconds on a cold emulator
  beforeEach(async () => {
    await env.clearFirestore();
    await seed({ ...actorProfiles, ...suiteSeed() });
  });
  afterAll(() => env.cleanup());

  /** Writes documents with the rules off, as functions and imports would. */
  async function seed(docs: Seed): Promise<void> {
    await env.withSecurityRulesDisabled(async (context) => {
      const db = context.firestore() as unknown as Firestore;
      const batch = writeBatch(db);
      for (const [path, data] of Object.entries(docs)) batch.set(doc(db, path), data);
      await batch.commit();
    });
  }

  /** Writes a campaign (its id is its document id). */
  function seedCampaign(campaign: Campaign): Promise<void> {
    return seed({ [docPath('campaigns', campaign.id)]: campaign });
  }

  return {
    seed,
    /** Writes the campaign of the test académie, placed in `phase` relative to now. */
    seedCampaignIn: (phase: Phase) => seedCampaign(campaignInPhase(phase)),
    seedCampaign,
    /** The Firestore client of an actor, with the rules on. */
    as(name: ActorName): Firestore {
      let db = databases.get(name);
      if (!db) {
        const context =
          name === 'anonymous'
            ? env.unauthenticatedContext()
            : env.authenticatedContext(ACTORS[name].uid, ACTORS[name].claims);
        // The test SDK hands out the compat Firestore; the modular functions accept it.
        db = context.firestore() as unknown as Firestore;
        databases.set(name, db);
      }
      return db;
    }
  };
}

/** What useRulesEnvironment gives a suite: seeding, and each actor's Firestore client. */
export type RulesEnvironment = ReturnType<typeof useRulesEnvironment>;

/** Asserts the emulator let the operation through; returns its result. */
export function expectAllowed<T>(operation: Promise<T>): Promise<T> {
  return assertSucceeds(operation);
}

/** Asserts the emulator refused the operation with permission-denied (any other failure fails the test). */
export async function expectDenied(operation: Promise<unknown>): Promise<void> {
  await assertFails(operation);
}

/** Asserts the verdict a grid row expects. */
export async function expectVerdict(allowed: boolean, operation: Promise<unknown>): Promise<void> {
  await (allowed ? expectAllowed(operation) : expectDenied(operation));
}

/**
 * The uid a write by `actor` carries as its author (createdBy, updatedBy, reviewedBy): its own, so
 * that a denial comes from who acts and never from an author borrowed from another actor. An
 * anonymous visitor has no uid: its write keeps the author of the allowed twin, written by `twin`.
 */
export const authorUid = (actor: ActorName, twin: SignedInActor): string =>
  ACTORS[actor === 'anonymous' ? twin : actor].uid;

/** How a test name says the moment of each phase. */
const WHEN: Record<Phase, string> = {
  before_opening: 'before the campaign opens',
  registration: 'while registrations are open',
  convocation: 'after the registrations deadline',
  interviews: 'after the convocations deadline',
  summary_sheets: 'after the interviews deadline',
  closed: 'after closure'
};

/**
 * One row per phase: `allowedIn` lists the phases in which the operation must be allowed, every
 * other phase must deny it. A test name reads `${may} register a pupil ${when}`.
 */
export function phaseGrid(allowedIn: Phase[]): { phase: Phase; allowed: boolean; may: string; when: string }[] {
  return PHASES.map((phase) => {
    const allowed = allowedIn.includes(phase);
    return { phase, allowed, may: allowed ? 'may' : 'may not', when: WHEN[phase] };
  });
}

/** How a test name says who acts. */
export const ACTOR_LABELS: Record<ActorName, string> = {
  anonymous: 'an anonymous visitor',
  admin: 'the académie',
  headA: 'the head of collège A',
  referentA: 'the referent of collège A',
  headB: 'the head of collège B',
  lyceeL1: 'lycée L1',
  lyceeL2: 'lycée L2',
  lyceeL1Colleague: 'a colleague at lycée L1',
  forgedAdmin: 'a token claiming the académie role without a profile',
  forgedHeadA: 'a token claiming head of collège A over a referent profile',
  forgedLyceeL1: 'a token claiming lycée L1 over a lycée L2 profile',
  disabledAdmin: 'a disabled académie account',
  disabledHeadA: 'a disabled account of the head of collège A'
};

/** The actors named, each with the words a test name uses for it. */
export const actors = <Name extends ActorName>(...names: Name[]) =>
  names.map((actor) => ({ actor, who: ACTOR_LABELS[actor] }));
