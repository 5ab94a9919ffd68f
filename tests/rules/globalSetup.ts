import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT, RULE_COVERAGE_DIR, RULE_COVERAGE_SUMMARY } from '../../scripts/lib/paths.js';
import { fetchCoverage, fetchCoverageHtml, loadRules, type CoverageNode } from './emulator.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** True once this setup has loaded firestore.rules: the suites must not reload them. */
    rulesLoaded: boolean;
  }
}

/**
 * Loads the rules once for the whole run: loading rules resets the emulator's coverage report,
 * which must start empty and add up over every suite.
 */
export async function setup(project: TestProject): Promise<void> {
  await loadRules();
  project.provide('rulesLoaded', true);
}

/** Saves the emulator's rule-coverage report (JSON and HTML) and prints how much of the rules ran. */
export async function teardown(): Promise<void> {
  const coverage = await fetchCoverage();
  const source = coverage.rules.files[0]?.content ?? '';
  mkdirSync(RULE_COVERAGE_DIR, { recursive: true });
  writeFileSync(`${RULE_COVERAGE_DIR}/ruleCoverage.json`, coverage.raw);
  writeFileSync(`${RULE_COVERAGE_DIR}/ruleCoverage.html`, await fetchCoverageHtml());

  const { evaluated, total, unevaluated } = tally(coverage.report);
  const lines = source.split('\n');
  // The report's end offsets are unreliable, so each expression is shown from its start to the end of its line.
  const missed = unevaluated.map(({ sourcePosition: p }) => {
    const text = lines[p.line - 1]?.slice(p.column - 1).trim() ?? '';
    return `firestore.rules:${p.line}:${p.column}  ${text}`;
  });
  writeFileSync(`${RULE_COVERAGE_DIR}/unevaluated.txt`, missed.map((line) => `${line}\n`).join(''));
  // `npm test` fails the rules stage when this share falls under its floor.
  writeFileSync(RULE_COVERAGE_SUMMARY, JSON.stringify({ evaluated, total }));

  const share = total === 0 ? 0 : (100 * evaluated) / total;
  console.log(`\nRules coverage: ${share.toFixed(1)}% of expressions evaluated (${evaluated}/${total})`);
  if (missed.length > 0) console.log(`Never evaluated (outermost expressions):\n  ${missed.join('\n  ')}`);
  console.log(`Report: ${relative(REPO_ROOT, RULE_COVERAGE_DIR)}/ruleCoverage.html\n`);
}

/**
 * Counts every expression node and those the emulator evaluated at least once, and lists the
 * outermost unevaluated ones (their sub-expressions are unevaluated too, so naming them says all).
 */
function tally(nodes: CoverageNode[]): { evaluated: number; total: number; unevaluated: CoverageNode[] } {
  let evaluated = 0;
  let total = 0;
  const unevaluated: CoverageNode[] = [];
  const walk = (node: CoverageNode, parentEvaluated: boolean) => {
    total += 1;
    const isEvaluated = node.values !== undefined;
    if (isEvaluated) evaluated += 1;
    else if (parentEvaluated) unevaluated.push(node);
    for (const child of node.children ?? []) walk(child, isEvaluated);
  };
  for (const node of nodes) walk(node, true);
  return { evaluated, total, unevaluated };
}
