import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingIndex, type IndexFile } from '../../scripts/lib/indexCoverage';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { querySourceFiles, scanQueryShapes } from '../../scripts/lib/queryShapes';

/**
 * The emulator serves any query; production refuses one without its index. Every query the data
 * modules, the functions and the scripts build is found by the scan (nothing to register) and
 * checked against firestore.indexes.json.
 */
describe('firestore.indexes.json', () => {
  const indexes = JSON.parse(readFileSync(resolve(REPO_ROOT, 'firestore.indexes.json'), 'utf8')) as IndexFile;
  const { shapes, problems } = scanQueryShapes(REPO_ROOT, querySourceFiles(REPO_ROOT));

  it('finds the queries of the code (a scan that finds none proves nothing)', () => {
    expect(shapes.map((shape) => shape.at)).toContainEqual(expect.stringMatching(/^src\/lib\/data\/mail\.ts:/));
  });

  it('reads every query of the code: field and collection names are literals', () => {
    expect(problems).toEqual([]);
  });

  it('serves every query the code builds', () => {
    expect(shapes.map((shape) => missingIndex(shape, indexes)).filter((problem) => problem !== null)).toEqual([]);
  });
});
