import { domain, formation, formationTexts } from '../catalogue.js';
import { COLLECTIONS } from '../collections.js';
import { establishment } from '../establishment.js';
import type { CataloguePlan, FieldChange } from './plan.js';

/**
 * One document write of an import. `create` writes a whole new document; `merge` writes only the
 * fields the file changes, so whatever the import does not own — a formation's texts, a lycée's
 * address or référent — is never touched, even if someone edits it during the import.
 */
export interface CatalogueWrite {
  collection: typeof COLLECTIONS.domains | typeof COLLECTIONS.establishments | typeof COLLECTIONS.formations;
  id: string;
  mode: 'create' | 'merge';
  data: Record<string, unknown>;
}

/** Firestore's limit of writes in one batch. */
export const MAX_BATCH_WRITES = 500;

const changedFields = (changes: FieldChange<string>[]) => Object.fromEntries(changes.map((c) => [c.field, c.after]));

/**
 * The writes of a plan, domains and lycées before the formations that name them, so that an
 * interrupted import never leaves a formation whose domain or lycée is missing.
 */
export function catalogueWrites(plan: CataloguePlan): CatalogueWrite[] {
  const domains = plan.domains.flatMap(({ domain: d, outcome }): CatalogueWrite[] => {
    if (outcome === 'created')
      return [{ collection: COLLECTIONS.domains, id: d.id, mode: 'create', data: domain.parse(d) }];
    if (outcome === 'updated')
      return [{ collection: COLLECTIONS.domains, id: d.id, mode: 'merge', data: { label: d.label } }];
    return [];
  });
  const lycees = plan.lycees.flatMap(({ uai, fields, outcome, changes }): CatalogueWrite[] => {
    if (outcome === 'created') {
      // The file does not say the sector: lycées professionnels of the procedure are public by default.
      const data = establishment.parse({
        uai,
        kind: 'lycee',
        sector: 'public',
        address: '',
        referentUid: null,
        ...fields
      });
      return [{ collection: COLLECTIONS.establishments, id: uai, mode: 'create', data }];
    }
    if (outcome === 'updated')
      return [{ collection: COLLECTIONS.establishments, id: uai, mode: 'merge', data: changedFields(changes) }];
    return [];
  });
  const formations = plan.formations.flatMap(({ id, formation: f, outcome, changes }): CatalogueWrite[] => {
    if (outcome === 'created') {
      const data = formation.parse({ ...f, texts: formationTexts.parse({}) });
      return [{ collection: COLLECTIONS.formations, id, mode: 'create', data }];
    }
    if (outcome === 'updated')
      return [{ collection: COLLECTIONS.formations, id, mode: 'merge', data: changedFields(changes) }];
    return [];
  });
  return [...domains, ...lycees, ...formations];
}

/** An import stopped by a failed batch: the batches before it are written, the others are not. */
export class CatalogueWriteError extends Error {
  constructor(
    readonly committedWrites: number,
    readonly totalWrites: number,
    cause: unknown
  ) {
    super(
      `L’import s’est interrompu après ${committedWrites} écriture${committedWrites > 1 ? 's' : ''} sur ${totalWrites} ` +
        `(${cause instanceof Error ? cause.message : String(cause)}). Relancez-le avec le même fichier : ` +
        'il reprend là où il s’est arrêté et aboutit au même catalogue.',
      { cause }
    );
    this.name = 'CatalogueWriteError';
  }
}

/**
 * Commits writes in batches of at most 500, one after the other: each batch is atomic, and a
 * failed batch stops the import (CatalogueWriteError) instead of leaving later batches to land
 * in any order. Re-running the import then writes only what is still missing.
 */
export async function commitInBatches(
  writes: readonly CatalogueWrite[],
  commit: (batch: readonly CatalogueWrite[]) => Promise<void>,
  onProgress: (written: number, total: number) => void = () => {}
): Promise<void> {
  for (let start = 0; start < writes.length; start += MAX_BATCH_WRITES) {
    const batch = writes.slice(start, start + MAX_BATCH_WRITES);
    try {
      await commit(batch);
    } catch (error) {
      throw new CatalogueWriteError(start, writes.length, error);
    }
    onProgress(start + batch.length, writes.length);
  }
}
