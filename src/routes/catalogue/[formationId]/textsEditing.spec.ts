import { describe, expect, it } from 'vitest';
import { campaignFromCalendar, officialCalendar } from '$shared';
import { textsEditing } from './textsEditing';

const campaign = campaignFromCalendar('2027', officialCalendar(2027));
const formation = { uai: '0930427J', campaignId: '2027' };
const during = new Date('2027-03-01T10:00:00Z');

describe('textsEditing', () => {
  it('lets the académie edit at any time', () => {
    expect(textsEditing(formation, { role: 'academie' }, null, during)).toBe('open');
  });

  it('lets the lycée of the formation edit until the closure of its campaign, before the opening too', () => {
    const lycee = { role: 'lycee', uai: '0930427J' } as const;
    expect(textsEditing(formation, lycee, campaign, during)).toBe('open');
    expect(textsEditing(formation, lycee, campaign, new Date('2027-01-15T10:00:00Z'))).toBe('open');
    expect(textsEditing(formation, lycee, campaign, new Date('2027-06-01T10:00:00Z'))).toBe('closed');
    expect(textsEditing({ ...formation, campaignId: '2026' }, lycee, campaign, during)).toBe('closed');
  });

  it('offers nothing to another lycée, a collège or a visitor', () => {
    expect(textsEditing(formation, { role: 'lycee', uai: '0940192Y' }, campaign, during)).toBe('none');
    expect(textsEditing(formation, { role: 'referent', uai: '0930101X' }, campaign, during)).toBe('none');
    expect(textsEditing(formation, null, campaign, during)).toBe('none');
  });
});
