import { readFileSync } from 'node:fs';
import { readLocalConfig } from '../../scripts/lib/localConfig.js';

/** Not demo-passpro: the other suites use that one, and each project has its own rules and coverage. */
export const RULES_PROJECT_ID = 'demo-passpro-rules';

/** The rules under test: the real file, never a copy. */
export const rulesSource = () => readFileSync('firestore.rules', 'utf8');

/** Where the Firestore emulator listens: as `emulators:exec` says, else as firebase.json says. */
export function firestoreEmulator(env: NodeJS.ProcessEnv = process.env): { host: string; port: number } {
  const fromExec = env.FIRESTORE_EMULATOR_HOST;
  if (fromExec) {
    const colon = fromExec.lastIndexOf(':');
    return { host: fromExec.slice(0, colon).replace(/^\[|\]$/g, ''), port: Number(fromExec.slice(colon + 1)) };
  }
  const { host, port } = readLocalConfig(process.cwd(), env).emulators.firestore;
  return { host, port };
}

function projectUrl(endpoint: string): string {
  const { host, port } = firestoreEmulator();
  return `http://${host}:${port}/emulator/v1/projects/${RULES_PROJECT_ID}:${endpoint}`;
}

/** An expression of the rules as the coverage report gives it; `values` only once evaluated. */
export interface CoverageNode {
  sourcePosition: { line: number; column: number; currentOffset: number; endOffset: number };
  values?: { value: unknown; count: number }[];
  children?: CoverageNode[];
}

export interface CoverageReport {
  rules: { files: { content: string }[] };
  report: CoverageNode[];
}

async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/**
 * The emulator's rule-coverage report for the rules project (JSON form), with the rules it holds,
 * parsed and as sent (tens of megabytes: every distinct value of every expression is listed).
 */
export async function fetchCoverage(): Promise<CoverageReport & { raw: string }> {
  const raw = await (await fetchOk(projectUrl('ruleCoverage'))).text();
  return { ...(JSON.parse(raw) as CoverageReport), raw };
}

/** The same report as the emulator renders it in HTML. */
export async function fetchCoverageHtml(): Promise<string> {
  return (await fetchOk(projectUrl('ruleCoverage.html'))).text();
}

/** Loads firestore.rules into the rules project; this also starts its coverage afresh. */
export async function loadRules(): Promise<void> {
  await fetchOk(projectUrl('securityRules'), {
    method: 'PUT',
    body: JSON.stringify({ rules: { files: [{ content: rulesSource() }] } })
  });
}
