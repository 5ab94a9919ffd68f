import type { CatalogueFileRow } from './columns.js';
import type { ExistingCatalogue } from './plan.js';
import type { ImportedFormation } from './row.js';

/**
 * Spec support, left out of the build: the row of the académie's sample file for the CAP Agent de
 * sécurité of Lycée Condorcet, which the catalogue import specs vary cell by cell.
 */
export const CONDORCET_CELLS: CatalogueFileRow['cells'] = {
  domain: 'Sécurité',
  departement: '93',
  city: 'Montreuil',
  lycee: 'Lycée professionnel Condorcet',
  uai: '0930427J',
  diploma: 'CAP',
  specialty: 'Agent de sécurité',
  interviewFormat: 'Collectif',
  capacity: '30',
  email: 'ce.0930427j@ac-creteil.fr'
};

/** The formation of campaign 2027 that Condorcet's row reads as, before any lycée text. */
export const CONDORCET_FORMATION: ImportedFormation = {
  campaignId: '2027',
  domainId: 'securite',
  domainLabel: 'Sécurité',
  uai: '0930427J',
  lyceeName: 'Lycée professionnel Condorcet',
  departement: '93',
  city: 'Montreuil',
  diploma: 'CAP',
  specialty: 'Agent de sécurité',
  interviewFormat: 'collectif',
  capacity: 30,
  contactEmail: 'ce.0930427j@ac-creteil.fr'
};

/** Condorcet's row as row `row` of a file, with `changes` to its cells. */
export const condorcetRow = (row: number, changes: Partial<CatalogueFileRow['cells']> = {}): CatalogueFileRow => ({
  row,
  cells: { ...CONDORCET_CELLS, ...changes }
});

/** What Firestore holds before a first import: no formation, lycée or domain. */
export const EMPTY_CATALOGUE: ExistingCatalogue = { formations: [], establishments: [], domains: [] };
