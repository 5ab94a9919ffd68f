import { describe, expect, it } from 'vitest';
import type { Application } from '$shared';
import type { CollegeConvocation } from '$lib/data/convocations';
import type { SubmittedReport } from '$lib/data/interviewReports';
import { EXTRA_FORMATION_NOTE, summaryOf, summaryReady } from './summary';

const application = (id: string, overrides: Partial<Application> = {}) =>
  ({
    id,
    domainLabel: 'Électricité, énergie',
    lyceeName: 'Lycée Louis Lumière',
    formationIds: ['cap', 'bac'],
    originAvis: { cap: { avis: 'favorable', comment: 'Motivée.' } },
    status: 'reported',
    ...overrides
  }) as Application & { id: string };

const convocation = (format: 'individuel' | 'collectif') =>
  ({ startsAt: new Date('2027-05-10T07:00:00Z'), format, mode: 'presentiel' }) as CollegeConvocation;

const report: SubmittedReport = {
  applicationId: 'a1',
  attendance: 'present',
  summary: 'Bon entretien.',
  avisByFormation: { cap: 'favorable', bac: 'reserve' },
  extraFormation: { formationId: 'thermique', avis: 'assez_favorable' },
  submittedAt: new Date('2027-05-11T08:00:00Z')
};

const labelOf = (id: string) => `Formation ${id}`;

describe('the fiche récapitulative', () => {
  it('gives, for an individual interview, the report and the lycée’s avis per formation, an unrequested one marked', () => {
    const [domain] = summaryOf(
      [application('a1')],
      new Map([['a1', convocation('individuel')]]),
      new Map([['a1', report]]),
      labelOf
    );
    expect(domain.report).toBe('Bon entretien.');
    expect(domain.note).toBe('');
    expect(domain.formations.map((f) => [f.label, f.requested, f.originAvis?.avis ?? null, f.lyceeAvis])).toEqual([
      ['Formation cap', true, 'favorable', 'favorable'],
      ['Formation bac', true, null, 'reserve'],
      ['Formation thermique', false, null, 'assez_favorable']
    ]);
    expect(EXTRA_FORMATION_NOTE).toMatch(/n’avait pas demandée/);
  });

  it('says that a collective interview gives no report, and leaves withdrawn requests out', () => {
    const domains = summaryOf(
      [
        application('a1', { status: 'interviewed' }),
        application('a2', { status: 'withdrawn', domainLabel: 'Cuisine' })
      ],
      new Map([['a1', convocation('collectif')]]),
      new Map(),
      labelOf
    );
    expect(domains).toHaveLength(1);
    expect(domains[0]).toMatchObject({
      report: null,
      note: 'Entretien collectif : aucun compte rendu n’est donné après cette séance.'
    });
  });

  it('is ready once an interview has taken place', () => {
    expect(summaryReady([{ status: 'convoked' }])).toBe(false);
    expect(summaryReady([{ status: 'convoked' }, { status: 'reported' }])).toBe(true);
  });
});
