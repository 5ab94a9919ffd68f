import type { CataloguePlan, Conflict, FieldChange, LyceeField, Merge, Rejection, WriteOutcome } from './plan.js';
import type { ImportedField } from './row.js';

/** The French words of an import report, shared by the app's preview and the command line. */

const FIELD_NAMES: Record<ImportedField | LyceeField, string> = {
  domainLabel: 'domaine',
  domainId: 'domaine',
  lyceeName: 'établissement',
  name: 'nom',
  departement: 'département',
  city: 'ville',
  specialty: 'spécialité',
  interviewFormat: 'modalité d’entretien',
  capacity: 'capacité d’accueil',
  contactEmail: 'courriel',
  functionalEmail: 'courriel'
};

/** « 1 ligne », « 3 lignes » (French puts 0 and 1 in the singular). */
export const plural = (count: number, singular: string, pluralForm = `${singular}s`) =>
  `${count} ${count > 1 ? pluralForm : singular}`;

const list = (numbers: number[]) => numbers.join(', ');

/** « capacité d’accueil : 12 → 15 ; ville : Torcy → Noisiel » (the domain's id goes with its label). */
export function describeChanges(changes: FieldChange<ImportedField | LyceeField>[]): string {
  return changes
    .filter((c) => c.field !== 'domainId')
    .map((c) => `${FIELD_NAMES[c.field]} : ${c.before} → ${c.after}`)
    .join(' ; ');
}

export const describeRejection = (r: Rejection) => `Ligne ${r.row} : ${r.reason}.`;

export const describeMerge = (m: Merge) =>
  `Ligne ${m.row} : identique à la ligne ${m.sameAs}, importée une seule fois.`;

/** « Lignes 12, 40 : même formation (CAP Boulanger — …) décrite différemment — capacité d’accueil : 15 (ligne 12), 30 (ligne 40). » */
export function describeConflict(c: Conflict): string {
  const what = c.kind === 'formation' ? 'même formation' : 'même lycée';
  const fields = c.fields
    .filter((f) => f.field !== 'domainId')
    .map((f) => `${FIELD_NAMES[f.field]} : ${f.values.map((v) => `${v.value} (ligne ${v.row})`).join(', ')}`)
    .join(' ; ');
  return `Lignes ${list(c.rows)} : ${what} (${c.label}) décrite différemment — ${fields}. Aucune de ces lignes n’est importée.`;
}

type Gender = 'f' | 'm';

/** A past participle agreeing with its noun: « créé », « créées », « mis », « mises ». */
function agree(participle: string, gender: Gender, count: number): string {
  const word = gender === 'f' ? `${participle}e` : participle;
  return count > 1 && !word.endsWith('s') ? `${word}s` : word;
}

/** « 150 à créer, 3 à mettre à jour, 20 inchangées » before the import, « 150 créées, 3 mises à jour… » after. */
function outcomeCounts(outcomes: WriteOutcome[], gender: Gender, written: boolean): string {
  const created = outcomes.filter((o) => o === 'created').length;
  const updated = outcomes.filter((o) => o === 'updated').length;
  const unchanged = outcomes.filter((o) => o === 'unchanged').length;
  return [
    written ? `${created} ${agree('créé', gender, created)}` : `${created} à créer`,
    written ? `${updated} ${agree('mis', gender, updated)} à jour` : `${updated} à mettre à jour`,
    `${unchanged} ${agree('inchangé', gender, unchanged)}`
  ].join(', ');
}

/**
 * The report's headline: rows read, what happens to formations, lycées and domains, and the rows
 * left out. `written` says whether the plan has been written (« créées ») or not (« à créer »).
 */
export function planSummary(plan: CataloguePlan, written: boolean): string[] {
  const conflictRows = plan.conflicts.reduce((sum, c) => sum + c.rows.length, 0);
  return [
    `${plural(plan.rowCount, 'ligne')} de formation ${plan.rowCount > 1 ? 'lues' : 'lue'} (campagne ${plan.campaignId}).`,
    `Formations : ${outcomeCounts(
      plan.formations.map((f) => f.outcome),
      'f',
      written
    )}.`,
    `Lycées : ${outcomeCounts(
      plan.lycees.map((l) => l.outcome),
      'm',
      written
    )}.`,
    `Domaines : ${outcomeCounts(
      plan.domains.map((d) => d.outcome),
      'm',
      written
    )}.`,
    ...(plan.merged.length > 0
      ? [`${plural(plan.merged.length, 'ligne')} en double, ${plan.merged.length > 1 ? 'fusionnées' : 'fusionnée'}.`]
      : []),
    ...(plan.conflicts.length > 0
      ? [
          `${plural(plan.conflicts.length, 'conflit')} (${plural(conflictRows, 'ligne')}) : non ${conflictRows > 1 ? 'importées' : 'importée'}.`
        ]
      : []),
    ...(plan.rejected.length > 0
      ? [`${plural(plan.rejected.length, 'ligne')} ${plan.rejected.length > 1 ? 'rejetées' : 'rejetée'}.`]
      : []),
    ...(plan.absent.length > 0
      ? [
          `${plural(plan.absent.length, 'formation')} de la campagne ${plan.absent.length > 1 ? 'absentes' : 'absente'} du fichier : ` +
            `${plan.absent.length > 1 ? 'elles sont conservées' : 'elle est conservée'} (l’import ne supprime rien).`
        ]
      : [])
  ];
}

/** How many lines of updates the command line lists before summing up the rest. */
const LISTED_UPDATES = 20;

/** The whole report as text, for the command line: the headline, then every row that needs a look. */
export function formatImportReport(plan: CataloguePlan, written: boolean): string {
  const section = (title: string, lines: string[]) =>
    lines.length > 0 ? ['', `${title} :`, ...lines.map((l) => `  ${l}`)] : [];
  const updates = plan.formations.filter((f) => f.outcome === 'updated');
  const updateLines = updates
    .slice(0, LISTED_UPDATES)
    .map((f) => `Ligne ${f.row} (${f.formation.specialty}, ${f.formation.uai}) : ${describeChanges(f.changes)}`);
  if (updates.length > LISTED_UPDATES) updateLines.push(`… et ${updates.length - LISTED_UPDATES} autres.`);
  return [
    ...planSummary(plan, written),
    ...section('Lignes rejetées', plan.rejected.map(describeRejection)),
    ...section('Conflits', plan.conflicts.map(describeConflict)),
    ...section('Doublons fusionnés', plan.merged.map(describeMerge)),
    ...section('Mises à jour', updateLines),
    ...section(
      'Lycées modifiés',
      plan.lycees
        .filter((l) => l.outcome === 'updated')
        .map((l) => `${l.fields.name} (${l.uai}) : ${describeChanges(l.changes)}`)
    )
  ].join('\n');
}
