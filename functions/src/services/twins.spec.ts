import { describe, expect, it } from 'vitest';
import { registeredBefore, twinsOf, type PupilNames } from './twins.js';

const at = (day: number) => new Date(Date.UTC(2027, 1, day));
const pupil = (id: string, firstName: string, lastName: string, overrides: Partial<PupilNames> = {}): PupilNames => ({
  id,
  firstName,
  lastName,
  twin: null,
  createdAt: at(10),
  ...overrides
});

describe('twinsOf', () => {
  const newcomer = pupil('p-new', 'Jean-Pierre', "N'Diaye", { createdAt: at(20) });

  it('finds the records with the same names, whatever the case, accents, hyphens and spaces', () => {
    const sameCollege = [newcomer, pupil('p-1', 'jean pierre', 'NDIAYE'), pupil('p-2', 'Jean', 'Ndiaye')];
    expect(twinsOf(newcomer, sameCollege).map((p) => p.id)).toEqual(['p-1']);
  });

  it('puts the earliest registered first, then the smallest id', () => {
    const sameCollege = [
      pupil('p-b', 'Jean-Pierre', 'Ndiaye', { createdAt: at(5) }),
      pupil('p-c', 'Jean-Pierre', 'Ndiaye', { createdAt: at(2) }),
      pupil('p-a', 'Jean-Pierre', 'Ndiaye', { createdAt: at(5) })
    ];
    expect(twinsOf(newcomer, sameCollege).map((p) => p.id)).toEqual(['p-c', 'p-a', 'p-b']);
  });

  it('leaves out a record the head confirmed to be another child, from either side', () => {
    const confirmedHere = { ...newcomer, twin: { pupilId: 'p-1', state: 'distinct' as const } };
    expect(twinsOf(confirmedHere, [pupil('p-1', 'Jean-Pierre', 'Ndiaye')])).toEqual([]);
    const confirmedThere = pupil('p-1', 'Jean-Pierre', 'Ndiaye', { twin: { pupilId: 'p-new', state: 'distinct' } });
    expect(twinsOf(newcomer, [confirmedThere])).toEqual([]);
  });

  it('keeps a record only suspected so far', () => {
    const suspected = pupil('p-1', 'Jean-Pierre', 'Ndiaye', { twin: { pupilId: 'p-new', state: 'suspected' } });
    expect(twinsOf(newcomer, [suspected]).map((p) => p.id)).toEqual(['p-1']);
  });

  it('orders records by registration, then by id', () => {
    expect(registeredBefore(pupil('p-1', 'A', 'B', { createdAt: at(1) }), newcomer)).toBe(true);
    expect(registeredBefore(newcomer, pupil('p-1', 'A', 'B', { createdAt: at(1) }))).toBe(false);
    expect(registeredBefore(pupil('p-a', 'A', 'B', { createdAt: at(20) }), newcomer)).toBe(true);
  });
});
