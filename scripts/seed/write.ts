import { deleteApp, initializeApp } from 'firebase-admin/app';
import { getAuth, type Auth } from 'firebase-admin/auth';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { DEMO_PASSWORD } from '../../src/lib/demo/accounts.js';
import { DEMO_PROJECT_ID } from '../lib/localConfig.js';
import { COLLECTIONS } from '../../functions/src/shared/index.js';
import { demoDocuments, SEEDED_SCHEMAS, type SeedDocument, type SeededCollection } from './documents.js';
import type { DemoData } from './generate.js';
import type { DemoUser } from './users.js';

/** Where the seed writes: always the local emulators, never a real project. */
export interface EmulatorTarget {
  projectId: string;
  firestoreHost: string;
  authHost: string;
  /** The emulator hub, when the functions emulator may be listening (see pausingTriggers). */
  hubHost?: string;
}

/**
 * The emulators named by the environment (as `firebase emulators:exec` sets it). Throws if
 * either is missing: the Admin SDK would otherwise reach a real project with real credentials.
 */
export function emulatorTarget(env: NodeJS.ProcessEnv = process.env): EmulatorTarget {
  const firestoreHost = env.FIRESTORE_EMULATOR_HOST;
  const authHost = env.FIREBASE_AUTH_EMULATOR_HOST;
  if (!firestoreHost || !authHost) {
    throw new Error(
      'Le seed n’écrit que dans les émulateurs Firebase : FIRESTORE_EMULATOR_HOST et ' +
        'FIREBASE_AUTH_EMULATOR_HOST doivent être définis (lancez-le par « npm start » ou dans ' +
        '« firebase emulators:exec »).'
    );
  }
  return {
    projectId: env.GCLOUD_PROJECT || DEMO_PROJECT_ID,
    firestoreHost,
    authHost,
    hubHost: env.FIREBASE_EMULATOR_HUB || undefined
  };
}

export interface WriteSummary {
  projectId: string;
  counts: Record<SeededCollection, number>;
  authAccounts: number;
  durationMs: number;
}

/** Firestore's limit of writes per batch. */
const BATCH_SIZE = 500;

/**
 * Empties one emulator through its own reset endpoint, which exists on emulators only. A reset
 * rather than overwrites: documents that hang off the demo (convocations, reports, mail…) and
 * accounts created while trying it would otherwise outlive the demo they belong to.
 */
async function resetEmulator(url: string): Promise<void> {
  const response = await fetch(url, { method: 'DELETE' }).catch(() => {
    throw new Error(`Émulateur injoignable (${url}) : est-il démarré ?`);
  });
  if (!response.ok) throw new Error(`Impossible de vider l’émulateur (${url}) : HTTP ${response.status}.`);
}

/** Asks the emulator hub to pause or resume the triggers; false when no functions emulator runs. */
async function putHub(hubHost: string, path: string): Promise<boolean> {
  const response = await fetch(`http://${hubHost}${path}`, { method: 'PUT' });
  // 400: no functions emulator runs, so there is no trigger to pause.
  if (response.status === 400) return false;
  if (!response.ok) throw new Error(`Le hub des émulateurs refuse ${path} : HTTP ${response.status}.`);
  return true;
}

/** How long the triggers may take to run again after the seed (measured: 5 s after one seed, 45 s after three in a row). */
const TRIGGERS_BACK_TIMEOUT_MS = 180_000;

/**
 * Waits until the triggers run again: once resumed, the emulator delivers new events only after
 * it has reloaded the functions and worked through the events the seed's writes queued, which a
 * test starting at once would take for a missing trigger. The probe is a mail the outbox refuses
 * as malformed: its trigger marks it in error without sending anything; it is deleted after.
 */
async function untilTriggersRun(firestore: Firestore): Promise<void> {
  const probe = firestore.collection(COLLECTIONS.mail).doc(`seed-probe-${Date.now()}`);
  await probe.set({ kind: 'probe', delivery: { state: 'pending', attempts: 0 } });
  const deadline = Date.now() + TRIGGERS_BACK_TIMEOUT_MS;
  try {
    while ((await probe.get()).get('delivery.state') === 'pending') {
      if (Date.now() > deadline) {
        throw new Error(
          `Les fonctions de l’émulateur ne se déclenchent plus ${TRIGGERS_BACK_TIMEOUT_MS / 1000} s après le seed.`
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await probe.delete();
  }
}

/**
 * Runs `write` with the functions emulator's background triggers off, then waits until they run
 * again. The demo is written in its final state (twin flags, statuses, convocations are part of
 * it), so its ~2,000 writes have nothing to derive, yet their trigger runs would hold the
 * emulator's queue for minutes and delay every real trigger behind them (a test mail, a
 * convocation). Turning them off first also lets the queue drain (the hub waits for it).
 */
async function pausingTriggers<T>(
  hubHost: string | undefined,
  firestore: Firestore,
  write: () => Promise<T>
): Promise<T> {
  if (!hubHost || !(await putHub(hubHost, '/functions/disableBackgroundTriggers'))) return write();
  try {
    return await write();
  } finally {
    await putHub(hubHost, '/functions/enableBackgroundTriggers');
    await untilTriggersRun(firestore);
  }
}

async function writeDocuments(firestore: Firestore, documents: SeedDocument[]): Promise<void> {
  const commits = [];
  for (let i = 0; i < documents.length; i += BATCH_SIZE) {
    const batch = firestore.batch();
    for (const { collection, id, data } of documents.slice(i, i + BATCH_SIZE)) {
      batch.set(firestore.collection(collection).doc(id), data);
    }
    commits.push(batch.commit());
  }
  await Promise.all(commits);
}

async function createAccounts(auth: Auth, users: DemoUser[]): Promise<void> {
  await Promise.all(
    users.map(async ({ profile, claims }) => {
      await auth.createUser({
        uid: profile.uid,
        email: profile.email,
        emailVerified: true,
        password: DEMO_PASSWORD,
        displayName: profile.displayName
      });
      await auth.setCustomUserClaims(profile.uid, claims);
    })
  );
}

const countByCollection = (documents: SeedDocument[]) =>
  Object.fromEntries(
    Object.keys(SEEDED_SCHEMAS).map((c) => [c, documents.filter((d) => d.collection === c).length])
  ) as Record<SeededCollection, number>;

/**
 * Resets the emulators, then writes the demo: every document by its id, every demo account
 * with the demo password and its custom claims. Running it twice gives the same state.
 * `target` comes from emulatorTarget(): the Admin SDK reads the same environment variables.
 */
export async function writeDemo(demo: DemoData, target: EmulatorTarget): Promise<WriteSummary> {
  const started = performance.now();
  const documents = demoDocuments(demo);
  const app = initializeApp({ projectId: target.projectId }, `passpro-seed-${started}`);
  const { projectId, firestoreHost, authHost } = target;
  try {
    // Firestore and Auth are independent: each is reset then filled on its own.
    await pausingTriggers(target.hubHost, getFirestore(app), () =>
      Promise.all([
        resetEmulator(`http://${firestoreHost}/emulator/v1/projects/${projectId}/databases/(default)/documents`).then(
          () => writeDocuments(getFirestore(app), documents)
        ),
        resetEmulator(`http://${authHost}/emulator/v1/projects/${projectId}/accounts`).then(() =>
          createAccounts(getAuth(app), demo.users)
        )
      ])
    );
    return {
      projectId,
      counts: countByCollection(documents),
      authAccounts: demo.users.length,
      durationMs: performance.now() - started
    };
  } finally {
    await deleteApp(app);
  }
}
