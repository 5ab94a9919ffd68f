import { describe, expect, it } from 'vitest';
import { effectiveOrders, missingIndex, type IndexFile, type QueryShape } from './indexCoverage.js';

/** A query on convocations; `shape` says what it filters and orders. */
const convocations = (shape: Partial<QueryShape>): QueryShape => ({
  at: 'src/lib/data/convocations.ts:12',
  collectionGroup: 'convocations',
  queryScope: 'COLLECTION',
  equalities: [],
  contains: [],
  ranges: [],
  orders: [],
  ...shape
});
const index = (...fields: [string, 'ASCENDING' | 'DESCENDING' | 'CONTAINS'][]) => ({
  collectionGroup: 'convocations',
  queryScope: 'COLLECTION' as const,
  fields: fields.map(([fieldPath, mode]) =>
    mode === 'CONTAINS' ? { fieldPath, arrayConfig: 'CONTAINS' as const } : { fieldPath, order: mode }
  )
});
const file = (...indexes: IndexFile['indexes']): IndexFile => ({ indexes, fieldOverrides: [] });
const byStart = { orders: [{ field: 'startsAt', direction: 'ASCENDING' as const }] };

describe('missingIndex', () => {
  it('needs no index for equality filters alone, on any number of fields', () => {
    expect(missingIndex(convocations({ equalities: ['campaignId', 'lyceeUai', 'cancelled'] }), file())).toBeNull();
  });

  it('needs no index for one ordered field alone', () => {
    expect(missingIndex(convocations({ ranges: ['startsAt'], ...byStart }), file())).toBeNull();
  });

  it('catches equality filters and an order without their composite index, and names the index to declare', () => {
    const problem = missingIndex(convocations({ equalities: ['campaignId', 'lyceeUai'], ...byStart }), file());
    expect(problem).toContain('src/lib/data/convocations.ts:12');
    expect(problem).toContain('"fieldPath":"campaignId"');
    expect(problem).toContain('"fieldPath":"startsAt","order":"ASCENDING"');
  });

  it('accepts the composite index whatever the order of its equality fields', () => {
    const indexes = file(index(['lyceeUai', 'ASCENDING'], ['campaignId', 'DESCENDING'], ['startsAt', 'ASCENDING']));
    expect(missingIndex(convocations({ equalities: ['campaignId', 'lyceeUai'], ...byStart }), indexes)).toBeNull();
  });

  it('refuses an index ordered the other way', () => {
    const indexes = file(index(['campaignId', 'ASCENDING'], ['lyceeUai', 'ASCENDING'], ['startsAt', 'DESCENDING']));
    expect(missingIndex(convocations({ equalities: ['campaignId', 'lyceeUai'], ...byStart }), indexes)).not.toBeNull();
  });

  it('refuses an index that omits an equality field (the campaign)', () => {
    const indexes = file(index(['lyceeUai', 'ASCENDING'], ['startsAt', 'ASCENDING']));
    expect(missingIndex(convocations({ equalities: ['campaignId', 'lyceeUai'], ...byStart }), indexes)).not.toBeNull();
  });

  it('merges indexes that share the ordered fields to cover every equality field', () => {
    const indexes = file(
      index(['campaignId', 'ASCENDING'], ['startsAt', 'ASCENDING']),
      index(['lyceeUai', 'ASCENDING'], ['startsAt', 'ASCENDING'])
    );
    expect(missingIndex(convocations({ equalities: ['campaignId', 'lyceeUai'], ...byStart }), indexes)).toBeNull();
  });

  it('orders by a range field the query does not order by, so a range needs the index an orderBy would', () => {
    const shape = convocations({ equalities: ['campaignId'], ranges: ['startsAt'] });
    expect(missingIndex(shape, file())).not.toBeNull();
    expect(missingIndex(shape, file(index(['campaignId', 'ASCENDING'], ['startsAt', 'ASCENDING'])))).toBeNull();
  });

  it('reads array-contains as a CONTAINS field of the index', () => {
    const shape = convocations({ contains: ['formationIds'], ...byStart });
    expect(missingIndex(shape, file(index(['formationIds', 'ASCENDING'], ['startsAt', 'ASCENDING'])))).not.toBeNull();
    expect(missingIndex(shape, file(index(['formationIds', 'CONTAINS'], ['startsAt', 'ASCENDING'])))).toBeNull();
  });

  it('ignores an order on a field the query fixes by equality', () => {
    const shape = convocations({
      equalities: ['campaignId'],
      orders: [{ field: 'campaignId', direction: 'DESCENDING' }]
    });
    expect(missingIndex(shape, file())).toBeNull();
  });

  it('refuses an equality filter on a field exempted from indexing, and on a subfield of an exempted map', () => {
    const exempted: IndexFile = {
      indexes: [],
      fieldOverrides: [
        { collectionGroup: 'convocations', fieldPath: 'place', indexes: [] },
        { collectionGroup: 'convocations', fieldPath: 'notes', indexes: [] }
      ]
    };
    expect(missingIndex(convocations({ equalities: ['place'] }), exempted)).not.toBeNull();
    expect(missingIndex(convocations({ equalities: ['notes.author'] }), exempted)).not.toBeNull();
    expect(missingIndex(convocations({ equalities: ['lyceeUai'] }), exempted)).toBeNull();
  });

  it('needs a collection-group single-field index for a collection-group query', () => {
    const shape = convocations({ queryScope: 'COLLECTION_GROUP', equalities: ['lyceeUai'] });
    expect(missingIndex(shape, file())).not.toBeNull();
    const overridden: IndexFile = {
      indexes: [],
      fieldOverrides: [
        {
          collectionGroup: 'convocations',
          fieldPath: 'lyceeUai',
          indexes: [{ order: 'ASCENDING', queryScope: 'COLLECTION_GROUP' }]
        }
      ]
    };
    expect(missingIndex(shape, overridden)).toBeNull();
  });
});

describe('effectiveOrders', () => {
  it('appends the range fields not ordered by, by name, in the direction of the last orderBy', () => {
    const shape = convocations({
      ranges: ['startsAt', 'endsAt'],
      orders: [{ field: 'capacity', direction: 'DESCENDING' }]
    });
    expect(effectiveOrders(shape)).toEqual([
      { field: 'capacity', direction: 'DESCENDING' },
      { field: 'endsAt', direction: 'DESCENDING' },
      { field: 'startsAt', direction: 'DESCENDING' }
    ]);
  });

  it('drops a final ascending order by document id, which every index has', () => {
    expect(effectiveOrders(convocations({ orders: [{ field: '__name__', direction: 'ASCENDING' }] }))).toEqual([]);
  });
});
