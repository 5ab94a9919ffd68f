import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  setDoc,
  updateDoc,
  where,
  type Firestore
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { formationDoc } from '../factories/catalogue.js';
import { DOMAIN_ID, formationIdOf } from '../factories/world.js';
import {
  actors,
  docPath,
  expectAllowed,
  expectDenied,
  expectVerdict,
  phaseGrid,
  useRulesEnvironment
} from './helpers.js';

const L1_FORMATION = formationIdOf('electricienL1');
const rules = useRulesEnvironment(() => ({
  [docPath('formations', L1_FORMATION)]: formationDoc('electricienL1'),
  [docPath('formations', formationIdOf('electricienL2'))]: formationDoc('electricienL2')
}));
const formationRef = (db: Firestore, id = L1_FORMATION) => doc(db, 'formations', id);
const texts = {
  attendus: 'Goût du travail manuel.',
  metiers: 'Électricien du bâtiment.',
  conditions: 'Chaussures de sécurité.'
};

describe('formations: a public catalogue', () => {
  it('an anonymous visitor may get a formation', async () => {
    await expectAllowed(getDoc(formationRef(rules.as('anonymous'))));
  });

  it('an anonymous visitor may list the formations of a domain', async () => {
    const ofDomain = query(collection(rules.as('anonymous'), 'formations'), where('domainId', '==', DOMAIN_ID));
    await expectAllowed(getDocs(ofDomain));
  });
});

describe('formations: the académie imports the catalogue', () => {
  it('the académie may create a formation', async () => {
    await expectAllowed(setDoc(formationRef(rules.as('admin'), formationIdOf('melecL1')), formationDoc('melecL1')));
  });

  it('the académie may change the capacity of a formation after closure', async () => {
    await rules.seedCampaignIn('closed');
    await expectAllowed(updateDoc(formationRef(rules.as('admin')), { capacity: 24 }));
  });

  it('the académie may delete a formation', async () => {
    await expectAllowed(deleteDoc(formationRef(rules.as('admin'))));
  });

  for (const { actor, who } of actors('lyceeL1', 'headA', 'anonymous', 'forgedAdmin', 'disabledAdmin')) {
    it(`${who} may not create a formation`, async () => {
      await expectDenied(setDoc(formationRef(rules.as(actor), formationIdOf('melecL1')), formationDoc('melecL1')));
    });
  }

  it('lycée L1 may not delete its own formation', async () => {
    await expectDenied(deleteDoc(formationRef(rules.as('lyceeL1'))));
  });
});

describe('formations: a lycée edits the texts of its own formations until closure', () => {
  for (const { phase, allowed, may, when } of phaseGrid([
    'before_opening',
    'registration',
    'convocation',
    'interviews',
    'summary_sheets'
  ])) {
    it(`lycée L1 ${may} write the texts of its formation ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await expectVerdict(allowed, updateDoc(formationRef(rules.as('lyceeL1')), { texts }));
    });
  }

  for (const { actor, who } of actors('lyceeL2', 'headA', 'anonymous', 'forgedLyceeL1')) {
    it(`${who} may not write the texts of a formation of lycée L1`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(updateDoc(formationRef(rules.as(actor)), { texts }));
    });
  }

  const forgedEdits = [
    { why: 'change its capacity', edit: { capacity: 99 } },
    { why: 'change its texts and its interview format', edit: { texts, interviewFormat: 'collectif' } },
    { why: 'add a text the catalogue does not have', edit: { texts: { ...texts, tarif: 'gratuit' } } },
    { why: 'write attendus of 3001 characters', edit: { texts: { ...texts, attendus: 'x'.repeat(3001) } } },
    { why: 'write métiers of 3001 characters', edit: { texts: { ...texts, metiers: 'x'.repeat(3001) } } },
    { why: 'write conditions that are not text', edit: { texts: { ...texts, conditions: ['stage'] } } }
  ];
  for (const { why, edit } of forgedEdits) {
    it(`lycée L1 may not ${why}`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(updateDoc(formationRef(rules.as('lyceeL1')), edit));
    });
  }
});
