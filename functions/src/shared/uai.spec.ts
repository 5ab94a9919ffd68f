import { describe, expect, it } from 'vitest';
import { isValidUai, uai, uaiCheckLetter, uaiDepartement } from './uai.js';

describe('UAI', () => {
  it('computes the check letter as the number modulo 23 in an alphabet without I, O and Q', () => {
    expect(uaiCheckLetter('0000000')).toBe('A');
    expect(uaiCheckLetter('0000008')).toBe('J');
    expect(uaiCheckLetter('0000022')).toBe('Z');
  });

  it('accepts a UAI whose letter matches and refuses one whose letter does not', () => {
    const digits = '0931234';
    const good = digits + uaiCheckLetter(digits);
    const bad = digits + (uaiCheckLetter(digits) === 'A' ? 'B' : 'A');
    expect(isValidUai(good)).toBe(true);
    expect(isValidUai(bad)).toBe(false);
  });

  it('normalises spellings found in files: lower case and spaces', () => {
    const digits = '0771234';
    const canonical = digits + uaiCheckLetter(digits);
    expect(uai.parse(` ${canonical.toLowerCase().slice(0, 3)} ${canonical.toLowerCase().slice(3)} `)).toBe(canonical);
  });

  it('explains in French what is wrong', () => {
    expect(uai.safeParse('123').error?.issues[0].message).toMatch(/7 chiffres suivis d’une lettre/);
  });

  it('reads the département from the UAI', () => {
    expect(uaiDepartement('0941234X')).toBe('94');
  });
});
