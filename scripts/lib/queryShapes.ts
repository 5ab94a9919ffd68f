import { readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import type { Direction, QueryScope, QueryShape } from './indexCoverage.js';

/**
 * Finds, with the TypeScript compiler, every Firestore query the code builds, so the index check
 * needs no list kept by hand: `query(ref, where(…), orderBy(…))` calls of the web SDK and
 * `.where(…).orderBy(…)` chains of the Admin SDK. The collection and the fields are read from
 * string literals, or from constants and parameters whose type is a literal or a union of
 * literals (each member is a shape). Whatever it cannot read is a problem naming file:line:
 * the check fails rather than pass over a query it did not understand.
 */

/** Where the app's data modules and the server code live, relative to the repository root. */
export const QUERY_SOURCE_DIRS = ['src/lib/data', 'src/lib/live', 'functions/src', 'scripts'];

/** The TypeScript files (not the specs) under `dirs`. */
export function querySourceFiles(root: string, dirs: string[] = QUERY_SOURCE_DIRS): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !/\.spec(-support)?\.ts$/.test(file))
      .map((file) => resolve(root, dir, file))
  );
}

export interface QueryScan {
  shapes: QueryShape[];
  /** Queries the scan could not read, each naming its file:line. */
  problems: string[];
}

type Constraint =
  { kind: 'where'; field: string; op: string } | { kind: 'orderBy'; field: string; direction: Direction };

/** One way a query expression can turn out (a conditional or a literal union gives several). */
interface Candidate {
  collectionGroup: string;
  queryScope: QueryScope;
  constraints: Constraint[];
}

/** Query methods of the Admin SDK that keep the query's index needs as they are. */
const NEUTRAL_METHODS = new Set([
  'limit',
  'limitToLast',
  'offset',
  'select',
  'startAt',
  'startAfter',
  'endAt',
  'endBefore',
  'withConverter'
]);
const FILTER_METHODS = new Set(['where', 'orderBy']);
const CHAIN_METHODS = new Set([...FILTER_METHODS, ...NEUTRAL_METHODS]);
/** Web SDK constraints that do not change the index a query needs. */
const NEUTRAL_CONSTRAINTS = new Set(['limit', 'limitToLast', 'startAt', 'startAfter', 'endAt', 'endBefore']);

const EQUALITY_OPS = new Set(['==', 'in']);
const CONTAINS_OPS = new Set(['array-contains', 'array-contains-any']);
const RANGE_OPS = new Set(['<', '<=', '>', '>=', '!=', 'not-in']);

class Unreadable extends Error {}

const cartesian = <T>(lists: T[][]): T[][] =>
  lists.reduce<T[][]>((product, list) => product.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]);

