import { deleteDoc, serverTimestamp, updateDoc, type DocumentData } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { applicationDoc } from '../factories/applications.js';
import { campaignWithDeadlineIn } from '../factories/campaigns.js';
import { interviewSlotDoc } from '../factories/interviews.js';
import { pupilDoc } from '../factories/pupils.js';
import {
  DOMAIN_ID,
  COLLEGE_B,
  LYCEE_L2,
  PUPIL_A,
  SLOT_INDIVIDUAL_L1,
  STAFF_UIDS,
  ESTABLISHMENT_NAMES,
  formationIdOf
} from '../factories/world.js';
import {
  applicationBatch,
  avis,
  ELECTRICIEN,
  MELEC,
  NUMERIQUE,
  THERMIQUE,
  applicationRef,
  domainJoins,
  domainLeaves,
  pupilAndCatalogue,
  pupilRef,
  seedApplication,
  stamp,
  uidOf
} from './applicationBatches.js';
import {
  actors,
  docPath,
  expectAllowed,
  expectDenied,
  expectVerdict,
  phaseGrid,
  useRulesEnvironment,
  type ActorName
} from './helpers.js';

const MINUTE = 60_000;

const rules = useRulesEnvironment(() => pupilAndCatalogue());

/** APPLICATION_A convoked to the individual slot of L1 starting `minutes` from now (negative: started). */
async function seedConvoked(minutes: number) {
  const startsAt = new Date(Date.now() + minutes * MINUTE);
  await rules.seed({
    [docPath('interviewSlots', SLOT_INDIVIDUAL_L1)]: interviewSlotDoc({
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * MINUTE)
    })
  });
  await seedApplication(rules, { status: 'convoked', slotId: SLOT_INDIVIDUAL_L1 });
}

/** An update of APPLICATION_A alone, stamped by `actor`. */
const edit = (actor: ActorName, fields: DocumentData) =>
  updateDoc(applicationRef(rules.as(actor)), { ...fields, ...stamp(actor) });

