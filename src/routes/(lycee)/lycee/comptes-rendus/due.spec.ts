import { describe, expect, it } from 'vitest';
import type { Campaign, Convocation, InterviewReport } from '$shared';
import { reportsDue } from './due';

const campaign = { reportDelayDays: 3, closesAt: new Date('2027-05-29T00:00:00+02:00') } as Campaign;
const convocation = (overrides: Partial<Convocation & { id: string }>) =>
  ({
    id: 'a1',
    applicationId: 'a1',
    format: 'individuel',
    state: 'active',
    startsAt: new Date('2027-05-10T09:00:00+02:00'),
    endsAt: new Date('2027-05-10T09:30:00+02:00'),
    ...overrides
  }) as Convocation & { id: string };

describe('reports due', () => {
  const now = new Date('2027-05-11T12:00:00+02:00');

  it('lists a started individual interview with its deadline 3 days after its end', () => {
    const [due] = reportsDue([convocation({})], [], campaign, now);
    expect(due.deadline).toEqual(new Date('2027-05-13T09:30:00+02:00'));
    expect(due.state).toBe('à rédiger');
  });

  it('leaves out collective, cancelled, future and overdue interviews', () => {
    const list = [
      convocation({ id: 'c', format: 'collectif' }),
      convocation({ id: 'x', state: 'cancelled' }),
      convocation({ id: 'f', startsAt: new Date('2027-05-12T09:00:00+02:00') }),
      convocation({ id: 'o', endsAt: new Date('2027-05-08T09:30:00+02:00') })
    ];
    expect(reportsDue(list, [], campaign, now)).toEqual([]);
  });

  it('says whether the report is a draft or sent, and stops at closure', () => {
    const draft = { applicationId: 'a1', submittedAt: null } as InterviewReport;
    expect(reportsDue([convocation({})], [draft], campaign, now)[0].state).toBe('brouillon');
    const late = { ...campaign, closesAt: new Date('2027-05-12T00:00:00+02:00') };
    expect(reportsDue([convocation({})], [], late, now)[0].deadline).toEqual(late.closesAt);
  });
});
