import { doc, getDoc, getDocs, writeBatch, type Firestore } from 'firebase/firestore';
import type { CatalogueStore } from '$shared/catalogueImport';
import { domainsRef } from './domains';
import { establishmentsRef } from './establishments';
import { formationsOfCampaign } from './formations';

/**
 * The catalogue import's store for the app: the académie's own session reads and writes
 * Firestore, and the rules let it (formations, domains and établissements are the académie's).
 */
export function webCatalogueStore(firestore: Firestore): CatalogueStore {
  return {
    async read(campaignId, uais) {
      const [formations, establishments, domains] = await Promise.all([
        getDocs(formationsOfCampaign(firestore, campaignId)),
        // One get per UAI: a file names a few hundred lycées at most, read in parallel.
        Promise.all(uais.map((uai) => getDoc(doc(establishmentsRef(firestore), uai)))),
        getDocs(domainsRef(firestore))
      ]);
      return {
        formations: formations.docs.map((snapshot) => snapshot.data()),
        establishments: establishments.flatMap((snapshot) => snapshot.data() ?? []),
        domains: domains.docs.map((snapshot) => snapshot.data())
      };
    },
    async commit(writes) {
      const batch = writeBatch(firestore);
      for (const { collection, id, mode, data } of writes) {
        // The web SDK has no create-only write in a batch: a create is a plain set, planned for a
        // document that did not exist when the import read the catalogue, just before.
        batch.set(doc(firestore, collection, id), data, { merge: mode === 'merge' });
      }
      await batch.commit();
    }
  };
}
