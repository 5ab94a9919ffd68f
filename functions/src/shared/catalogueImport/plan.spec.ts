import { describe, expect, it } from 'vitest';
import { formationId, type Formation } from '../catalogue.js';
import type { Establishment } from '../establishment.js';
import type { CatalogueFileRow } from './columns.js';
import { CONDORCET_CELLS, EMPTY_CATALOGUE } from './fixtures.spec-support.js';
import { planCatalogueImport, rowOutcomes, type ExistingCatalogue } from './plan.js';

const CAMPAIGN = '2027';
const CONDORCET = '0930427J';
const MOULIN = '0770124S';

type Cells = CatalogueFileRow['cells'];
const condorcet = CONDORCET_CELLS;
const moulin: Cells = {
  domain: 'Électricité, énergie, numérique',
  departement: '77',
  city: 'Torcy',
  lycee: 'Lycée professionnel Jean Moulin',
  uai: MOULIN,
  diploma: '2nde professionnelle',
  specialty: 'Métiers des transitions numérique et énergétique',
  interviewFormat: 'Individuel',
  capacity: '15',
  email: 'ce.0770124s@ac-creteil.fr'
};

/** File rows numbered from 2, as under a header in row 1. */
const rows = (...cells: Cells[]): CatalogueFileRow[] => cells.map((c, i) => ({ row: i + 2, cells: c }));

/** An établissement whose practical information nobody has written yet. */
const NO_LYCEE_INFO = { phone: '', website: '', transport: '', openDays: '' };

/** What Firestore holds after importing `cells` into an empty catalogue, lycée texts included. */
function stored(
  texts: Formation['texts'] = { attendus: '', metiers: '', conditions: '' },
  ...cells: Cells[]
): ExistingCatalogue {
  const plan = planCatalogueImport(rows(...cells), CAMPAIGN, EMPTY_CATALOGUE);
  return {
    formations: plan.formations.map((f) => ({ ...f.formation, texts, id: f.id })),
    establishments: plan.lycees.map((l): Establishment => ({
      uai: l.uai,
      kind: 'lycee',
      sector: 'public',
      ...NO_LYCEE_INFO,
      address: '1 rue de la Paix',
      referentUid: null,
      ...l.fields
    })),
    domains: plan.domains.map((d) => d.domain)
  };
}

const condorcetId = formationId({
  campaignId: CAMPAIGN,
  uai: CONDORCET,
  diploma: 'CAP',
  specialty: 'Agent de sécurité'
});

describe('planCatalogueImport into an empty catalogue', () => {
  const plan = planCatalogueImport(rows(condorcet, moulin), CAMPAIGN, EMPTY_CATALOGUE);

  it('creates each formation with the id made of campaign, UAI, diploma and specialty', () => {
    expect(plan.formations.map((f) => [f.id, f.outcome])).toEqual([
      [condorcetId, 'created'],
      ['2027_0770124S_2NDE_PRO_metiers-des-transitions-numerique-et-energetique', 'created']
    ]);
  });

  it('creates the lycées and domains the file names', () => {
    expect(plan.lycees.map((l) => [l.uai, l.outcome, l.fields.name])).toEqual([
      [CONDORCET, 'created', 'Lycée professionnel Condorcet'],
      [MOULIN, 'created', 'Lycée professionnel Jean Moulin']
    ]);
    expect(plan.domains).toEqual([
      { domain: { id: 'securite', label: 'Sécurité' }, outcome: 'created' },
      { domain: { id: 'electricite-energie-numerique', label: 'Électricité, énergie, numérique' }, outcome: 'created' }
    ]);
  });
});

describe('planCatalogueImport: duplicates and conflicts', () => {
  it('imports an exact duplicate once and says which row it repeats', () => {
    const plan = planCatalogueImport(rows(condorcet, moulin, condorcet), CAMPAIGN, EMPTY_CATALOGUE);
    expect(plan.formations).toHaveLength(2);
    expect(plan.merged).toEqual([{ row: 4, sameAs: 2 }]);
  });

  // Not a timing test (the benchmark measures): a generous timeout for a shared machine.
  it('merges 40,000 identical rows into one formation', { timeout: 60_000 }, () => {
    const plan = planCatalogueImport(
      rows(...Array.from({ length: 40_000 }, () => condorcet)),
      CAMPAIGN,
      EMPTY_CATALOGUE
    );
    expect(plan.formations).toHaveLength(1);
    expect(plan.merged).toHaveLength(39_999);
  });

  it('counts as a duplicate a row that differs only by capitals, accents or spacing', () => {
    const shouted = {
      ...condorcet,
      city: 'MONTREUIL',
      lycee: 'LYCEE PROFESSIONNEL CONDORCET',
      specialty: 'AGENT DE SECURITE',
      uai: '0930427j'
    };
    const plan = planCatalogueImport(rows(condorcet, shouted), CAMPAIGN, EMPTY_CATALOGUE);
    expect(plan.merged).toEqual([{ row: 3, sameAs: 2 }]);
    expect(plan.conflicts).toEqual([]);
  });

  it('sets aside, as a conflict, two rows of one formation that disagree, importing neither', () => {
    const plan = planCatalogueImport(
      rows(condorcet, moulin, { ...condorcet, capacity: '12', interviewFormat: 'Individuel' }),
      CAMPAIGN,
      EMPTY_CATALOGUE
    );
    expect(plan.formations.map((f) => f.row)).toEqual([3]);
    expect(plan.conflicts).toEqual([
      {
        kind: 'formation',
        key: condorcetId,
        label: 'CAP Agent de sécurité — Lycée professionnel Condorcet',
        rows: [2, 4],
        fields: [
          {
            field: 'interviewFormat',
            values: [
              { row: 2, value: 'collectif' },
              { row: 4, value: 'individuel' }
            ]
          },
          {
            field: 'capacity',
            values: [
              { row: 2, value: 30 },
              { row: 4, value: 12 }
            ]
          }
        ]
      }
    ]);
  });

  it('sets aside every row of a lycée that two rows describe differently', () => {
    const otherFormation = {
      ...condorcet,
      specialty: 'Métiers de la sécurité',
      diploma: '2NDE PRO',
      email: 'secretariat@condorcet.fr'
    };
    const plan = planCatalogueImport(rows(condorcet, otherFormation, moulin), CAMPAIGN, EMPTY_CATALOGUE);
    expect(plan.formations.map((f) => f.row)).toEqual([4]);
    expect(plan.lycees.map((l) => l.uai)).toEqual([MOULIN]);
    expect(plan.conflicts).toMatchObject([
      {
        kind: 'lycee',
        key: CONDORCET,
        rows: [2, 3],
        fields: [
          {
            field: 'contactEmail',
            values: [
              { row: 2, value: 'ce.0930427j@ac-creteil.fr' },
              { row: 3, value: 'secretariat@condorcet.fr' }
            ]
          }
        ]
      }
    ]);
  });

  it('rejects a row whose UAI is a collège’s', () => {
    const college: Establishment = {
      uai: CONDORCET,
      kind: 'college',
      sector: 'public',
      ...NO_LYCEE_INFO,
      name: 'Collège Condorcet',
      departement: '93',
      city: 'Montreuil',
      address: '',
      functionalEmail: 'ce.0930427j@ac-creteil.fr',
      referentUid: null
    };
    const plan = planCatalogueImport(rows(condorcet), CAMPAIGN, { ...EMPTY_CATALOGUE, establishments: [college] });
    expect(plan.rejected).toEqual([{ row: 2, reason: 'UAI « 0930427J » : c’est l’UAI d’un collège, pas d’un lycée' }]);
    expect(plan.formations).toEqual([]);
  });
});

