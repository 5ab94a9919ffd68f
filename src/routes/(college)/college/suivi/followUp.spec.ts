import { describe, expect, it } from 'vitest';
import type { Application } from '$shared';
import type { CollegeConvocation } from '$lib/data/convocations';
import { filterFollowUp, followUpOptions, followUpRows, followUpSheet, toCalendarEvent } from './followUp';

const request = (id: string, overrides: Partial<Application>) =>
  ({
    id,
    pupilId: id,
    pupil: { firstName: 'Léa', lastName: 'Durand', level: '3e' },
    domainId: 'electricite-energie',
    domainLabel: 'Électricité, énergie',
    lyceeName: 'Lycée professionnel Louis Lumière',
    status: 'registered',
    ...overrides
  }) as Application & { id: string };

const convocation = (overrides: Partial<CollegeConvocation> = {}): CollegeConvocation => ({
  id: 'a1',
  campaignId: '2027',
  applicationId: 'a1',
  collegeUai: '0930101A',
  lyceeUai: '0930303C',
  state: 'active',
  pupil: { firstName: 'Léa', lastName: 'Durand' },
  lyceeName: 'Lycée professionnel Louis Lumière',
  domainLabel: 'Électricité, énergie',
  format: 'individuel',
  mode: 'presentiel',
  startsAt: new Date('2027-05-10T07:00:00Z'),
  endsAt: new Date('2027-05-10T07:30:00Z'),
  place: 'Atelier B12',
  meetingUrl: null,
  ...overrides
});

describe('the follow-up of a collège’s requests', () => {
  const classOf = new Map([
    ['a1', '3e B'],
    ['a2', '3e A']
  ]);

  it('joins each request with its active convocation, by class, and drops a withdrawn request’s', () => {
    const rows = followUpRows(
      [
        request('a1', { status: 'convoked' }),
        request('a2', { status: 'withdrawn', pupil: { firstName: 'Jade', lastName: 'Roy', level: '3e' } })
      ],
      [convocation(), convocation({ id: 'a2', applicationId: 'a2' })],
      classOf
    );
    expect(rows.map((row) => [row.className, row.application.status, row.convocation?.id ?? null])).toEqual([
      ['3e A', 'withdrawn', null],
      ['3e B', 'convoked', 'a1']
    ]);
  });

  it('shows no cancelled convocation', () => {
    const [row] = followUpRows(
      [request('a1', { status: 'registered' })],
      [convocation({ state: 'cancelled' })],
      classOf
    );
    expect(row.convocation).toBeNull();
  });

  it('filters by class, domain and state, and lists the options found', () => {
    const rows = followUpRows(
      [request('a1', { status: 'reported' }), request('a2', { domainId: 'cuisine', domainLabel: 'Cuisine' })],
      [],
      classOf
    );
    expect(
      filterFollowUp(rows, { className: '', domainId: '', status: 'reported' }).map((r) => r.application.id)
    ).toEqual(['a1']);
    expect(
      filterFollowUp(rows, { className: '3e A', domainId: 'cuisine', status: '' }).map((r) => r.application.id)
    ).toEqual(['a2']);
    expect(followUpOptions(rows)).toEqual({
      classes: ['3e A', '3e B'],
      domains: [
        { id: 'cuisine', label: 'Cuisine' },
        { id: 'electricite-energie', label: 'Électricité, énergie' }
      ]
    });
  });

  it('makes a calendar event of a convocation, with the meeting link for a remote one', () => {
    expect(toCalendarEvent(convocation(), false)).toEqual({
      id: 'a1',
      start: new Date('2027-05-10T07:00:00Z'),
      end: new Date('2027-05-10T07:30:00Z'),
      title:
        'Léa Durand — Lycée professionnel Louis Lumière (Électricité, énergie) · Individuel, présentiel · Atelier B12'
    });
    const remote = toCalendarEvent(
      convocation({ mode: 'distanciel', meetingUrl: 'https://visio.example.fr/abc' }),
      false
    );
    expect(remote.title).toMatch(/Individuel, distanciel · https:\/\/visio\.example\.fr\/abc$/);
  });

  it('exports one sheet row per request, with the convocation’s Paris date', () => {
    const sheet = followUpSheet(
      followUpRows([request('a1', { status: 'convoked' })], [convocation()], classOf),
      '2027'
    );
    expect(sheet.rows).toEqual([
      [
        '3e B',
        'Durand',
        'Léa',
        'Électricité, énergie',
        'Lycée professionnel Louis Lumière',
        'Convoqué',
        '10 mai 2027 à 09:00',
        'Individuel, présentiel',
        'Atelier B12',
        ''
      ]
    ]);
  });

  it('says a clash with another lycée’s interview in the table’s row, the sheet and the calendar', () => {
    const other = convocation({
      id: 'a2',
      applicationId: 'a2',
      lyceeName: 'Lycée Jean Moulin',
      domainLabel: 'Cuisine',
      startsAt: new Date('2027-05-10T07:15:00Z'),
      endsAt: new Date('2027-05-10T07:45:00Z')
    });
    const overlaps = [{ startsAt: other.startsAt, endsAt: other.endsAt }];
    const rows = followUpRows(
      [request('a1', { status: 'convoked', overlaps }), request('a2', { pupilId: 'a1', status: 'convoked' })],
      [convocation(), other],
      classOf
    );
    const clashing = rows.find((row) => row.application.id === 'a1')!;
    expect(clashing.warnings).toEqual([
      'Attention : cet élève est aussi convoqué le lundi 10 mai 2027 de 09:15 à 09:45 (Lycée Jean Moulin, Cuisine) : ' +
        'les deux entretiens se chevauchent ou sont trop proches pour qu’il puisse se rendre aux deux.'
    ]);
    expect(followUpSheet([clashing], '2027').rows[0].at(-1)).toBe(clashing.warnings[0]);
    expect(toCalendarEvent(convocation(), true).title).toMatch(/^Chevauchement ! Léa Durand/);
  });
});
