import { describe, expect, it } from 'vitest';
import {
  convocationMailId,
  lyceeAddressOf,
  planConvocation,
  pupilLink,
  type ConvocationInputs
} from './convocationBuilder.js';

const NOW = new Date('2027-04-02T10:00:00Z');
const slot = {
  id: 'slot-1',
  lyceeUai: '0930303X',
  format: 'individuel' as const,
  mode: 'presentiel' as const,
  startsAt: new Date('2027-05-10T09:00:00+02:00'),
  endsAt: new Date('2027-05-10T09:30:00+02:00'),
  place: 'Atelier B12',
  meetingUrl: null
};
const application = {
  campaignId: '2027',
  status: 'convoked',
  slotId: 'slot-1',
  pupil: { firstName: 'Inès', lastName: 'Moreau' },
  collegeUai: '0930101A',
  lyceeUai: '0930303X',
  lyceeName: 'Lycée professionnel Louis Lumière',
  domainLabel: 'Électricité, énergie'
};
const inputs = (overrides: Partial<ConvocationInputs> = {}): ConvocationInputs => ({
  applicationId: 'pupil-1_electricite',
  application,
  slot,
  lyceeAddress: '12 avenue de Paris, Créteil',
  formationLabels: ['CAP Électricien'],
  previous: null,
  token: 'T'.repeat(43),
  icsUid: 'convocation-x@passpro',
  expiresAt: new Date('2027-05-22T00:00:00+02:00'),
  recipients: ['ce.0930101a@ac-creteil.fr', 'referent@ac-creteil.fr'],
  appUrl: 'https://passpro.example/',
  now: NOW,
  ...overrides
});

describe('planConvocation', () => {
  it('issues version 1 with a convocation mail carrying the pupil link and the .ics', () => {
    const plan = planConvocation(inputs())!;
    expect(plan.convocation).toMatchObject({ version: 1, state: 'active', slotId: 'slot-1', token: 'T'.repeat(43) });
    expect(plan.mail?.id).toBe(convocationMailId('pupil-1_electricite', 1));
    expect(plan.mail?.request.kind).toBe('convocation');
    expect(plan.mail?.request.to).toEqual(['ce.0930101a@ac-creteil.fr', 'referent@ac-creteil.fr']);
    expect(plan.mail?.request.text).toContain('https://passpro.example/convocation#' + 'T'.repeat(43));
    expect(plan.mail?.request.attachments?.[0].content).toContain('SEQUENCE:1');
    expect(plan.convocation.delivery).toEqual({ state: 'pending', mailId: plan.mail?.id, error: null });
  });

  it('gives the pupil only what he needs, with the expiry', () => {
    const { publicConvocation } = planConvocation(inputs())!;
    expect(Object.keys(publicConvocation)).not.toContain('applicationId');
    expect(Object.keys(publicConvocation)).not.toContain('collegeUai');
    expect(Object.keys(publicConvocation)).not.toContain('token');
    expect(publicConvocation.expiresAt).toEqual(new Date('2027-05-22T00:00:00+02:00'));
  });

  it('plans nothing when replayed on the same documents', () => {
    const first = planConvocation(inputs())!;
    expect(planConvocation(inputs({ previous: first.convocation, now: new Date(NOW.getTime() + 1000) }))).toBeNull();
  });

  it('makes version 2 with an update mail when the time changes', () => {
    const first = planConvocation(inputs())!;
    const later = {
      ...slot,
      startsAt: new Date('2027-05-10T10:00:00+02:00'),
      endsAt: new Date('2027-05-10T10:30:00+02:00')
    };
    const plan = planConvocation(inputs({ previous: first.convocation, slot: later }))!;
    expect(plan.convocation.version).toBe(2);
    expect(plan.mail?.request.kind).toBe('convocation_update');
    expect(plan.mail?.id).toBe(convocationMailId('pupil-1_electricite', 2));
  });

  it('rewrites without a new version when only a label changes', () => {
    const first = planConvocation(inputs())!;
    const plan = planConvocation(
      inputs({ previous: first.convocation, formationLabels: ['CAP Électricien (rénové)'] })
    )!;
    expect(plan.convocation.version).toBe(1);
    expect(plan.mail).toBeNull();
  });

  it('cancels once when the request is withdrawn, with a CANCEL .ics', () => {
    const first = planConvocation(inputs())!;
    const withdrawn = { ...application, status: 'withdrawn', slotId: null };
    const plan = planConvocation(inputs({ previous: first.convocation, application: withdrawn }))!;
    expect(plan.convocation).toMatchObject({ state: 'cancelled', version: 2 });
    expect(plan.mail?.request.kind).toBe('convocation_cancellation');
    expect(plan.mail?.request.attachments?.[0].content).toContain('METHOD:CANCEL');
    expect(planConvocation(inputs({ previous: plan.convocation, application: withdrawn }))).toBeNull();
  });

  it('plans nothing for a request never placed', () => {
    expect(planConvocation(inputs({ application: { ...application, slotId: null, status: 'registered' } }))).toBeNull();
  });

  it('never places a request in a slot of another lycée', () => {
    expect(planConvocation(inputs({ slot: { ...slot, lyceeUai: '0770404K' } }))).toBeNull();
  });

  it('puts the token in the fragment of the link', () => {
    expect(pupilLink('https://a.fr', 'tok')).toBe('https://a.fr/convocation#tok');
  });
});

describe('lyceeAddressOf', () => {
  it('adds the town to a street address, but not to a postal address that already names it', () => {
    expect(lyceeAddressOf({ address: '12 avenue de Paris', city: 'Créteil' })).toBe('12 avenue de Paris, Créteil');
    expect(
      lyceeAddressOf({ address: '7 allée des Tilleuls, 77176 Savigny-le-Temple', city: 'Savigny-le-Temple' })
    ).toBe('7 allée des Tilleuls, 77176 Savigny-le-Temple');
    expect(lyceeAddressOf({ city: 'Créteil' })).toBe('Créteil');
  });
});