/** Scans `files` (absolute paths); `root` makes the reported paths relative. */
export function scanQueryShapes(root: string, files: string[]): QueryScan {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    noEmit: true,
    // Literal types are all the scan reads: leaving out the SDKs' and the standard library's
    // declarations (imports resolve only to the scanned files) makes it seconds instead of a minute.
    noResolve: true,
    noLib: true,
    types: [],
    // The app's aliases (svelte.config.js), so that imported constants resolve.
    paths: {
      $lib: ['./src/lib'],
      '$lib/*': ['./src/lib/*'],
      $shared: ['./functions/src/shared'],
      '$shared/*': ['./functions/src/shared/*']
    },
    baseUrl: root
  });
  const checker = program.getTypeChecker();
  const shapes: QueryShape[] = [];
  const problems: string[] = [];

  const locate = (node: ts.Node) => {
    const source = node.getSourceFile();
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    return `${relative(root, source.fileName)}:${line + 1}`;
  };
  const fail = (node: ts.Node, why: string): never => {
    throw new Unreadable(`${locate(node)}: ${why}`);
  };

  /** The string values an expression may have, from its literal type. */
  function literals(node: ts.Expression, what: string): string[] {
    if (ts.isCallExpression(node) && ['documentId', 'FieldPath.documentId'].includes(node.expression.getText())) {
      return ['__name__'];
    }
    const type = checker.getTypeAtLocation(node);
    const members = type.isUnion() ? type.types : [type];
    if (members.every((member) => member.isStringLiteral()))
      return members.map((member) => (member as ts.StringLiteralType).value);
    return fail(node, `${what} is not a string literal (nor a union of literals): the index check cannot read it`);
  }

  /** The declaration a name stands for, through imports. */
  function declarationOf(node: ts.Node): ts.Declaration | undefined {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  }

  /** The expressions a function returns (not those of functions nested in it). */
  function returnedExpressions(fn: ts.SignatureDeclaration): ts.Expression[] {
    if (ts.isArrowFunction(fn) && !ts.isBlock(fn.body)) return [fn.body];
    const found: ts.Expression[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isReturnStatement(node) && node.expression) found.push(node.expression);
      else if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
    };
    if ('body' in fn && fn.body) ts.forEachChild(fn.body, visit);
    return found;
  }

  /** A web SDK where()/orderBy()/limit() argument of query(). */
  function webConstraint(node: ts.Expression): Constraint[][] {
    if (ts.isIdentifier(node)) {
      const declaration = declarationOf(node);
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) {
        return webConstraint(declaration.initializer);
      }
    }
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) {
      return fail(node, 'write each constraint of query() as a where()/orderBy() call (or a constant holding one)');
    }
    const name = node.expression.text;
    if (NEUTRAL_CONSTRAINTS.has(name)) return [[]];
    if (name === 'where') return whereConstraints(node);
    if (name === 'orderBy') return orderConstraints(node);
    return fail(node, `${name}() in query() is not understood by the index check`);
  }

  function whereConstraints(call: ts.CallExpression): Constraint[][] {
    if (call.arguments.length < 3)
      return fail(call, 'composite filters (and/or) are not understood by the index check');
    const [field, op] = call.arguments;
    return literals(field, 'the field of where()').flatMap((f) =>
      literals(op, 'the operator of where()').map((o): Constraint[] => [{ kind: 'where', field: f, op: o }])
    );
  }

  function orderConstraints(call: ts.CallExpression): Constraint[][] {
    const [field, direction] = call.arguments;
    const directions = direction ? literals(direction, 'the direction of orderBy()') : ['asc'];
    return literals(field, 'the field of orderBy()').flatMap((f) =>
      directions.map((d): Constraint[] => [
        { kind: 'orderBy', field: f, direction: d === 'desc' ? 'DESCENDING' : 'ASCENDING' }
      ])
    );
  }

  /** The collection and constraints a query (or collection reference) expression stands for. */
  function resolveQuery(node: ts.Expression, depth = 0): Candidate[] {
    if (depth > 20) return fail(node, 'the query is built through too many steps for the index check');
    if (
      ts.isParenthesizedExpression(node) ||
      ts.isAsExpression(node) ||
      ts.isNonNullExpression(node) ||
      ts.isSatisfiesExpression(node)
    ) {
      return resolveQuery(node.expression, depth + 1);
    }
    if (ts.isConditionalExpression(node)) {
      return [...resolveQuery(node.whenTrue, depth + 1), ...resolveQuery(node.whenFalse, depth + 1)];
    }
    if (ts.isAwaitExpression(node)) return resolveQuery(node.expression, depth + 1);
    if (ts.isIdentifier(node)) {
      const declaration = declarationOf(node);
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) {
        return resolveQuery(declaration.initializer, depth + 1);
      }
      return fail(
        node,
        `cannot tell which collection \`${node.text}\` queries (a parameter?): build the query where its collection is named`
      );
    }
    if (!ts.isCallExpression(node)) return fail(node, 'cannot tell which collection this expression queries');
    const callee = node.expression;
    if (ts.isIdentifier(callee)) {
      const args = node.arguments;
      if (callee.text === 'query') {
        if (args.length === 0 || args.some(ts.isSpreadElement))
          return fail(node, 'spread arguments of query() cannot be read');
        const bases = resolveQuery(args[0], depth + 1);
        const constraintSets = cartesian(args.slice(1).map((arg) => webConstraint(arg)));
        return bases.flatMap((base) =>
          constraintSets.map((sets) => ({ ...base, constraints: [...base.constraints, ...sets.flat()] }))
        );
      }
      if (callee.text === 'collection' || callee.text === 'collectionGroup') {
        const last = args.at(-1) ?? fail(node, `${callee.text}() without a path`);
        return literals(last, `the path of ${callee.text}()`).map((path) => ({
          collectionGroup: path.split('/').at(-1)!,
          queryScope: callee.text === 'collection' ? 'COLLECTION' : 'COLLECTION_GROUP',
          constraints: []
        }));
      }
    }
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      if (method === 'collection' || method === 'collectionGroup') {
        return literals(node.arguments[0], `the path of .${method}()`).map((path) => ({
          collectionGroup: path.split('/').at(-1)!,
          queryScope: method === 'collection' ? 'COLLECTION' : 'COLLECTION_GROUP',
          constraints: []
        }));
      }
      if (CHAIN_METHODS.has(method)) {
        const bases = resolveQuery(callee.expression, depth + 1);
        const added =
          method === 'where' ? whereConstraints(node) : method === 'orderBy' ? orderConstraints(node) : [[]];
        return bases.flatMap((base) =>
          added.map((extra) => ({ ...base, constraints: [...base.constraints, ...extra] }))
        );
      }
    }
    // A call to one of our functions (usersRef(db), applicationsOfCampaign(…)): what it returns.
    const declaration = declarationOf(callee);
    if (declaration && ts.isFunctionLike(declaration)) {
      const returned = returnedExpressions(declaration);
      if (returned.length > 0) return returned.flatMap((expression) => resolveQuery(expression, depth + 1));
    }
    if (
      declaration &&
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer &&
      ts.isFunctionLike(declaration.initializer)
    ) {
      return returnedExpressions(declaration.initializer).flatMap((expression) => resolveQuery(expression, depth + 1));
    }
    return fail(node, `cannot tell which collection ${callee.getText()}() queries`);
  }

  function toShape(at: string, { collectionGroup, queryScope, constraints }: Candidate): QueryShape {
    const filters = constraints.filter((c) => c.kind === 'where');
    const fieldsWith = (ops: Set<string>) => filters.filter((c) => ops.has(c.op)).map((c) => c.field);
    for (const { op } of filters) {
      if (!EQUALITY_OPS.has(op) && !CONTAINS_OPS.has(op) && !RANGE_OPS.has(op))
        throw new Unreadable(`${at}: unknown operator ${op}`);
    }
    return {
      at,
      collectionGroup,
      queryScope,
      equalities: fieldsWith(EQUALITY_OPS),
      contains: fieldsWith(CONTAINS_OPS),
      ranges: fieldsWith(RANGE_OPS),
      orders: constraints.flatMap((c) => (c.kind === 'orderBy' ? [{ field: c.field, direction: c.direction }] : []))
    };
  }

  /** A call that builds a query: query(…) of the web SDK, or the last .where/.orderBy of an Admin SDK chain. */
  function isQuerySite(node: ts.Node): node is ts.CallExpression {
    if (!ts.isCallExpression(node)) return false;
    const callee = node.expression;
    if (ts.isIdentifier(callee)) return callee.text === 'query';
    if (!ts.isPropertyAccessExpression(callee) || !FILTER_METHODS.has(callee.name.text)) return false;
    // Only the last filter of a chain: a.where().orderBy().limit() is one query, not two.
    for (
      let link: ts.Node = node;
      ts.isPropertyAccessExpression(link.parent) && ts.isCallExpression(link.parent.parent);
    ) {
      if (!CHAIN_METHODS.has(link.parent.name.text)) break;
      if (FILTER_METHODS.has(link.parent.name.text)) return false;
      link = link.parent.parent;
    }
    return true;
  }

  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) {
      problems.push(`${relative(root, file)}: not read by the TypeScript compiler`);
      continue;
    }
    const visit = (node: ts.Node): void => {
      if (isQuerySite(node)) {
        try {
          shapes.push(...resolveQuery(node).map((candidate) => toShape(locate(node), candidate)));
        } catch (error) {
          if (!(error instanceof Unreadable)) throw error;
          problems.push(error.message);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { shapes, problems };
}
