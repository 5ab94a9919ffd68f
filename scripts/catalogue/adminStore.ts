import type { Firestore } from 'firebase-admin/firestore';
import { COLLECTIONS, domain, establishment, formation } from '../../functions/src/shared/index.js';
import type { CatalogueStore } from '../../functions/src/shared/catalogueImport/index.js';

/**
 * The catalogue import's store for the command line: the Admin SDK, which the rules do not
 * restrict, so everything it reads is validated by the shared schemas here.
 */
export function adminCatalogueStore(db: Firestore): CatalogueStore {
  return {
    async read(campaignId, uais) {
      const [formations, establishments, domains] = await Promise.all([
        db.collection(COLLECTIONS.formations).where('campaignId', '==', campaignId).get(),
        uais.length > 0 ? db.getAll(...uais.map((uai) => db.collection(COLLECTIONS.establishments).doc(uai))) : [],
        db.collection(COLLECTIONS.domains).get()
      ]);
      return {
        formations: formations.docs.map((snapshot) => ({ ...formation.parse(snapshot.data()), id: snapshot.id })),
        establishments: establishments
          .filter((snapshot) => snapshot.exists)
          .map((snapshot) => establishment.parse(snapshot.data())),
        domains: domains.docs.map((snapshot) => domain.parse(snapshot.data()))
      };
    },
    async commit(writes) {
      const batch = db.batch();
      for (const { collection, id, mode, data } of writes) {
        const ref = db.collection(collection).doc(id);
        // create() fails on an existing document: a formation that appeared since the plan was made
        // (a parallel import) makes the batch fail rather than overwrite its texts.
        if (mode === 'create') batch.create(ref, data);
        else batch.set(ref, data, { merge: true });
      }
      await batch.commit();
    }
  };
}
