import { describe, expect, it } from 'vitest';
import { condorcetRow, EMPTY_CATALOGUE } from './fixtures.spec-support.js';
import { planCatalogueImport } from './plan.js';
import { describeConflict, formatImportReport, planSummary } from './report.js';

describe('planSummary', () => {
  const plan = planCatalogueImport(
    [
      condorcetRow(2),
      condorcetRow(3),
      condorcetRow(4, { specialty: 'Métiers de la sécurité', diploma: '2nde pro' }),
      condorcetRow(5, { uai: 'X' })
    ],
    '2027',
    EMPTY_CATALOGUE
  );

  it('says what an import would do, before it is written', () => {
    expect(planSummary(plan, false)).toEqual([
      '4 lignes de formation lues (campagne 2027).',
      'Formations : 2 à créer, 0 à mettre à jour, 0 inchangée.',
      'Lycées : 1 à créer, 0 à mettre à jour, 0 inchangé.',
      'Domaines : 1 à créer, 0 à mettre à jour, 0 inchangé.',
      '1 ligne en double, fusionnée.',
      '1 ligne rejetée.'
    ]);
  });

  it('says what an import did, once written, with French agreement', () => {
    expect(planSummary(plan, true).slice(1, 3)).toEqual([
      'Formations : 2 créées, 0 mise à jour, 0 inchangée.',
      'Lycées : 1 créé, 0 mis à jour, 0 inchangé.'
    ]);
  });
});

describe('describeConflict', () => {
  it('names the rows, the formation and each value in dispute', () => {
    const [conflict] = planCatalogueImport(
      [condorcetRow(2), condorcetRow(9, { capacity: '12' })],
      '2027',
      EMPTY_CATALOGUE
    ).conflicts;
    expect(describeConflict(conflict)).toBe(
      'Lignes 2, 9 : même formation (CAP Agent de sécurité — Lycée professionnel Condorcet) décrite différemment — ' +
        'capacité d’accueil : 30 (ligne 2), 12 (ligne 9). Aucune de ces lignes n’est importée.'
    );
  });
});

describe('formatImportReport', () => {
  it('lists the rejected rows with their Excel row number and reason', () => {
    const report = formatImportReport(
      planCatalogueImport([condorcetRow(2, { diploma: 'BTS' })], '2027', EMPTY_CATALOGUE),
      false
    );
    expect(report).toContain(
      'Lignes rejetées :\n  Ligne 2 : Diplôme « BTS » : diplôme non concerné (CAP ou 2nde professionnelle).'
    );
  });
});
