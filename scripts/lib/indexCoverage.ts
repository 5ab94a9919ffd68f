/**
 * Which query shapes Firestore serves with the indexes of firestore.indexes.json. The emulator
 * runs any query; production refuses one that no index serves, so `npm test` compares the shapes
 * the code builds (queryShapes.ts) with the file, by Firestore's documented rules:
 * - equality filters alone (==, in; one array-contains) merge the automatic single-field indexes;
 * - one orderBy or range field and nothing else uses that field's automatic index;
 * - anything else needs composite indexes whose fields are equality fields (any order, any
 *   direction; CONTAINS for array-contains) followed by the ordered fields, in order and with
 *   their directions. Several such indexes with the same ordered tail merge: together their
 *   equality fields must cover the query's (index merging).
 * A field exempted by a fieldOverride has no automatic index; a map's override covers its subfields.
 */

export type Direction = 'ASCENDING' | 'DESCENDING';
export type QueryScope = 'COLLECTION' | 'COLLECTION_GROUP';

/** What a query asks of the indexes, as queryShapes.ts reads it from the code. */
export interface QueryShape {
  /** file:line of the call that builds the query. */
  at: string;
  collectionGroup: string;
  queryScope: QueryScope;
  /** Fields compared with == or in. */
  equalities: string[];
  /** Fields compared with array-contains or array-contains-any. */
  contains: string[];
  /** Fields compared with <, <=, >, >=, != or not-in. */
  ranges: string[];
  /** orderBy clauses, in order. */
  orders: { field: string; direction: Direction }[];
}

interface IndexField {
  fieldPath: string;
  order?: Direction;
  arrayConfig?: 'CONTAINS';
}

/** The parts of firestore.indexes.json the check reads. */
export interface IndexFile {
  indexes: { collectionGroup: string; queryScope?: QueryScope; fields: IndexField[] }[];
  fieldOverrides?: {
    collectionGroup: string;
    fieldPath: string;
    indexes: { order?: Direction; arrayConfig?: 'CONTAINS'; queryScope?: QueryScope }[];
  }[];
}

/** An index field a query needs: a direction for an ordered field, CONTAINS for array-contains, 'any' for equality. */
type Need = Direction | 'CONTAINS' | 'ANY';

/**
 * The fields the query's results are ordered by: its orderBy clauses (those on equality fields
 * change nothing), then the range fields it does not order by, by name, as Firestore adds them.
 */
export function effectiveOrders(shape: QueryShape): QueryShape['orders'] {
  const explicit = shape.orders.filter(({ field }) => !shape.equalities.includes(field));
  const direction = explicit.at(-1)?.direction ?? 'ASCENDING';
  const implicit = [...new Set(shape.ranges)]
    .filter((field) => !explicit.some((order) => order.field === field))
    .sort()
    .map((field) => ({ field, direction }));
  const orders = [...explicit, ...implicit];
  // Every index ends with the document id, ascending by default: ordering by it adds nothing.
  if (orders.at(-1)?.field === '__name__' && orders.at(-1)?.direction === 'ASCENDING') orders.pop();
  return orders;
}

/** Whether an index field (or a single-field index) is what the query needs of that field. */
const fits = (field: Pick<IndexField, 'order' | 'arrayConfig'>, need: Need) =>
  need === 'CONTAINS' ? field.arrayConfig === 'CONTAINS' : need === 'ANY' ? !!field.order : field.order === need;

/** The automatic (or overridden) single-field index of `field` in the mode `need`, when it exists. */
function hasSingleFieldIndex(file: IndexFile, shape: QueryShape, field: string, need: Need): boolean {
  // The most specific override wins: one on `originAvis` covers `originAvis.x`.
  const override = (file.fieldOverrides ?? [])
    .filter(
      (o) =>
        o.collectionGroup === shape.collectionGroup && (field === o.fieldPath || field.startsWith(`${o.fieldPath}.`))
    )
    .sort((a, b) => b.fieldPath.length - a.fieldPath.length)[0];
  if (!override) return shape.queryScope === 'COLLECTION';
  return override.indexes.some((index) => (index.queryScope ?? 'COLLECTION') === shape.queryScope && fits(index, need));
}

/** Every index of the query's collection, as field lists: the composites, then the single-field ones it may use. */
function indexesFor(file: IndexFile, shape: QueryShape, needs: Map<string, Need>): IndexField[][] {
  const composites = file.indexes
    .filter(
      (index) =>
        index.collectionGroup === shape.collectionGroup && (index.queryScope ?? 'COLLECTION') === shape.queryScope
    )
    .map((index) => index.fields);
  const singles = [...needs]
    .filter(([field, need]) => hasSingleFieldIndex(file, shape, field, need))
    .map(([field, need]): IndexField[] => [
      need === 'CONTAINS'
        ? { fieldPath: field, arrayConfig: 'CONTAINS' }
        : { fieldPath: field, order: need === 'ANY' ? 'ASCENDING' : need }
    ]);
  return [...composites, ...singles];
}

/** The composite index Firestore would ask for, to paste into firestore.indexes.json. */
function suggestedIndex(shape: QueryShape, orders: QueryShape['orders']): string {
  const fields = [
    ...[...new Set(shape.equalities)].map((field) => ({ fieldPath: field, order: 'ASCENDING' })),
    ...[...new Set(shape.contains)].map((field) => ({ fieldPath: field, arrayConfig: 'CONTAINS' })),
    ...orders.map(({ field, direction }) => ({ fieldPath: field, order: direction }))
  ];
  return JSON.stringify({ collectionGroup: shape.collectionGroup, queryScope: shape.queryScope, fields });
}

/** Why Firestore would refuse the query with these indexes, or null when it would serve it. */
export function missingIndex(shape: QueryShape, file: IndexFile): string | null {
  const orders = effectiveOrders(shape);
  const filters = new Map<string, Need>([
    ...shape.equalities.map((field): [string, Need] => [field, 'ANY']),
    ...shape.contains.map((field): [string, Need] => [field, 'CONTAINS'])
  ]);
  if (filters.size === 0 && orders.length === 0) return null; // the whole collection, by document id
  const needs = new Map<string, Need>(filters);
  for (const { field, direction } of orders) if (!needs.has(field)) needs.set(field, direction);

  // An index serves the query when its fields are some of the filtered fields, then exactly the orders.
  const covered = new Set<string>();
  let served = false;
  for (const fields of indexesFor(file, shape, needs)) {
    const head = fields.slice(0, fields.length - orders.length);
    const tail = fields.slice(fields.length - orders.length);
    const tailFits = tail.every(
      (field, i) => field.fieldPath === orders[i].field && field.order === orders[i].direction
    );
    const headFits = head.every((field) => {
      const need = filters.get(field.fieldPath);
      return need !== undefined && fits(field, need);
    });
    if (fields.length < orders.length || !tailFits || !headFits) continue;
    served = true;
    for (const field of head) covered.add(field.fieldPath);
  }
  if (served && covered.size === filters.size) return null;
  return (
    `${shape.at}: no index of firestore.indexes.json serves this query on ${shape.collectionGroup}; ` +
    `declare ${suggestedIndex(shape, orders)} (or lift the fieldOverride that exempts one of its fields)`
  );
}
