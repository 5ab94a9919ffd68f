import { updateDoc } from 'firebase/firestore';
import { beforeEach, describe, it } from 'vitest';
import { applicationDoc } from '../factories/applications.js';
import { campaignInPhase, campaignWithDeadlineIn } from '../factories/campaigns.js';
import { formationDoc } from '../factories/catalogue.js';
import {
  APPLICATION_A,
  COLLEGE_A,
  COLLEGE_B,
  DOMAIN_ID,
  LYCEE_L1,
  OTHER_DOMAIN_ID,
  PUPIL_A,
  STAFF_UIDS,
  formationIdOf
} from '../factories/world.js';
import {
  applicationBatch,
  avis,
  ELECTRICIEN,
  MELEC,
  NUMERIQUE,
  THERMIQUE,
  domainJoins,
  newApplication,
  pupilAndCatalogue,
  pupilRef,
  seedApplication,
  stamp
} from './applicationBatches.js';
import {
  docPath,
  actors,
  expectAllowed,
  expectDenied,
  expectVerdict,
  phaseGrid,
  useRulesEnvironment,
  type ActorName
} from './helpers.js';
import { readTests } from './readTests.js';

const rules = useRulesEnvironment(() => pupilAndCatalogue());
/** The head's request, in one batch with the pupil's live domains (`pupilChange`). */
const apply = (
  actor: ActorName,
  overrides: Record<string, unknown> = {},
  id = APPLICATION_A,
  pupilChange = domainJoins()
) => applicationBatch(rules, actor, { set: newApplication(actor, overrides), id }, pupilChange);

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
    await expectDenied(apply('headB', { collegeUai: COLLEGE_B, createdBy: STAFF_UIDS.headB }));
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
    { why: 'a slot already assigned', fields: { slotId: 'slot-l1-individuel' } },
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
    { why: 'a creation time chosen by the client', fields: { createdAt: new Date() } },
    { why: 'the uid of another editor', fields: { updatedBy: STAFF_UIDS.referentA } },
    { why: 'an update time chosen by the client', fields: { updatedAt: new Date() } },
    { why: 'the status already set to withdrawn', fields: { status: 'withdrawn' } },
    {
      why: 'a withdrawal already recorded',
      fields: { withdrawal: { at: new Date(), by: STAFF_UIDS.headA, reason: '' } }
    },
    { why: 'a twin already set', fields: { twinOf: 'pupil-other_electricite-energie' } },
    {
      why: 'markup in an avis comment',
      fields: { originAvis: { [ELECTRICIEN]: avis('favorable', '<img src=x onerror=alert(1)>') } }
    },
    { why: 'a pupil copy holding markup', fields: { pupil: { ...applicationDoc().pupil, firstName: '<b>Inès</b>' } } }
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
  beforeEach(() => seedApplication(rules));

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

describe('applications: the pupil lists the domain of each live request, in the same batch', () => {
  it('the head of collège A may not apply without listing the domain among the pupil’s live ones', async () => {
    await rules.seedCampaignIn('registration');
    await expectDenied(apply('headA', {}, APPLICATION_A, {}));
  });

  it('the head of collège A may not apply while listing another domain among the pupil’s live ones', async () => {
    await rules.seedCampaignIn('registration');
    await expectDenied(apply('headA', {}, APPLICATION_A, domainJoins(OTHER_DOMAIN_ID)));
  });

  it('the head of collège A may not list a domain among the pupil’s live ones without its request', async () => {
    await rules.seedCampaignIn('registration');
    await expectDenied(updateDoc(pupilRef(rules.as('headA')), { ...domainJoins(), ...stamp('headA') }));
  });

  it('the head of collège A may not list a live domain twice', async () => {
    await rules.seedCampaignIn('registration');
    await seedApplication(rules);
    await expectDenied(
      updateDoc(pupilRef(rules.as('headA')), { liveDomainIds: [DOMAIN_ID, DOMAIN_ID], ...stamp('headA') })
    );
  });
});