describe('applications: the head changes formations and avis during registrations, until the interview starts', () => {
  const threeFormations = { formationIds: [ELECTRICIEN, MELEC, NUMERIQUE] };
  const secondAvis = { originAvis: { [ELECTRICIEN]: avis('favorable'), [MELEC]: avis('reserve') } };

  for (const { phase, allowed, may, when } of phaseGrid(['registration'])) {
    it(`the head of collège A ${may} add a requested formation ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await seedApplication(rules);
      await expectVerdict(allowed, edit('headA', threeFormations));
    });

    it(`the head of collège A ${may} enter an avis ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await seedApplication(rules);
      await expectVerdict(allowed, edit('headA', secondAvis));
    });
  }

  it('the head of collège A may enter an avis one minute before registrations close', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('registrationsCloseAt', 1));
    await seedApplication(rules);
    await expectAllowed(edit('headA', secondAvis));
  });

  it('the head of collège A may not enter an avis one minute after registrations closed', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('registrationsCloseAt', -1));
    await seedApplication(rules);
    await expectDenied(edit('headA', secondAvis));
  });

  it('the head of collège A may enter an avis on a convoked request before its interview starts', async () => {
    await rules.seedCampaignIn('registration');
    await seedConvoked(10);
    await expectAllowed(edit('headA', secondAvis));
  });

  it('the head of collège A may not enter an avis once the interview has started', async () => {
    await rules.seedCampaignIn('registration');
    await seedConvoked(-10);
    await expectDenied(edit('headA', secondAvis));
  });

  it('the head of collège A may not enter an avis on a withdrawn request', async () => {
    await rules.seedCampaignIn('registration');
    await seedApplication(rules, {
      status: 'withdrawn',
      withdrawal: { at: new Date(), by: STAFF_UIDS.headA, reason: '' }
    });
    await expectDenied(edit('headA', secondAvis));
  });

  const toLyceeL2 = {
    lyceeUai: LYCEE_L2,
    lyceeName: ESTABLISHMENT_NAMES[LYCEE_L2],
    formationIds: [formationIdOf('electricienL2')],
    originAvis: {}
  };

  it('the head of collège A may send a registered request to another lycée', async () => {
    await rules.seedCampaignIn('registration');
    await seedApplication(rules);
    await expectAllowed(edit('headA', toLyceeL2));
  });

  it('the head of collège A may not send a convoked request to another lycée', async () => {
    await rules.seedCampaignIn('registration');
    await seedConvoked(10);
    await expectDenied(edit('headA', toLyceeL2));
  });

  for (const { actor, who } of actors('referentA', 'headB', 'lyceeL1', 'admin', 'forgedHeadA', 'disabledHeadA')) {
    it(`${who} may not enter the avis of collège A`, async () => {
      await rules.seedCampaignIn('registration');
      await seedApplication(rules);
      await expectDenied(edit(actor, secondAvis));
    });
  }

  const forgedEdits = [
    { why: 'request a formation of lycée L2', fields: { formationIds: [ELECTRICIEN, formationIdOf('electricienL2')] } },
    { why: 'request four formations', fields: { formationIds: [ELECTRICIEN, MELEC, NUMERIQUE, THERMIQUE] } },
    { why: 'withdraw every formation', fields: { formationIds: [], originAvis: {} } },
    { why: 'drop a formation while keeping its avis', fields: { formationIds: [MELEC] } },
    { why: 'give an avis on a formation not requested', fields: { originAvis: { [NUMERIQUE]: avis('favorable') } } },
    { why: 'give an unknown avis', fields: { originAvis: { [ELECTRICIEN]: avis('excellent') } } },
    {
      why: 'give an avis with a comment of 10,000 characters',
      fields: { originAvis: { [ELECTRICIEN]: avis('favorable', 'x'.repeat(10_000)) } }
    },
    {
      why: 'give an avis whose comment holds markup',
      fields: { originAvis: { [ELECTRICIEN]: avis('favorable', 'Bien</p><script>') } }
    },
    {
      why: 'send the request to lycée L2 under the name of lycée L1',
      fields: { lyceeUai: LYCEE_L2, formationIds: [formationIdOf('electricienL2')], originAvis: {} }
    },
    { why: 'name the lycée with an empty name', fields: { lyceeName: '' } },
    { why: 'mark the pupil as convoked', fields: { status: 'convoked' } },
    { why: 'assign a slot', fields: { slotId: SLOT_INDIVIDUAL_L1 } },
    { why: 'mark the request as a twin', fields: { twinOf: 'pupil-other_electricite-energie' } },
    { why: 'move the request to collège B', fields: { collegeUai: COLLEGE_B } },
    { why: 'rename the pupil in the copy', fields: { pupil: { ...applicationDoc().pupil, lastName: 'Autre' } } },
    { why: 'rewrite who registered the request', fields: { createdBy: STAFF_UIDS.headB } }
  ];
  for (const { why, fields } of forgedEdits) {
    it(`the head of collège A may not ${why}`, async () => {
      await rules.seedCampaignIn('registration');
      await seedApplication(rules);
      await expectDenied(edit('headA', fields));
    });
  }

  it('the head of collège A may not sign an edit with another uid', async () => {
    await rules.seedCampaignIn('registration');
    await seedApplication(rules);
    await expectDenied(updateDoc(applicationRef(rules.as('headA')), { ...secondAvis, ...stamp('referentA') }));
  });

  it('the head of collège A may not date an edit himself', async () => {
    await rules.seedCampaignIn('registration');
    await seedApplication(rules);
    await expectDenied(
      updateDoc(applicationRef(rules.as('headA')), { ...secondAvis, ...stamp('headA'), updatedAt: new Date() })
    );
  });
});

/** The withdrawal batch: the request withdrawn by `actor`, the domain leaving the pupil's live ones. */
const withdrawal = (actor: ActorName, reason = 'L’élève a choisi un autre projet.') => ({
  at: serverTimestamp(),
  by: uidOf(actor),
  reason
});
const withdraw = (actor: ActorName, fields: DocumentData = {}, pupilChange: DocumentData | null = domainLeaves()) =>
  applicationBatch(
    rules,
    actor,
    { update: { status: 'withdrawn', withdrawal: withdrawal(actor), ...stamp(actor), ...fields } },
    pupilChange
  );

