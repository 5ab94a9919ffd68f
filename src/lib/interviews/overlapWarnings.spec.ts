import { describe, expect, it } from 'vitest';
import { overlapWarnings, overlapWarningsByRequest, visibleInterviews } from './overlapWarnings';

const request = {
  id: 'pupil-1_hotellerie-restauration',
  pupilId: 'pupil-1',
  overlaps: [{ startsAt: new Date('2027-05-10T09:10:00+02:00'), endsAt: new Date('2027-05-10T09:40:00+02:00') }]
};
const otherConvocation = {
  applicationId: 'pupil-1_electricite-energie',
  state: 'active' as const,
  lyceeName: 'Lycée professionnel Lucie Aubrac',
  domainLabel: 'Électricité, énergie',
  ...request.overlaps[0]
};
const requests = [request, { id: 'pupil-1_electricite-energie', pupilId: 'pupil-1' }];

describe('overlapWarnings', () => {
  it('says when the pupil is expected elsewhere, in Paris time, without naming a lycée the page cannot see', () => {
    expect(overlapWarnings(request, [])).toEqual([
      'Attention : cet élève est aussi convoqué le lundi 10 mai 2027 de 09:10 à 09:40 dans un autre lycée : ' +
        'les deux entretiens se chevauchent ou sont trop proches pour qu’il puisse se rendre aux deux.'
    ]);
  });

  it('names the other interview when the page holds its convocation (the collège)', () => {
    const [warning] = overlapWarnings(request, visibleInterviews([otherConvocation], requests));
    expect(warning).toContain('de 09:10 à 09:40 (Lycée professionnel Lucie Aubrac, Électricité, énergie) :');
  });

  it('gives the winter time after the autumn DST change', () => {
    const winter = {
      ...request,
      overlaps: [{ startsAt: new Date('2027-11-02T08:00:00Z'), endsAt: new Date('2027-11-02T08:30:00Z') }]
    };
    expect(overlapWarnings(winter, [])[0]).toContain('le mardi 2 novembre 2027 de 09:00 à 09:30');
  });

  it('says nothing for a request without a clash', () => {
    expect(overlapWarnings({ id: request.id, pupilId: 'pupil-1' }, [])).toEqual([]);
  });
});

describe('visibleInterviews', () => {
  it('keeps active convocations whose request the page reads, with the pupil', () => {
    const cancelled = {
      ...otherConvocation,
      applicationId: 'pupil-1_hotellerie-restauration',
      state: 'cancelled' as const
    };
    const unknown = { ...otherConvocation, applicationId: 'pupil-9_electricite-energie' };
    expect(visibleInterviews([otherConvocation, cancelled, unknown], requests)).toEqual([
      { ...otherConvocation, pupilId: 'pupil-1' }
    ]);
  });
});

describe('overlapWarningsByRequest', () => {
  it('gives each request its warnings, the other interview named when the page holds it', () => {
    const warnings = overlapWarningsByRequest([otherConvocation], requests);
    expect(warnings.get(request.id)?.[0]).toContain('(Lycée professionnel Lucie Aubrac, Électricité, énergie)');
    expect(warnings.get('pupil-1_electricite-energie')).toEqual([]);
  });
});
