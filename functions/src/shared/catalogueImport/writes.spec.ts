import { describe, expect, it } from 'vitest';
import { CONDORCET_FORMATION, condorcetRow, EMPTY_CATALOGUE } from './fixtures.spec-support.js';
import { planCatalogueImport, type ExistingCatalogue } from './plan.js';
import {
  catalogueWrites,
  CatalogueWriteError,
  commitInBatches,
  MAX_BATCH_WRITES,
  type CatalogueWrite
} from './writes.js';

const condorcet = condorcetRow(2);

describe('catalogueWrites', () => {
  it('creates the domain and the lycée before the formation, the formation with empty texts, the lycée without practical information', () => {
    const writes = catalogueWrites(planCatalogueImport([condorcet], '2027', EMPTY_CATALOGUE));
    expect(writes).toEqual([
      { collection: 'domains', id: 'securite', mode: 'create', data: { id: 'securite', label: 'Sécurité' } },
      {
        collection: 'establishments',
        id: '0930427J',
        mode: 'create',
        data: {
          uai: '0930427J',
          kind: 'lycee',
          sector: 'public',
          name: 'Lycée professionnel Condorcet',
          departement: '93',
          city: 'Montreuil',
          address: '',
          functionalEmail: 'ce.0930427j@ac-creteil.fr',
          referentUid: null,
          phone: '',
          website: '',
          transport: '',
          openDays: ''
        }
      },
      {
        collection: 'formations',
        id: '2027_0930427J_CAP_agent-de-securite',
        mode: 'create',
        data: { ...CONDORCET_FORMATION, texts: { attendus: '', metiers: '', conditions: '' } }
      }
    ]);
  });

  it('merges only the changed fields into an existing formation, never its texts', () => {
    const created = catalogueWrites(planCatalogueImport([condorcet], '2027', EMPTY_CATALOGUE));
    const formation = created[2].data as ExistingCatalogue['formations'][number];
    const existing: ExistingCatalogue = {
      formations: [
        { ...formation, texts: { attendus: 'Écrit par le lycée.', metiers: '', conditions: '' }, id: created[2].id }
      ],
      establishments: [created[1].data as ExistingCatalogue['establishments'][number]],
      domains: [{ id: 'securite', label: 'Sécurité' }]
    };
    const writes = catalogueWrites(planCatalogueImport([condorcetRow(2, { capacity: '24' })], '2027', existing));
    expect(writes).toEqual([
      { collection: 'formations', id: '2027_0930427J_CAP_agent-de-securite', mode: 'merge', data: { capacity: 24 } }
    ]);
  });
});

describe('commitInBatches', () => {
  const writes = (count: number): CatalogueWrite[] =>
    Array.from({ length: count }, (_, i) => ({ collection: 'domains', id: `d${i}`, mode: 'create', data: {} }));

  it(`commits at most ${MAX_BATCH_WRITES} writes at a time, in order, reporting progress`, async () => {
    const sizes: number[] = [];
    const progress: number[] = [];
    await commitInBatches(
      writes(1201),
      async (batch) => {
        sizes.push(batch.length);
      },
      (written) => progress.push(written)
    );
    expect(sizes).toEqual([500, 500, 201]);
    expect(progress).toEqual([500, 1000, 1201]);
  });

  it('stops at the first failed batch and says how far the import went and that it can be run again', async () => {
    let batches = 0;
    const failing = commitInBatches(writes(1201), async () => {
      if (++batches === 2) throw new Error('quota dépassé');
    });
    await expect(failing).rejects.toThrow(CatalogueWriteError);
    await expect(failing).rejects.toMatchObject({
      committedWrites: 500,
      totalWrites: 1201,
      message:
        'L’import s’est interrompu après 500 écritures sur 1201 (quota dépassé). Relancez-le avec le même fichier : ' +
        'il reprend là où il s’est arrêté et aboutit au même catalogue.'
    });
    expect(batches).toBe(2);
  });
});
