import type { Domain, Establishment, Formation } from '$shared';
import type { CatalogueStore, CatalogueWrite } from '$shared/catalogueImport';

type Documents = Map<string, Record<string, unknown>>;

/**
 * A CatalogueStore holding its documents in memory, with Firestore's write semantics (create
 * refuses an existing document, merge keeps the other fields), for the import's pure tests. The
 * emulator tests use the real stores.
 */
export function memoryCatalogueStore() {
  const collections: Record<CatalogueWrite['collection'], Documents> = {
    domains: new Map(),
    establishments: new Map(),
    formations: new Map()
  };
  let commits = 0;
  const store: CatalogueStore = {
    async read(campaignId, uais) {
      return {
        formations: [...collections.formations]
          .map(([id, data]) => ({ ...(data as Formation), id }))
          .filter((f) => f.campaignId === campaignId),
        establishments: uais.flatMap((uai) =>
          collections.establishments.has(uai) ? [collections.establishments.get(uai) as Establishment] : []
        ),
        domains: [...collections.domains.values()] as Domain[]
      };
    },
    async commit(batch) {
      commits++;
      for (const { collection, id, mode } of batch) {
        if (mode === 'create' && collections[collection].has(id)) throw new Error(`${collection}/${id} existe déjà`);
      }
      for (const { collection, id, mode, data } of batch) {
        const before = mode === 'merge' ? collections[collection].get(id) : undefined;
        collections[collection].set(id, structuredClone({ ...before, ...data }));
      }
    }
  };
  return {
    store,
    collections,
    /** How many batches were committed so far. */
    commits: () => commits
  };
}
