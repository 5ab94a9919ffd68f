import { deleteDoc, doc, serverTimestamp, setDoc, updateDoc, type Firestore } from 'firebase/firestore';
import { beforeEach, describe, it } from 'vitest';
import { applicationDoc } from '../factories/applications.js';
import { campaignInPhase, campaignWithDeadlineIn } from '../factories/campaigns.js';
import { formationDoc } from '../factories/catalogue.js';
import { pupilDoc } from '../factories/pupils.js';
import {
  APPLICATION_A,
  COLLEGE_A,
  COLLEGE_B,
  FORMATION_SPECS,
  LYCEE_L1,
  LYCEE_L2,
  OTHER_DOMAIN_ID,
  PUPIL_A,
  STAFF_UIDS,
  formationIdOf,
  type FormationKey
} from '../factories/world.js';
import {
  actors,
  authorUid,
  docPath,
  expectAllowed,
  expectDenied,
  expectVerdict,
  phaseGrid,
  useRulesEnvironment,
  type ActorName,
  type Seed
} from './helpers.js';
import { readTests } from './readTests.js';

const applicationRef = (db: Firestore, id = APPLICATION_A) => doc(db, 'applications', id);
const ELECTRICIEN = formationIdOf('electricienL1');
const MELEC = formationIdOf('melecL1');
const NUMERIQUE = formationIdOf('numeriqueL1');
const THERMIQUE = formationIdOf('thermiqueL1');
const avis = (value: string, comment = 'Élève sérieuse et motivée.') => ({ avis: value, comment });

/** What the collège's form sends for APPLICATION_A, signed by whoever sends it. */
const apply = (actor: ActorName, overrides: Record<string, unknown> = {}, id = APPLICATION_A) =>
  setDoc(applicationRef(rules.as(actor), id), {
    ...applicationDoc({ createdBy: authorUid(actor, 'headA') }),
    createdAt: serverTimestamp(),
    ...overrides
  });

/** PUPIL_A and the whole catalogue; the application itself is seeded by the suites that need it. */
const pupilAndCatalogue: Seed = {
  [docPath('pupils', PUPIL_A)]: pupilDoc(),
  ...Object.fromEntries(
    (Object.keys(FORMATION_SPECS) as FormationKey[]).map((key) => [
      docPath('formations', formationIdOf(key)),
      formationDoc(key)
    ])
  )
};
const rules = useRulesEnvironment(() => pupilAndCatalogue);
const seedApplication = () => rules.seed({ [docPath('applications', APPLICATION_A)]: applicationDoc() });

