import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applicationId,
  claims,
  currentPhase,
  formationId,
  isValidUai,
  PHASES,
  uaiDepartement
} from '../../functions/src/shared/index.js';
import { DEMO_ACCOUNTS, demoUid } from '../../src/lib/demo/accounts.js';
import { defaultCalendar } from './calendar.js';
import { demoDocuments, SEEDED_SCHEMAS } from './documents.js';
import { generateDemo } from './generate.js';
import { TOWNS } from './places.js';

const today = new Date('2027-03-15T10:00:00Z');
const demo = generateDemo({ today, calendar: defaultCalendar(today) });
const lycees = demo.establishments.filter((e) => e.kind === 'lycee');
const colleges = demo.establishments.filter((e) => e.kind === 'college');

afterEach(() => vi.restoreAllMocks());

describe('generateDemo', () => {
  it('gives the same académie for the same options', () => {
    expect(generateDemo({ today, calendar: defaultCalendar(today) })).toEqual(demo);
  });

  it('gives another académie for another seed', () => {
    const other = generateDemo({ today, calendar: defaultCalendar(today), seed: 1 });
    expect(other.pupils.map((p) => p.id)).not.toEqual(demo.pupils.map((p) => p.id));
  });

  it('never calls Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    generateDemo({ today, calendar: defaultCalendar(today) });
    expect(random).not.toHaveBeenCalled();
  });

  it('keeps names and counts when only the day of seeding changes', () => {
    const later = new Date('2027-10-01T10:00:00Z');
    const moved = generateDemo({ today: later, calendar: defaultCalendar(later, 'interviews') });
    expect(moved.pupils.map((p) => [p.id, p.pupil.firstName, p.pupil.lastName])).toEqual(
      demo.pupils.map((p) => [p.id, p.pupil.firstName, p.pupil.lastName])
    );
    expect(moved.applications.length).toBe(demo.applications.length);
  });

  it('has the size of a small académie', () => {
    expect(new Set(demo.establishments.map((e) => e.departement))).toEqual(new Set(['77', '93', '94']));
    expect(lycees.length).toBe(30);
    expect(colleges.length).toBe(60);
    expect(colleges.some((c) => c.sector === 'prive_sous_contrat')).toBe(true);
    expect(demo.formations.length).toBeGreaterThanOrEqual(120);
    expect(demo.formations.length).toBeLessThanOrEqual(180);
    expect(new Set(demo.formations.map((f) => f.domainId)).size).toBeGreaterThanOrEqual(10);
    expect(demo.pupils.length).toBeGreaterThanOrEqual(500);
    expect(demo.pupils.length).toBeLessThanOrEqual(700);
    expect(demo.applications.length).toBeGreaterThanOrEqual(330);
    expect(demo.applications.length).toBeLessThanOrEqual(480);
  });

  it('offers every domain of the catalogue somewhere', () => {
    expect(new Set(demo.formations.map((f) => f.domainId))).toEqual(new Set(demo.domains.map((d) => d.id)));
  });

  it('writes documents that all parse with the schema of their collection, under unique ids', () => {
    const documents = demoDocuments(demo);
    for (const { collection, data } of documents) {
      expect(SEEDED_SCHEMAS[collection].safeParse(data).success, `${collection} ${JSON.stringify(data)}`).toBe(true);
    }
    const paths = documents.map((d) => `${d.collection}/${d.id}`);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('gives each établissement a valid UAI of its département, a town there and its functional mailbox', () => {
    for (const e of demo.establishments) {
      expect(isValidUai(e.uai)).toBe(true);
      expect(uaiDepartement(e.uai)).toBe(e.departement);
      expect(TOWNS[e.departement].map((t) => t.name)).toContain(e.city);
      expect(e.functionalEmail).toBe(`ce.${e.uai.toLowerCase()}@ac-creteil.fr`);
    }
    expect(new Set(demo.establishments.map((e) => e.name)).size).toBe(demo.establishments.length);
  });

  it('asks for one interview per pupil per domain at most', () => {
    const pairs = demo.applications.map((a) => `${a.pupilId} ${a.domainId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(new Set(demo.applications.map((a) => applicationId(a.pupilId, a.domainId))).size).toBe(pairs.length);
  });

  it('asks for one or two formations of the application’s domain, at the application’s lycée', () => {
    const formations = new Map(demo.formations.map((f) => [formationId(f), f]));
    for (const a of demo.applications) {
      expect(a.formationIds.length).toBeGreaterThanOrEqual(1);
      expect(a.formationIds.length).toBeLessThanOrEqual(2);
      for (const id of a.formationIds) {
        expect(formations.get(id)).toMatchObject({ uai: a.lyceeUai, domainId: a.domainId });
      }
      for (const id of Object.keys(a.originAvis)) expect(a.formationIds).toContain(id);
    }
  });

  it('copies the pupil and the collège faithfully into each application', () => {
    const pupils = new Map(demo.pupils.map((p) => [p.id, p.pupil]));
    const names = new Map(demo.establishments.map((e) => [e.uai, e.name]));
    for (const a of demo.applications) {
      const pupil = pupils.get(a.pupilId)!;
      expect(a.pupil).toEqual({ firstName: pupil.firstName, lastName: pupil.lastName, level: pupil.level });
      expect(a.collegeUai).toBe(pupil.collegeUai);
      expect(a.collegeName).toBe(names.get(a.collegeUai));
      expect(a.lyceeName).toBe(names.get(a.lyceeUai));
    }
  });

  it('has some applications with the collège’s avis entered and some still without', () => {
    const entered = demo.applications.filter((a) => Object.keys(a.originAvis).length > 0).length;
    expect(entered).toBeGreaterThan(demo.applications.length * 0.25);
    expect(entered).toBeLessThan(demo.applications.length * 0.75);
  });

  it('has every avis entered once registrations are closed', () => {
    const later = new Date('2027-10-01T10:00:00Z');
    const closed = generateDemo({ today: later, calendar: defaultCalendar(later, 'convocation') });
    for (const a of closed.applications) expect(Object.keys(a.originAvis).sort()).toEqual([...a.formationIds].sort());
  });

  // Six whole académies are generated: seconds on a busy machine.
  it('dates nothing after today, whatever the phase', { timeout: 30_000 }, () => {
    for (const phase of PHASES) {
      const seeded = generateDemo({ today, calendar: defaultCalendar(today, phase) });
      const dates = [
        ...seeded.pupils.map((p) => p.pupil.createdAt),
        ...seeded.applications.flatMap((a) => [a.createdAt, a.updatedAt]),
        ...seeded.preparationSheets.flatMap((s) => [s.updatedAt, ...(s.sharedAt ? [s.sharedAt] : [])]),
        ...seeded.interviewSlots.flatMap((s) => [s.slot.createdAt, s.slot.updatedAt]),
        ...seeded.convocations.flatMap((c) => [c.issuedAt, c.updatedAt]),
        ...seeded.mails.flatMap((m) => [m.mail.createdAt, m.mail.delivery.sentAt!]),
        ...seeded.interviewReports.flatMap((r) => [r.submittedAt!, r.updatedAt]),
        ...seeded.users.flatMap((u) => [u.profile.createdAt, u.profile.updatedAt])
      ];
      expect(
        dates.every((d) => d <= today),
        phase
      ).toBe(true);
      expect(currentPhase(seeded.campaign, today).phase).toBe(phase);
      // Lycées place requests until the convocation deadline, before the interview starts.
      expect(
        seeded.convocations.every((c) => c.issuedAt < seeded.campaign.convocationsCloseAt && c.issuedAt < c.startsAt),
        phase
      ).toBe(true);
    }
  });

  it('puts every établissement of a demo account in the académie, with that account’s name', () => {
    const byUai = new Map(demo.establishments.map((e) => [e.uai, e]));
    for (const account of DEMO_ACCOUNTS.filter((a) => a.uai)) {
      expect(byUai.get(account.uai!)).toMatchObject({
        name: account.establishmentName,
        kind: account.role === 'lycee' ? 'lycee' : 'college'
      });
    }
  });

  it('gives each demo collège its referent, and pupils and applications to show', () => {
    for (const referent of DEMO_ACCOUNTS.filter((a) => a.role === 'referent')) {
      const college = demo.establishments.find((e) => e.uai === referent.uai)!;
      expect(college.referentUid).toBe(demoUid(referent));
      expect(demo.pupils.filter((p) => p.pupil.collegeUai === college.uai).length).toBeGreaterThanOrEqual(15);
      expect(demo.applications.filter((a) => a.collegeUai === college.uai).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('gives each demo lycée formations in several domains and applications to show', () => {
    for (const account of DEMO_ACCOUNTS.filter((a) => a.role === 'lycee')) {
      const formations = demo.formations.filter((f) => f.uai === account.uai);
      expect(new Set(formations.map((f) => f.domainId)).size).toBe(3);
      expect(demo.applications.filter((a) => a.lyceeUai === account.uai).length).toBeGreaterThanOrEqual(15);
    }
  });

  it('puts each demo collège at every stage: withdrawn requests with a reason, a flagged twin, shared and unshared sheets', () => {
    for (const referent of DEMO_ACCOUNTS.filter((a) => a.role === 'referent')) {
      const ofCollege = demo.applications.filter((a) => a.collegeUai === referent.uai);
      const twin = demo.pupils.find((p) => p.pupil.collegeUai === referent.uai && p.pupil.twin?.state === 'suspected');
      expect(twin, referent.uai!).toBeDefined();
      expect(ofCollege.some((a) => a.pupilId === twin!.id && a.twinOf !== null)).toBe(true);
      const sheets = demo.preparationSheets.filter((s) => s.collegeUai === referent.uai);
      expect(sheets.some((s) => s.sharedAt !== null) && sheets.some((s) => s.sharedAt === null)).toBe(true);
    }
    const withdrawn = demo.applications.filter((a) => a.status === 'withdrawn');
    expect(withdrawn.length).toBeGreaterThan(5);
    expect(withdrawn.some((a) => a.withdrawal!.reason !== '')).toBe(true);
    expect(demo.applications.some((a) => Object.keys(a.originAvis).length === 0 && a.status === 'registered')).toBe(
      true
    );
  });

  it('lists on each pupil the domains of his live requests, and only those', () => {
    const live = new Set(
      demo.applications.filter((a) => a.status !== 'withdrawn').map((a) => `${a.pupilId} ${a.domainId}`)
    );
    const listed = new Set(demo.pupils.flatMap((p) => p.pupil.liveDomainIds.map((d) => `${p.id} ${d}`)));
    expect(listed).toEqual(live);
  });

  it('makes one profile per demo account, with claims matching its role and UAI', () => {
    expect(demo.users.map((u) => u.profile.email)).toEqual(DEMO_ACCOUNTS.map((a) => a.email));
    for (const { profile, claims: userClaims } of demo.users) {
      expect(claims.parse(userClaims)).toEqual(
        profile.uai ? { role: profile.role, uai: profile.uai } : { role: profile.role }
      );
    }
  });
});
