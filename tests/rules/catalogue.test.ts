import { doc, getDoc } from 'firebase/firestore';
import { describe, expect, it, vi } from 'vitest';
import { importCatalogue, catalogueWrites, previewCatalogueImport } from '$shared/catalogueImport';
import { formationDoc } from '../factories/catalogue.js';
import { establishmentDoc } from '../factories/establishments.js';
import { CAMPAIGN_ID, DOMAIN_ID, LYCEE_L1, LYCEE_L2, formationIdOf } from '../factories/world.js';
import { actors, docPath, expectAllowed, expectDenied, useRulesEnvironment } from './helpers.js';

// The app's data modules reach $lib/firebase/app, whose emulator settings Vite defines at build
// time; under vitest they are given here, before the imports below run. Nothing connects to them:
// each test passes the rules environment's Firestore to the module it calls.
vi.hoisted(() => {
  Object.assign(globalThis, {
    __PASSPRO_EMULATORS__: {
      authUrl: 'http://127.0.0.1:1',
      firestore: { host: '127.0.0.1', port: 1 },
      functions: { host: '127.0.0.1', port: 1 }
    }
  });
});
const { webCatalogueStore } = await import('$lib/data/catalogueImport');
const { forgetCatalogue, loadCatalogue, updateFormationTexts } = await import('$lib/data/catalogue');

/**
 * The catalogue as the app reads and writes it, run against the real rules: the académie's
 * import (the app's own store), the lycées' texts, and families who only read.
 */

const L1_FORMATION = formationIdOf('electricienL1');
const rules = useRulesEnvironment(() => ({
  [docPath('establishments', LYCEE_L1)]: establishmentDoc(LYCEE_L1),
  [docPath('establishments', LYCEE_L2)]: establishmentDoc(LYCEE_L2),
  [docPath('formations', L1_FORMATION)]: formationDoc('electricienL1'),
  [docPath('formations', formationIdOf('electricienL2'))]: formationDoc('electricienL2')
}));

const HEADER = [
  'Domaine',
  'Département',
  'Ville',
  'Établissement',
  'UAI',
  'Diplôme',
  'Spécialité',
  'Modalité',
  'Capacité',
  'Courriel'
];
const L1 = establishmentDoc(LYCEE_L1);
/** A file that changes the capacity of L1's electrician CAP and adds a formation at L1. */
const FILE = [
  HEADER,
  [
    'Électricité, énergie',
    '93',
    L1.city,
    L1.name,
    LYCEE_L1,
    'CAP',
    'Électricien',
    'Individuel',
    '18',
    L1.functionalEmail
  ],
  [
    'Électricité, énergie',
    '93',
    L1.city,
    L1.name,
    LYCEE_L1,
    'CAP',
    'Monteur en installations thermiques',
    'Individuel',
    '12',
    L1.functionalEmail
  ]
];
const texts = {
  attendus: 'Goût du concret.',
  metiers: 'Électricien du bâtiment.',
  conditions: 'Chantiers et atelier.'
};

async function formationAsAdmin(id = L1_FORMATION) {
  return (await getDoc(doc(rules.as('admin'), 'formations', id))).data();
}

/** The writes the import of FILE makes, planned with the académie's own reads. */
async function plannedWrites() {
  const preview = await previewCatalogueImport(FILE, CAMPAIGN_ID, webCatalogueStore(rules.as('admin')));
  if (!preview.ok) throw new Error(preview.error);
  return catalogueWrites(preview.plan);
}

describe('catalogue import: only the académie writes it', () => {
  it('the académie may import a catalogue file with the app’s store', async () => {
    const result = await expectAllowed(importCatalogue(FILE, CAMPAIGN_ID, webCatalogueStore(rules.as('admin'))));
    expect(result.ok && result.plan.formations.map((f) => f.outcome)).toEqual(['updated', 'created']);
    expect(await formationAsAdmin()).toMatchObject({ capacity: 18 });
  });

  it('the académie’s import keeps the texts a lycée wrote, and a second import writes nothing', async () => {
    await rules.seed({ [docPath('formations', L1_FORMATION)]: formationDoc('electricienL1', { texts }) });
    await importCatalogue(FILE, CAMPAIGN_ID, webCatalogueStore(rules.as('admin')));
    expect(await formationAsAdmin()).toMatchObject({ capacity: 18, texts });
    expect(await plannedWrites()).toEqual([]);
  });

  for (const { actor, who } of actors('lyceeL1', 'headA', 'anonymous', 'forgedAdmin', 'disabledAdmin')) {
    it(`${who} may not write the import of a catalogue file`, async () => {
      const writes = await plannedWrites();
      expect(writes.map((w) => `${w.mode} ${w.collection}`)).toEqual([
        'create domains',
        'merge formations',
        'create formations'
      ]);
      await expectDenied(webCatalogueStore(rules.as(actor)).commit(writes));
    });
  }
});

describe('formation texts: a lycée writes those of its own formations, the académie all', () => {
  it('lycée L1 may save the texts of its formation with the app’s function while the campaign is open', async () => {
    await rules.seedCampaignIn('registration');
    await expectAllowed(updateFormationTexts(rules.as('lyceeL1'), L1_FORMATION, texts));
    expect(await formationAsAdmin()).toMatchObject({ texts });
  });

  it('the académie may save the texts of any formation, even after closure', async () => {
    await rules.seedCampaignIn('closed');
    await expectAllowed(updateFormationTexts(rules.as('admin'), formationIdOf('electricienL2'), texts));
  });

  for (const { actor, who } of actors('lyceeL2', 'headA', 'anonymous')) {
    it(`${who} may not save the texts of a formation of lycée L1`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(updateFormationTexts(rules.as(actor), L1_FORMATION, texts));
    });
  }
});

describe('catalogue: families read it, without signing in', () => {
  it('an anonymous visitor may load the campaign’s catalogue, with the texts the search reads', async () => {
    forgetCatalogue(CAMPAIGN_ID);
    const entries = await expectAllowed(loadCatalogue(rules.as('anonymous'), CAMPAIGN_ID));
    expect(entries.map((e) => e.id).sort()).toEqual([L1_FORMATION, formationIdOf('electricienL2')].sort());
    expect(entries.every((e) => e.domainId === DOMAIN_ID && typeof e.texts.attendus === 'string')).toBe(true);
  });
});