describe('planCatalogueImport against the catalogue in Firestore', () => {
  it('finds nothing to do when the same file comes again, whatever texts the lycées wrote since', () => {
    const texts = {
      attendus: 'Goût du contact.',
      metiers: 'Agent de sécurité.',
      conditions: 'Travail de nuit possible.'
    };
    const plan = planCatalogueImport(rows(condorcet, moulin), CAMPAIGN, stored(texts, condorcet, moulin));
    expect(plan.formations.map((f) => f.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(plan.lycees.map((l) => l.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(plan.domains.map((d) => d.outcome)).toEqual(['unchanged', 'unchanged']);
  });

  it('finds nothing to do when a later file writes the same catalogue in capitals', () => {
    const shouted = {
      ...condorcet,
      lycee: 'LYCEE PROFESSIONNEL CONDORCET',
      city: 'MONTREUIL',
      domain: 'SECURITE',
      specialty: 'AGENT DE SECURITE'
    };
    const plan = planCatalogueImport(rows(shouted), CAMPAIGN, stored(undefined, condorcet));
    expect(plan.formations[0]).toMatchObject({
      outcome: 'unchanged',
      formation: { lyceeName: 'Lycée professionnel Condorcet', specialty: 'Agent de sécurité' }
    });
    expect(plan.domains[0].outcome).toBe('unchanged');
  });

  it('updates what the file changes, and lists each change', () => {
    const plan = planCatalogueImport(
      rows({ ...condorcet, capacity: '24', email: 'ce.0930427j@ac-creteil.fr', lycee: 'LP Condorcet' }),
      CAMPAIGN,
      stored(undefined, condorcet)
    );
    expect(plan.formations[0]).toMatchObject({
      outcome: 'updated',
      changes: [
        { field: 'lyceeName', before: 'Lycée professionnel Condorcet', after: 'LP Condorcet' },
        { field: 'capacity', before: 30, after: 24 }
      ]
    });
    expect(plan.lycees[0]).toMatchObject({
      outcome: 'updated',
      changes: [{ field: 'name', before: 'Lycée professionnel Condorcet', after: 'LP Condorcet' }]
    });
  });

  it('relabels a domain whose label the file spells differently', () => {
    const plan = planCatalogueImport(rows({ ...condorcet, domain: 'Securite' }), CAMPAIGN, {
      ...EMPTY_CATALOGUE,
      domains: [{ id: 'securite', label: 'Sécurité, prévention' }]
    });
    expect(plan.domains).toEqual([
      { domain: { id: 'securite', label: 'Securite' }, outcome: 'updated', previousLabel: 'Sécurité, prévention' }
    ]);
  });

  it('lists the formations of the campaign the file leaves out, and keeps them', () => {
    const plan = planCatalogueImport(rows(condorcet), CAMPAIGN, stored(undefined, condorcet, moulin));
    expect(plan.absent).toEqual([
      {
        id: '2027_0770124S_2NDE_PRO_metiers-des-transitions-numerique-et-energetique',
        label: '2nde professionnelle Métiers des transitions numérique et énergétique — Lycée professionnel Jean Moulin'
      }
    ]);
  });
});

describe('rowOutcomes', () => {
  it('accounts for every row of the file exactly once, in file order', () => {
    const plan = planCatalogueImport(
      rows(condorcet, { ...condorcet, capacity: 'beaucoup' }, moulin, moulin, { ...moulin, capacity: '99' }),
      CAMPAIGN,
      EMPTY_CATALOGUE
    );
    expect(rowOutcomes(plan)).toEqual([
      { row: 2, outcome: 'created' },
      { row: 3, outcome: 'rejected' },
      { row: 4, outcome: 'conflict' },
      { row: 5, outcome: 'conflict' },
      { row: 6, outcome: 'conflict' }
    ]);
  });
});
