import { deleteApp, initializeApp, type App } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildConvocation } from '../../functions/src/services/convocations.js';
import { COLLECTIONS } from '../../functions/src/shared/index.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoUid } from '../../src/lib/demo/accounts.js';
import { SEEDED_SCHEMAS, type SeededCollection } from '../../scripts/seed/documents.js';
import { emulatorTarget, seedDemo, type SeedSummary } from '../../scripts/seed/index.js';

// A seed writes ~2,300 documents: the file seeds twice in all (each seed waits for the triggers to
// run again, which takes longer after seeds in a row), so the tests read the state the first left.
describe('seedDemo against the emulators', { timeout: 150_000 }, () => {
  const appUrl = 'http://127.0.0.1/demo';
  const today = new Date();
  let app: App;
  let first: SeedSummary;
  beforeAll(async () => {
    app = initializeApp({ projectId: emulatorTarget().projectId }, 'seed-write-spec');
    first = await seedDemo({ today, appUrl });
  }, 150_000);
  afterAll(() => deleteApp(app));

  const countOf = async (collection: string) =>
    (await getFirestore(app).collection(collection).count().get()).data().count;

  it('gives the same state when run twice, without what the previous demo left behind', async () => {
    await getFirestore(app).collection(COLLECTIONS.notifications).doc('left-from-a-previous-demo').set({ x: 1 });
    await getAuth(app).createUser({ uid: 'left-from-a-previous-demo', email: 'ancien.compte@ac-creteil.fr' });

    const second = await seedDemo({ today, appUrl });

    expect(second.counts).toEqual(first.counts);
    for (const collection of Object.keys(SEEDED_SCHEMAS) as SeededCollection[]) {
      expect(await countOf(collection), collection).toBe(second.counts[collection]);
    }
    expect(await countOf(COLLECTIONS.notifications)).toBe(0);
    expect(second.counts.interviewSlots).toBeGreaterThan(0);
    expect(second.counts.convocations).toBeGreaterThan(0);
    expect((await getAuth(app).listUsers()).users.map((u) => u.uid).sort()).toEqual(DEMO_ACCOUNTS.map(demoUid).sort());
  });

  it('writes the convocations the trigger would: rebuilt from the seeded documents, none changes and nothing is mailed', async () => {
    const { counts } = first;
    const firestore = getFirestore(app);
    const before = await firestore.collection(COLLECTIONS.convocations).get();
    expect(before.size).toBe(counts.convocations);
    await Promise.all(before.docs.map((doc) => rebuildConvocation(doc.id, appUrl)));

    const after = await firestore.collection(COLLECTIONS.convocations).get();
    expect(after.docs.map((doc) => doc.updateTime.toMillis())).toEqual(
      before.docs.map((doc) => doc.updateTime.toMillis())
    );
    expect(await countOf(COLLECTIONS.mail)).toBe(counts.mail);
    const unsent = await firestore.collection(COLLECTIONS.mail).where('delivery.state', '!=', 'sent').count().get();
    expect(unsent.data().count).toBe(0);
  });

  it('lets every demo account sign in with the demo password, carrying its role and UAI', async () => {
    const signIn = `http://${process.env.FIREBASE_AUTH_EMULATOR_HOST}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo-key`;
    for (const account of DEMO_ACCOUNTS) {
      const response = await fetch(signIn, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: account.email, password: DEMO_PASSWORD, returnSecureToken: true })
      });
      expect(response.status, account.email).toBe(200);
      const { idToken } = (await response.json()) as { idToken: string };
      const token = JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString('utf8'));
      expect(token.user_id).toBe(demoUid(account));
      expect(token.role).toBe(account.role);
      expect(token.uai).toBe(account.uai ?? undefined);
    }
  });
});