describe('applications: the collège registers them during registrations', () => {
  for (const { phase, allowed, may, when } of phaseGrid(['registration'])) {
    it(`the head of collège A ${may} apply for a pupil ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await expectVerdict(allowed, apply('headA'));
    });
  }

  it('the head of collège A may apply for a pupil one minute before registrations close', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('registrationsCloseAt', 1));
    await expectAllowed(apply('headA'));
  });

  it('the head of collège A may not apply for a pupil one minute after registrations closed', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('registrationsCloseAt', -1));
    await expectDenied(apply('headA'));
  });

  it('the head of collège A may apply for three formations with an avis on each', async () => {
    await rules.seedCampaignIn('registration');
    const originAvis = {
      [ELECTRICIEN]: avis('favorable'),
      [MELEC]: avis('assez_favorable'),
      [NUMERIQUE]: avis('reserve')
    };
    await expectAllowed(apply('headA', { formationIds: [ELECTRICIEN, MELEC, NUMERIQUE], originAvis }));
  });

  it('the head of collège A may apply before entering any avis', async () => {
    await rules.seedCampaignIn('registration');
    await expectAllowed(apply('headA', { originAvis: {} }));
  });

  for (const { actor, who } of actors(
    'referentA',
    'headB',
    'lyceeL1',
    'admin',
    'anonymous',
    'forgedHeadA',
    'disabledHeadA'
  )) {
    it(`${who} may not apply for a pupil of collège A`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(apply(actor));
    });
  }

  it('the head of collège B may not apply for a pupil of collège A by naming collège B', async () => {
    await rules.seedCampaignIn('registration');
    await expectDenied(apply('headB', { collegeUai: COLLEGE_B }));
  });

  it('the head of collège A may not apply under an id other than pupil_domain', async () => {
    await rules.seedCampaignIn('registration');
    await expectDenied(apply('headA', {}, 'candidature-libre'));
  });

  it('the head of collège A may not apply under the id of the pupil in another domain', async () => {
    await rules.seedCampaignIn('registration');
    await expectDenied(apply('headA', {}, `${PUPIL_A}_${OTHER_DOMAIN_ID}`));
  });

  it('the head of collège A may not apply for a pupil that was never registered', async () => {
    await rules.seedCampaignIn('registration');
    await expectDenied(apply('headA', { pupilId: 'pupil-ghost' }, 'pupil-ghost_electricite-energie'));
  });

  it('the head of collège A may not apply in a campaign other than the pupil’s', async () => {
    await rules.seedCampaignIn('registration');
    await rules.seedCampaign({ ...campaignInPhase('registration'), id: '2028' });
    await expectDenied(apply('headA', { campaignId: '2028' }));
  });

  const forgedApplications = [
    {
      why: 'a pupil copy whose last name differs from the pupil',
      fields: { pupil: { ...applicationDoc().pupil, lastName: 'Autre' } }
    },
    { why: 'a pupil copy that adds the class', fields: { pupil: { ...applicationDoc().pupil, className: '3e B' } } },
    { why: 'a field the procedure does not have', fields: { notes: 'redoublement' } },
    { why: 'the status already set to convoked', fields: { status: 'convoked' } },
    { why: 'a convocation already set', fields: { convocationId: 'k3Vq9ZtR2mWx7LpB4nHs8Yc' } },
    { why: 'no formation', fields: { formationIds: [], originAvis: {} } },
    { why: 'four formations', fields: { formationIds: [ELECTRICIEN, MELEC, NUMERIQUE, THERMIQUE], originAvis: {} } },
    { why: 'formations that are not a list', fields: { formationIds: ELECTRICIEN, originAvis: {} } },
    { why: 'a formation of lycée L2', fields: { formationIds: [ELECTRICIEN, formationIdOf('electricienL2')] } },
    { why: 'a formation of another domain', fields: { formationIds: [ELECTRICIEN, formationIdOf('cuisineL1')] } },
    {
      why: 'a third formation that does not exist',
      fields: { formationIds: [ELECTRICIEN, MELEC, 'formation-fantome'] }
    },
    { why: 'an unknown avis', fields: { originAvis: { [ELECTRICIEN]: avis('tres_favorable') } } },
    { why: 'an avis without its comment', fields: { originAvis: { [ELECTRICIEN]: { avis: 'favorable' } } } },
    { why: 'an avis with an empty comment', fields: { originAvis: { [ELECTRICIEN]: avis('favorable', '') } } },
    {
      why: 'an avis comment of 1001 characters',
      fields: { originAvis: { [ELECTRICIEN]: avis('favorable', 'x'.repeat(1001)) } }
    },
    {
      why: 'an avis with an extra field',
      fields: { originAvis: { [ELECTRICIEN]: { ...avis('favorable'), note: 18 } } }
    },
    { why: 'an avis written as a bare word', fields: { originAvis: { [ELECTRICIEN]: 'favorable' } } },
    {
      why: 'a second avis that is unknown',
      fields: { originAvis: { [ELECTRICIEN]: avis('favorable'), [MELEC]: avis('excellent') } }
    },
    {
      why: 'a third avis that is unknown',
      fields: {
        formationIds: [ELECTRICIEN, MELEC, NUMERIQUE],
        originAvis: { [ELECTRICIEN]: avis('favorable'), [MELEC]: avis('reserve'), [NUMERIQUE]: avis('bof') }
      }
    },
    { why: 'an avis on a formation not requested', fields: { originAvis: { [NUMERIQUE]: avis('favorable') } } },
    {
      why: 'avis on four formations',
      fields: {
        originAvis: {
          [ELECTRICIEN]: avis('favorable'),
          [MELEC]: avis('favorable'),
          [NUMERIQUE]: avis('favorable'),
          [THERMIQUE]: avis('favorable')
        }
      }
    },
    { why: 'avis that are not a map', fields: { originAvis: 'favorable' } },
    { why: 'an empty collège name', fields: { collegeName: '' } },
    { why: 'a domain label of 121 characters', fields: { domainLabel: 'x'.repeat(121) } },
    { why: 'no lycée name', fields: { lyceeName: null } },
    { why: 'the uid of another author', fields: { createdBy: STAFF_UIDS.referentA } },
    { why: 'a creation time chosen by the client', fields: { createdAt: new Date() } }
  ];
  for (const { why, fields } of forgedApplications) {
    it(`the head of collège A may not apply with ${why}`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(apply('headA', fields));
    });
  }

  it('the head of collège A may not apply with a formation of an earlier campaign', async () => {
    await rules.seedCampaignIn('registration');
    const past = 'formation-2026-numerique';
    await rules.seed({ [docPath('formations', past)]: formationDoc('numeriqueL1', { campaignId: '2026' }) });
    await expectDenied(apply('headA', { formationIds: [ELECTRICIEN, past] }));
  });
});

describe('applications: the collège and the lycée they are addressed to read them', () => {
  beforeEach(seedApplication);

  readTests(rules, {
    collection: 'applications',
    id: APPLICATION_A,
    document: 'the application of a pupil of collège A to lycée L1',
    mayGet: ['headA', 'referentA', 'lyceeL1', 'admin'],
    mayNotGet: ['headB', 'lyceeL2', 'anonymous', 'forgedLyceeL1', 'forgedAdmin', 'disabledHeadA'],
    lists: [
      { actor: 'headA', allowed: true, filter: { collegeUai: COLLEGE_A }, what: 'the applications of collège A' },
      { actor: 'lyceeL1', allowed: true, filter: { lyceeUai: LYCEE_L1 }, what: 'the applications addressed to it' },
      {
        actor: 'lyceeL2',
        allowed: false,
        filter: { lyceeUai: LYCEE_L1 },
        what: 'the applications addressed to lycée L1'
      },
      { actor: 'lyceeL1', allowed: false, what: 'every application' },
      { actor: 'admin', allowed: true, what: 'every application' }
    ]
  });
});

describe('applications: formations change during registrations, the avis until the interviews end', () => {
  beforeEach(seedApplication);
  const threeFormations = { formationIds: [ELECTRICIEN, MELEC, NUMERIQUE] };
  const secondAvis = { originAvis: { [ELECTRICIEN]: avis('favorable'), [MELEC]: avis('reserve') } };

  for (const { phase, allowed, may, when } of phaseGrid(['registration'])) {
    it(`the head of collège A ${may} add a requested formation ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await expectVerdict(allowed, updateDoc(applicationRef(rules.as('headA')), threeFormations));
    });
  }

  for (const { phase, allowed, may, when } of phaseGrid(['registration', 'convocation', 'interviews'])) {
    it(`the head of collège A ${may} enter an avis ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await expectVerdict(allowed, updateDoc(applicationRef(rules.as('headA')), secondAvis));
    });
  }

  it('the head of collège A may enter an avis one minute before the interview deadline', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('interviewsCloseAt', 1));
    await expectAllowed(updateDoc(applicationRef(rules.as('headA')), secondAvis));
  });

  it('the head of collège A may not enter an avis one minute after the interview deadline', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('interviewsCloseAt', -1));
    await expectDenied(updateDoc(applicationRef(rules.as('headA')), secondAvis));
  });

  for (const { actor, who } of actors('referentA', 'headB', 'lyceeL1', 'admin', 'forgedHeadA', 'disabledHeadA')) {
    it(`${who} may not enter the avis of collège A`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(updateDoc(applicationRef(rules.as(actor)), secondAvis));
    });
  }

  const forgedEdits = [
    { why: 'request a formation of lycée L2', edit: { formationIds: [ELECTRICIEN, formationIdOf('electricienL2')] } },
    { why: 'request four formations', edit: { formationIds: [ELECTRICIEN, MELEC, NUMERIQUE, THERMIQUE] } },
    { why: 'withdraw every formation', edit: { formationIds: [], originAvis: {} } },
    { why: 'drop a formation while keeping its avis', edit: { formationIds: [MELEC] } },
    { why: 'give an avis on a formation not requested', edit: { originAvis: { [NUMERIQUE]: avis('favorable') } } },
    { why: 'give an unknown avis', edit: { originAvis: { [ELECTRICIEN]: avis('excellent') } } },
    {
      why: 'give avis on four formations',
      edit: {
        originAvis: Object.fromEntries([ELECTRICIEN, MELEC, NUMERIQUE, THERMIQUE].map((id) => [id, avis('favorable')]))
      }
    },
    { why: 'mark the pupil as convoked', edit: { status: 'convoked' } },
    { why: 'attach a convocation', edit: { convocationId: 'k3Vq9ZtR2mWx7LpB4nHs8Yc' } },
    { why: 'send the application to lycée L2', edit: { lyceeUai: LYCEE_L2 } },
    { why: 'move the application to collège B', edit: { collegeUai: COLLEGE_B } },
    { why: 'rename the pupil in the copy', edit: { pupil: { ...applicationDoc().pupil, lastName: 'Autre' } } },
    { why: 'rewrite who registered the application', edit: { createdBy: STAFF_UIDS.headB } }
  ];
  for (const { why, edit } of forgedEdits) {
    it(`the head of collège A may not ${why}`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(updateDoc(applicationRef(rules.as('headA')), edit));
    });
  }

  it('the head of collège A may not change the requested formations after the registrations deadline, even with the avis', async () => {
    await rules.seedCampaignIn('interviews');
    await expectDenied(updateDoc(applicationRef(rules.as('headA')), { ...threeFormations, ...secondAvis }));
  });
});

describe('applications: a pupil who renounces is removed until closure', () => {
  beforeEach(seedApplication);

  for (const { phase, allowed, may, when } of phaseGrid([
    'registration',
    'convocation',
    'interviews',
    'summary_sheets'
  ])) {
    it(`the head of collège A ${may} remove an application ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await expectVerdict(allowed, deleteDoc(applicationRef(rules.as('headA'))));
    });
  }

  it('the académie may remove an application after closure', async () => {
    await rules.seedCampaignIn('closed');
    await expectAllowed(deleteDoc(applicationRef(rules.as('admin'))));
  });

  for (const { actor, who } of actors('referentA', 'headB', 'lyceeL1', 'anonymous', 'disabledHeadA')) {
    it(`${who} may not remove an application of collège A`, async () => {
      await rules.seedCampaignIn('registration');
      await expectDenied(deleteDoc(applicationRef(rules.as(actor))));
    });
  }
});
