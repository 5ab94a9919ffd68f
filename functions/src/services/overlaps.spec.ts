import { describe, expect, it } from 'vitest';
import { clash, overlapsByRequest, sameOverlaps, TRAVEL_MARGIN_MS, type ConvokedInterview } from './overlaps.js';

const MINUTE = 60_000;
/** An interview of `minutes` from a Paris wall-clock time given with its offset. */
const interview = (
  applicationId: string,
  startsAt: string,
  minutes = 30,
  overrides: Partial<ConvokedInterview> = {}
): ConvokedInterview => ({
  applicationId,
  lyceeUai: applicationId.endsWith('l1') ? '0940001A' : '0930002B',
  mode: 'presentiel',
  startsAt: new Date(startsAt),
  endsAt: new Date(new Date(startsAt).getTime() + minutes * MINUTE),
  ...overrides
});

describe('clash', () => {
  it('says two interviews in two lycées at overlapping times clash, whichever comes first', () => {
    const a = interview('p_elec_l1', '2027-05-10T09:00:00+02:00');
    const b = interview('p_bois_l2', '2027-05-10T09:15:00+02:00');
    expect(clash(a, b)).toBe(true);
    expect(clash(b, a)).toBe(true);
  });

  it('keeps an hour to travel between two lycées: 59 minutes apart clash, 60 do not', () => {
    const a = interview('p_elec_l1', '2027-05-10T09:00:00+02:00');
    expect(TRAVEL_MARGIN_MS).toBe(60 * MINUTE);
    expect(clash(a, interview('p_bois_l2', '2027-05-10T10:29:00+02:00'))).toBe(true);
    expect(clash(a, interview('p_bois_l2', '2027-05-10T10:30:00+02:00'))).toBe(false);
    expect(clash(interview('p_bois_l2', '2027-05-10T07:30:00+02:00'), a)).toBe(false);
  });

  it('needs no travel time within one lycée: back-to-back interviews there do not clash, overlapping ones do', () => {
    const a = interview('p_elec_l1', '2027-05-10T09:00:00+02:00');
    const sameLycee = { lyceeUai: a.lyceeUai };
    expect(clash(a, interview('p_bois_l2', '2027-05-10T09:30:00+02:00', 30, sameLycee))).toBe(false);
    expect(clash(a, interview('p_bois_l2', '2027-05-10T09:29:00+02:00', 30, sameLycee))).toBe(true);
  });

  it('needs no travel time between two remote interviews (both at the collège), but does between remote and in person', () => {
    const remote = { mode: 'distanciel' as const };
    const a = interview('p_elec_l1', '2027-05-10T09:00:00+02:00', 30, remote);
    expect(clash(a, interview('p_bois_l2', '2027-05-10T09:30:00+02:00', 30, remote))).toBe(false);
    expect(clash(a, interview('p_bois_l2', '2027-05-10T09:30:00+02:00'))).toBe(true);
  });

  it('does not flag interviews on two different days', () => {
    const a = interview('p_elec_l1', '2027-05-10T09:00:00+02:00');
    expect(clash(a, interview('p_bois_l2', '2027-05-11T09:00:00+02:00'))).toBe(false);
  });

  it('counts real minutes across the spring DST change: 01:30 to 03:15 Paris time is 45 minutes', () => {
    // 28 March 2027: at 02:00 Paris clocks jump to 03:00. On the wall clock the gap looks like
    // 1 h 45; in real time it is 45 minutes, too short to travel.
    const night = interview('p_elec_l1', '2027-03-28T01:00:00+01:00');
    expect(clash(night, interview('p_bois_l2', '2027-03-28T03:15:00+02:00'))).toBe(true);
    expect(clash(night, interview('p_bois_l2', '2027-03-28T03:30:00+02:00'))).toBe(false);
  });

  it('counts real minutes across the autumn DST change: 02:30 (CEST) to 02:45 (CET) is 75 minutes', () => {
    // 31 October 2027: at 03:00 Paris clocks go back to 02:00, so 02:45 comes twice.
    const night = interview('p_elec_l1', '2027-10-31T02:00:00+02:00');
    expect(clash(night, interview('p_bois_l2', '2027-10-31T02:45:00+01:00'))).toBe(false);
    expect(clash(night, interview('p_bois_l2', '2027-10-31T02:45:00+02:00'))).toBe(true);
  });
});

describe('overlapsByRequest', () => {
  it('gives each of two clashing requests the times of the other one', () => {
    const a = interview('p_elec_l1', '2027-05-10T09:00:00+02:00');
    const b = interview('p_bois_l2', '2027-05-10T09:15:00+02:00', 45);
    const result = overlapsByRequest(['p_elec_l1', 'p_bois_l2'], [a, b]);
    expect(result.get('p_elec_l1')).toEqual([{ startsAt: b.startsAt, endsAt: b.endsAt }]);
    expect(result.get('p_bois_l2')).toEqual([{ startsAt: a.startsAt, endsAt: a.endsAt }]);
  });

  it('lists several clashes earliest first, and leaves requests without a clash or a convocation empty', () => {
    const a = interview('p_elec_l1', '2027-05-10T10:00:00+02:00');
    const later = interview('p_bois_l2', '2027-05-10T10:15:00+02:00', 30, { lyceeUai: '0770003C' });
    const earlier = interview('p_auto_l2', '2027-05-10T09:45:00+02:00');
    const apart = interview('p_sante_l2', '2027-05-12T10:00:00+02:00', 30, { lyceeUai: '0770004D' });
    const ids = ['p_elec_l1', 'p_bois_l2', 'p_auto_l2', 'p_sante_l2', 'p_vente_l2'];
    const result = overlapsByRequest(ids, [a, later, earlier, apart]);
    expect(result.get('p_elec_l1')?.map((o) => o.startsAt)).toEqual([earlier.startsAt, later.startsAt]);
    expect(result.get('p_sante_l2')).toEqual([]);
    expect(result.get('p_vente_l2')).toEqual([]);
    expect([...result.keys()]).toEqual(ids);
  });
});

describe('sameOverlaps', () => {
  const at = (iso: string) => ({ startsAt: new Date(iso), endsAt: new Date(new Date(iso).getTime() + 30 * MINUTE) });

  it('compares times as instants, in order', () => {
    const stored = [at('2027-05-10T09:00:00+02:00'), at('2027-05-10T11:00:00+02:00')];
    expect(sameOverlaps(stored, [at('2027-05-10T07:00:00Z'), at('2027-05-10T09:00:00Z')])).toBe(true);
    expect(sameOverlaps(stored, [...stored].reverse())).toBe(false);
    expect(sameOverlaps(stored, stored.slice(1))).toBe(false);
    expect(sameOverlaps([], [])).toBe(true);
  });
});