describe('applications: the head or the référent withdraws a request until its interview starts', () => {
  for (const { phase, allowed, may, when } of phaseGrid(['registration', 'convocation', 'interviews'])) {
    it(`the referent of collège A ${may} withdraw a request ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await seedApplication(rules);
      await expectVerdict(allowed, withdraw('referentA'));
    });
  }

  it('the head of collège A may withdraw a request', async () => {
    await rules.seedCampaignIn('convocation');
    await seedApplication(rules);
    await expectAllowed(withdraw('headA'));
  });

  it('the referent of collège A may withdraw a request one minute before the interviews deadline', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('interviewsCloseAt', 1));
    await seedApplication(rules);
    await expectAllowed(withdraw('referentA'));
  });

  it('the referent of collège A may not withdraw a request one minute after the interviews deadline', async () => {
    await rules.seedCampaign(campaignWithDeadlineIn('interviewsCloseAt', -1));
    await seedApplication(rules);
    await expectDenied(withdraw('referentA'));
  });

  it('the referent of collège A may withdraw a convoked request before its interview starts', async () => {
    await rules.seedCampaignIn('convocation');
    await seedConvoked(10);
    await expectAllowed(withdraw('referentA'));
  });

  it('the referent of collège A may not withdraw a convoked request once its interview has started', async () => {
    await rules.seedCampaignIn('convocation');
    await seedConvoked(-10);
    await expectDenied(withdraw('referentA'));
  });

  it('the referent of collège A may not withdraw a request after the interview took place', async () => {
    await rules.seedCampaignIn('convocation');
    await seedApplication(rules, { status: 'interviewed' });
    await expectDenied(withdraw('referentA'));
  });

  it('the referent of collège A may withdraw a request without a reason', async () => {
    await rules.seedCampaignIn('convocation');
    await seedApplication(rules);
    await expectAllowed(withdraw('referentA', { withdrawal: withdrawal('referentA', '') }));
  });

  for (const { actor, who } of actors('headB', 'lyceeL1', 'admin', 'anonymous', 'forgedHeadA', 'disabledHeadA')) {
    it(`${who} may not withdraw a request of collège A`, async () => {
      await rules.seedCampaignIn('convocation');
      await seedApplication(rules);
      await expectDenied(withdraw(actor));
    });
  }

  const forgedWithdrawals = [
    { why: 'a reason of 301 characters', fields: { withdrawal: withdrawal('referentA', 'x'.repeat(301)) } },
    { why: 'a reason holding markup', fields: { withdrawal: withdrawal('referentA', '<a href="x">ici</a>') } },
    {
      why: 'the uid of another person as its author',
      fields: { withdrawal: { ...withdrawal('referentA'), by: STAFF_UIDS.headA } }
    },
    { why: 'a time chosen by the client', fields: { withdrawal: { ...withdrawal('referentA'), at: new Date() } } },
    { why: 'an extra field', fields: { withdrawal: { ...withdrawal('referentA'), pupilName: 'Inès' } } },
    { why: 'the slot freed by the client', fields: { slotId: null, status: 'withdrawn' } },
    { why: 'another status than withdrawn', fields: { status: 'absent' } }
  ];
  for (const { why, fields } of forgedWithdrawals) {
    it(`the referent of collège A may not withdraw a request with ${why}`, async () => {
      await rules.seedCampaignIn('convocation');
      await seedConvoked(10);
      await expectDenied(withdraw('referentA', fields));
    });
  }

  it('the referent of collège A may not withdraw a request while the pupil still lists its domain', async () => {
    await rules.seedCampaignIn('convocation');
    await seedApplication(rules);
    await expectDenied(withdraw('referentA', {}, null));
  });

  it('the referent of collège A may not take a live request’s domain off the pupil’s live ones', async () => {
    await rules.seedCampaignIn('convocation');
    await seedApplication(rules);
    await expectDenied(updateDoc(pupilRef(rules.as('referentA')), { ...domainLeaves(), ...stamp('referentA') }));
  });
});

/** APPLICATION_A withdrawn by the référent earlier, its seat already freed by the trigger. */
const seedWithdrawn = (overrides: Parameters<typeof applicationDoc>[0] = {}) =>
  seedApplication(rules, {
    status: 'withdrawn',
    withdrawal: { at: new Date(Date.now() - 60 * MINUTE), by: STAFF_UIDS.referentA, reason: '' },
    ...overrides
  });
const reactivate = (actor: ActorName, fields: DocumentData = {}, pupilChange: DocumentData | null = domainJoins()) =>
  applicationBatch(
    rules,
    actor,
    { update: { status: 'registered', withdrawal: null, ...stamp(actor), ...fields } },
    pupilChange
  );

describe('applications: the head makes a withdrawn request live again during registrations', () => {
  for (const { phase, allowed, may, when } of phaseGrid(['registration'])) {
    it(`the head of collège A ${may} make a withdrawn request live again ${when}`, async () => {
      await rules.seedCampaignIn(phase);
      await seedWithdrawn();
      await expectVerdict(allowed, reactivate('headA'));
    });
  }

  it('the head of collège A may make a withdrawn request live again at another lycée', async () => {
    await rules.seedCampaignIn('registration');
    await seedWithdrawn();
    const toL2 = {
      lyceeUai: LYCEE_L2,
      lyceeName: ESTABLISHMENT_NAMES[LYCEE_L2],
      formationIds: [formationIdOf('electricienL2')],
      originAvis: {}
    };
    await expectAllowed(reactivate('headA', toL2));
  });

  it('the referent of collège A may not make a withdrawn request live again', async () => {
    await rules.seedCampaignIn('registration');
    await seedWithdrawn();
    await expectDenied(reactivate('referentA'));
  });

  it('the head of collège A may not make a request live again before its seat is freed', async () => {
    await rules.seedCampaignIn('registration');
    await seedWithdrawn({ slotId: SLOT_INDIVIDUAL_L1 });
    await expectDenied(reactivate('headA', { slotId: null }));
  });

  it('the head of collège A may not make a request live again without the pupil listing its domain', async () => {
    await rules.seedCampaignIn('registration');
    await seedWithdrawn();
    await expectDenied(reactivate('headA', {}, null));
  });

  it('the head of collège A may not make a request live again with its withdrawal kept', async () => {
    await rules.seedCampaignIn('registration');
    await seedWithdrawn();
    await expectDenied(reactivate('headA', { withdrawal: { at: new Date(), by: STAFF_UIDS.referentA, reason: '' } }));
  });

  it('the head of collège A may not make a request live again as convoked', async () => {
    await rules.seedCampaignIn('registration');
    await seedWithdrawn();
    await expectDenied(reactivate('headA', { status: 'convoked' }));
  });

  it('the head of collège A may not make a request live again with a pupil copy that differs from the pupil', async () => {
    await rules.seedCampaignIn('registration');
    await seedWithdrawn();
    await expectDenied(reactivate('headA', { pupil: { ...applicationDoc().pupil, lastName: 'Autre' } }));
  });
});

describe('applications: the copy of the pupil is re-synchronised with the pupil', () => {
  const renamed = { lastName: 'Moreau-Diallo' };
  const resync = (actor: ActorName, copy: DocumentData, pupilChange: DocumentData | null = renamed) =>
    applicationBatch(rules, actor, { update: { pupil: copy, ...stamp(actor) } }, pupilChange);

  it('the head of collège A may correct a pupil’s name and re-sync the request in one batch', async () => {
    await rules.seedCampaignIn('registration');
    await seedApplication(rules);
    await expectAllowed(resync('headA', { ...applicationDoc().pupil, ...renamed }));
  });

  it('the head of collège A may re-sync a request with the pupil as he stands, after registrations', async () => {
    await rules.seedCampaignIn('interviews');
    await seedApplication(rules);
    await rules.seed({ [docPath('pupils', PUPIL_A)]: pupilDoc({ ...renamed, liveDomainIds: [DOMAIN_ID] }) });
    await expectAllowed(resync('headA', { ...applicationDoc().pupil, ...renamed }, null));
  });

  it('the head of collège A may not re-sync a request with a name the pupil does not have', async () => {
    await rules.seedCampaignIn('registration');
    await seedApplication(rules);
    await expectDenied(resync('headA', { ...applicationDoc().pupil, lastName: 'Autre' }));
  });

  it('the head of collège A may not re-sync a request after closure', async () => {
    await rules.seedCampaignIn('closed');
    await seedApplication(rules);
    await rules.seed({ [docPath('pupils', PUPIL_A)]: pupilDoc({ ...renamed, liveDomainIds: [DOMAIN_ID] }) });
    await expectDenied(resync('headA', { ...applicationDoc().pupil, ...renamed }, null));
  });

  it('the referent of collège A may not re-sync a request', async () => {
    await rules.seedCampaignIn('interviews');
    await seedApplication(rules);
    await rules.seed({ [docPath('pupils', PUPIL_A)]: pupilDoc({ ...renamed, liveDomainIds: [DOMAIN_ID] }) });
    await expectDenied(resync('referentA', { ...applicationDoc().pupil, ...renamed }, null));
  });
});

describe('applications: never deleted during a campaign; the académie purges them after closure', () => {
  it('the académie may delete a request after closure', async () => {
    await rules.seedCampaignIn('closed');
    await seedApplication(rules);
    await expectAllowed(deleteDoc(applicationRef(rules.as('admin'))));
  });

  it('the académie may not delete a request before closure', async () => {
    await rules.seedCampaignIn('summary_sheets');
    await seedApplication(rules);
    await expectDenied(deleteDoc(applicationRef(rules.as('admin'))));
  });

  for (const { actor, who } of actors('headA', 'referentA', 'lyceeL1')) {
    it(`${who} may not delete a request of collège A`, async () => {
      await rules.seedCampaignIn('closed');
      await seedApplication(rules);
      await expectDenied(deleteDoc(applicationRef(rules.as(actor))));
    });
  }
});
