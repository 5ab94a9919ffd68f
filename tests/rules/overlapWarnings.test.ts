import {
  arrayRemove,
  deleteField,
  doc,
  getDoc,
  serverTimestamp,
  updateDoc,
  writeBatch,
  type DocumentData
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { interviewSlotDoc } from '../factories/interviews.js';
import { formationIdOf, SLOT_INDIVIDUAL_L1 } from '../factories/world.js';
import {
  applicationBatch,
  applicationRef,
  domainJoins,
  domainLeaves,
  newApplication,
  pupilAndCatalogue,
  seedApplication,
  stamp,
  uidOf
} from './applicationBatches.js';
import { docPath, expectAllowed, expectDenied, useRulesEnvironment, type ActorName } from './helpers.js';

/**
 * applications.overlaps, the warning that the pupil is convoked elsewhere at a clashing time, is
 * the overlap trigger's alone (admin SDK): no client may write, change or clear it. Each deny is
 * the allowed write of its twin plus the one change of the warning the test names.
 */
const MINUTE = 60_000;
const rules = useRulesEnvironment(() => pupilAndCatalogue());
const startsAt = new Date(Date.now() + 120 * MINUTE);
const warning = {
  startsAt: new Date(startsAt.getTime() + 10 * MINUTE),
  endsAt: new Date(startsAt.getTime() + 40 * MINUTE)
};
const forged = { overlaps: [{ startsAt: new Date(startsAt.getTime() + 86_400_000), endsAt: warning.endsAt }] };
const cleared = { overlaps: deleteField() };

/** APPLICATION_A convoked to L1's individual slot in two hours, warned of a clash with another interview. */
async function seedWarned() {
  await rules.seed({
    [docPath('interviewSlots', SLOT_INDIVIDUAL_L1)]: interviewSlotDoc({
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * MINUTE)
    })
  });
  await seedApplication(rules, { status: 'convoked', slotId: SLOT_INDIVIDUAL_L1, overlaps: [warning] });
}

/** The planning page's batch taking the request out of its slot, plus `fields` on the request. */
function unassign(actor: ActorName, fields: DocumentData = {}) {
  const db = rules.as(actor);
  return writeBatch(db)
    .update(applicationRef(db), { slotId: null, status: 'registered', ...stamp(actor), ...fields })
    .update(doc(db, 'interviewSlots', SLOT_INDIVIDUAL_L1), {
      applicationIds: arrayRemove(applicationRef(db).id),
      ...stamp(actor)
    })
    .commit();
}

/** The référent's withdrawal batch, plus `fields` on the request. */
const withdraw = (fields: DocumentData = {}) =>
  applicationBatch(
    rules,
    'referentA',
    {
      update: {
        status: 'withdrawn',
        withdrawal: { at: serverTimestamp(), by: uidOf('referentA'), reason: '' },
        ...stamp('referentA'),
        ...fields
      }
    },
    domainLeaves()
  );

/** The head's avis on the second formation, plus `fields`. */
const enterAvis = (fields: DocumentData = {}) =>
  updateDoc(applicationRef(rules.as('headA')), {
    originAvis: {
      [formationIdOf('electricienL1')]: { avis: 'favorable', comment: 'Élève motivée.' },
      [formationIdOf('melecL1')]: { avis: 'reserve', comment: 'Projet encore flou.' }
    },
    ...stamp('headA'),
    ...fields
  });

describe('applications.overlaps: the overlap warning is written by the trigger alone', () => {
  it('lycée L1 may read the warning on a request addressed to it', async () => {
    await rules.seedCampaignIn('convocation');
    await seedWarned();
    await expectAllowed(getDoc(applicationRef(rules.as('lyceeL1'))));
  });

  it('lycée L2 may not read the warning on a request addressed to L1', async () => {
    await rules.seedCampaignIn('convocation');
    await seedWarned();
    await expectDenied(getDoc(applicationRef(rules.as('lyceeL2'))));
  });

  it('lycée L1 may take a warned request out of its slot (the trigger then clears the warning)', async () => {
    await rules.seedCampaignIn('convocation');
    await seedWarned();
    await expectAllowed(unassign('lyceeL1'));
  });

  it('lycée L1 may not clear the warning as it takes the request out of its slot', async () => {
    await rules.seedCampaignIn('convocation');
    await seedWarned();
    await expectDenied(unassign('lyceeL1', cleared));
  });

  it('lycée L1 may not change the warning as it takes the request out of its slot', async () => {
    await rules.seedCampaignIn('convocation');
    await seedWarned();
    await expectDenied(unassign('lyceeL1', forged));
  });

  it('the referent of collège A may withdraw a warned request', async () => {
    await rules.seedCampaignIn('convocation');
    await seedWarned();
    await expectAllowed(withdraw());
  });

  it('the referent of collège A may not clear the warning as he withdraws the request', async () => {
    await rules.seedCampaignIn('convocation');
    await seedWarned();
    await expectDenied(withdraw(cleared));
  });

  it('the head of collège A may enter an avis on a warned request', async () => {
    await rules.seedCampaignIn('registration');
    await seedWarned();
    await expectAllowed(enterAvis());
  });

  it('the head of collège A may not change the warning as he enters an avis', async () => {
    await rules.seedCampaignIn('registration');
    await seedWarned();
    await expectDenied(enterAvis(forged));
  });

  it('the head of collège A may register a request', async () => {
    await rules.seedCampaignIn('registration');
    await expectAllowed(applicationBatch(rules, 'headA', { set: newApplication('headA') }, domainJoins()));
  });

  it('the head of collège A may not register a request carrying a warning', async () => {
    await rules.seedCampaignIn('registration');
    await expectDenied(
      applicationBatch(rules, 'headA', { set: newApplication('headA', { overlaps: [warning] }) }, domainJoins())
    );
  });
});
