import { describe, expect, it } from 'vitest';
import {
  formationsMissingAvis,
  isLive,
  isWithdrawable,
  ORIGIN_AVIS_FIELD_LABELS,
  originAvis,
  WITHDRAWAL_FIELD_LABELS,
  withdrawalInput
} from './application.js';
import { frenchIssues } from './messages.js';

const now = new Date('2027-05-10T09:00:00+02:00');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe('isLive', () => {
  it('counts every request as live but a withdrawn one', () => {
    expect(isLive({ status: 'registered' })).toBe(true);
    expect(isLive({ status: 'reported' })).toBe(true);
    expect(isLive({ status: 'withdrawn' })).toBe(false);
  });
});

describe('isWithdrawable', () => {
  it('allows withdrawing a registered request, or a convoked one before its interview starts', () => {
    expect(isWithdrawable({ status: 'registered' }, null, now)).toBe(true);
    expect(isWithdrawable({ status: 'convoked' }, minutes(1), now)).toBe(true);
  });

  it('refuses once the interview has started, or after the interview', () => {
    expect(isWithdrawable({ status: 'convoked' }, now, now)).toBe(false);
    expect(isWithdrawable({ status: 'interviewed' }, null, now)).toBe(false);
    expect(isWithdrawable({ status: 'withdrawn' }, null, now)).toBe(false);
  });
});

describe('formationsMissingAvis', () => {
  it('lists the requested formations without the head’s avis', () => {
    const a = { formationIds: ['f1', 'f2'], originAvis: { f1: { avis: 'favorable' as const, comment: 'Motivé.' } } };
    expect(formationsMissingAvis(a)).toEqual(['f2']);
  });
});

describe('the collège’s free text', () => {
  it('refuses a comment of 10,000 characters, an empty one and markup, naming the field', () => {
    const reasons = (comment: string) => {
      const parsed = originAvis.safeParse({ avis: 'favorable', comment });
      return parsed.success ? [] : frenchIssues(parsed.error, ORIGIN_AVIS_FIELD_LABELS);
    };
    expect(reasons('x'.repeat(10_000))).toEqual(['Le champ « Commentaire » : doit contenir au plus 1000 caractères.']);
    expect(reasons('')).toEqual(['Le champ « Commentaire » : ne doit pas être vide.']);
    expect(reasons('Très <a href="x">motivé</a>')).toEqual([
      'Le champ « Commentaire » : ne doit pas contenir de balises (< … >).'
    ]);
    expect(reasons('Moyenne < 10 en atelier mais très motivé.')).toEqual([]);
  });

  it('accepts an empty withdrawal reason and refuses one of 301 characters', () => {
    expect(withdrawalInput.parse({ reason: '' })).toEqual({ reason: '' });
    const parsed = withdrawalInput.safeParse({ reason: 'x'.repeat(301) });
    expect(frenchIssues(parsed.error!, WITHDRAWAL_FIELD_LABELS)).toEqual([
      'Le champ « Motif du retrait » : doit contenir au plus 300 caractères.'
    ]);
  });
});
