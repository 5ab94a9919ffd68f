import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingIndex, type IndexFile } from './indexCoverage.js';
import { scanQueryShapes, type QueryScan } from './queryShapes.js';

const root = mkdtempSync(join(tmpdir(), 'passpro-query-shapes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Scans one source file written as `code`. */
function scan(name: string, code: string): QueryScan {
  const file = join(root, name);
  writeFileSync(file, code);
  return scanQueryShapes(root, [file]);
}

const WEB_MODULE = `
import { collection, orderBy, query, where, limit } from 'firebase/firestore';
const NAMES = { slots: 'interviewSlots' } as const;
const slotsRef = (db: unknown) => collection(db, NAMES.slots);
const byStart = orderBy('startsAt');

export function slotsOfLycee(db: unknown, campaignId: string, lyceeUai: string) {
  const ofCampaign = query(slotsRef(db), where('campaignId', '==', campaignId));
  return query(ofCampaign, where('lyceeUai', '==', lyceeUai), byStart, limit(20));
}

export function slotsBy(db: unknown, field: 'lyceeUai' | 'domainId', value: string, latest: boolean) {
  return query(collection(db, 'interviewSlots'), where(field, '==', value), orderBy('startsAt', latest ? 'desc' : 'asc'));
}
`;

const ADMIN_MODULE = `
export async function dueReports(db: any, campaignId: string, now: Date) {
  const slots = db.collection('interviewSlots');
  return slots.where('campaignId', '==', campaignId).where('endsAt', '<', now).limit(50).get();
}
export const pending = (db: any) => db.collection('mail').where('delivery.state', 'in', ['pending', 'error']).get();
`;

describe('scanQueryShapes', () => {
  it('reads web SDK queries built in steps, through constants, helpers and literal unions', () => {
    const { shapes, problems } = scan('web.ts', WEB_MODULE);
    expect(problems).toEqual([]);
    expect(shapes.map(({ at, equalities, orders }) => ({ at, equalities, orders }))).toEqual([
      { at: 'web.ts:8', equalities: ['campaignId'], orders: [] },
      {
        at: 'web.ts:9',
        equalities: ['campaignId', 'lyceeUai'],
        orders: [{ field: 'startsAt', direction: 'ASCENDING' }]
      },
      ...['lyceeUai', 'domainId'].flatMap((field) =>
        (['DESCENDING', 'ASCENDING'] as const).map((direction) => ({
          at: 'web.ts:13',
          equalities: [field],
          orders: [{ field: 'startsAt', direction }]
        }))
      )
    ]);
    expect(new Set(shapes.map((shape) => shape.collectionGroup))).toEqual(new Set(['interviewSlots']));
  });

  it('reads each Admin SDK chain once, from its collection to its last filter', () => {
    const { shapes, problems } = scan('admin.ts', ADMIN_MODULE);
    expect(problems).toEqual([]);
    expect(shapes).toEqual([
      {
        at: 'admin.ts:4',
        collectionGroup: 'interviewSlots',
        queryScope: 'COLLECTION',
        equalities: ['campaignId'],
        contains: [],
        ranges: ['endsAt'],
        orders: []
      },
      {
        at: 'admin.ts:6',
        collectionGroup: 'mail',
        queryScope: 'COLLECTION',
        equalities: ['delivery.state'],
        contains: [],
        ranges: [],
        orders: []
      }
    ]);
  });

  it('reports, with its file and line, a field name it cannot read, rather than pass over the query', () => {
    const { problems } = scan(
      'dynamic.ts',
      `import { collection, query, where } from 'firebase/firestore';
export const byField = (db: unknown, field: string) => query(collection(db, 'pupils'), where(field, '==', 'x'));`
    );
    expect(problems).toEqual([expect.stringMatching(/^dynamic\.ts:2: the field of where\(\) is not a string literal/)]);
  });

  it('reports a query whose collection comes from a parameter', () => {
    const { problems } = scan(
      'parameter.ts',
      `import { query, where } from 'firebase/firestore';
export const open = (ref: unknown) => query(ref, where('cancelled', '==', false));`
    );
    expect(problems).toEqual([expect.stringMatching(/^parameter\.ts:2: cannot tell which collection `ref` queries/)]);
  });
});

describe('the index check on scanned code', () => {
  const { shapes } = scan('web.ts', WEB_MODULE);
  const slotsIndex = (first: string, direction: 'ASCENDING' | 'DESCENDING'): IndexFile['indexes'][number] => ({
    collectionGroup: 'interviewSlots',
    queryScope: 'COLLECTION',
    fields: [
      { fieldPath: first, order: 'ASCENDING' },
      ...(first === 'campaignId' ? [{ fieldPath: 'lyceeUai', order: 'ASCENDING' as const }] : []),
      { fieldPath: 'startsAt', order: direction }
    ]
  });

  it('catches the query left without its index, and only that one', () => {
    const indexes: IndexFile = {
      indexes: [
        slotsIndex('campaignId', 'ASCENDING'),
        slotsIndex('lyceeUai', 'ASCENDING'),
        slotsIndex('lyceeUai', 'DESCENDING'),
        slotsIndex('domainId', 'ASCENDING')
      ],
      fieldOverrides: []
    };
    const problems = shapes.map((shape) => missingIndex(shape, indexes)).filter((problem) => problem !== null);
    expect(problems).toEqual([
      expect.stringMatching(/^web\.ts:13: no index of firestore\.indexes\.json serves this query on interviewSlots/)
    ]);
    expect(problems[0]).toContain(
      '{"fieldPath":"domainId","order":"ASCENDING"},{"fieldPath":"startsAt","order":"DESCENDING"}'
    );
  });

  it('lets the equality-only query through without any index', () => {
    const equalityOnly = shapes.find((shape) => shape.at === 'web.ts:8')!;
    expect(missingIndex(equalityOnly, { indexes: [] })).toBeNull();
  });
});
