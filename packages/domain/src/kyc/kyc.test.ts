import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainInvariantError } from '../errors.js';
import { isMaskedAadhaar, isValidAadhaar, maskAadhaar, verhoeffCheckDigit } from './aadhaar.js';
import { nameMatchScore, nameTokens, tokenPoints } from './name-match.js';
import { isValidPan, maskPan } from './pan.js';

const word = fc.stringMatching(/^[A-Z]{2,10}$/).filter((w) => !['MR', 'MRS', 'MS', 'DR', 'SRI', 'SMT', 'KUM', 'MISS', 'SHRI', 'PROF', 'MASTER', 'KUMARI'].includes(w));
const name = fc.array(word, { minLength: 1, maxLength: 4 });

describe('nameMatchScore', () => {
  it('gives 100 to the same words in any order, case, spacing and with honorifics', () => {
    fc.assert(
      fc.property(name, fc.func(fc.boolean()), (words, lower) => {
        const shuffled = [...words].reverse().map((w, i) => (lower(i) ? w.toLowerCase() : w));
        expect(nameMatchScore(words.join(' '), `Mr.  ${shuffled.join('   ')}`)).toBe(100);
      }),
    );
  });

  it('is symmetric and stays within 0–100', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const s = nameMatchScore(a.join(' '), b.join(' '));
        expect(s).toBe(nameMatchScore(b.join(' '), a.join(' ')));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('does not depend on word order on either side', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(nameMatchScore([...a].reverse().join(' '), b.join(' '))).toBe(nameMatchScore(a.join(' '), b.join(' ')));
      }),
    );
  });

  it('falls when a word is dropped, and never rises when a foreign word is added', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 4 }), word, (words, extra) => {
        const full = words.join(' ');
        expect(nameMatchScore(full, words.slice(1).join(' '))).toBeLessThan(100);
        expect(nameMatchScore(full, `${full} ${extra}`)).toBeLessThanOrEqual(nameMatchScore(full, full));
      }),
    );
  });

  it('scores names with nothing in common 0, and an empty name 0', () => {
    expect(nameMatchScore('Rahul Sharma', 'Priya Iyer')).toBe(0);
    expect(nameMatchScore('', 'Rahul')).toBe(0);
    expect(nameMatchScore('Mr.', 'Mr.')).toBe(0);
  });

  it('scores initials and a one-letter typo by the documented points', () => {
    // RAHUL=RAHUL 100, K~KUMAR 80, SHARMA=SHARMA 100 → floor(2·280/6) = 93
    expect(nameMatchScore('Rahul K Sharma', 'RAHUL KUMAR SHARMA')).toBe(93);
    // SHARMA vs SHARMAA: 1 edit over 7 letters → floor(600/7) = 85; RAHUL 100 → floor(2·185/4) = 92
    expect(tokenPoints('SHARMA', 'SHARMAA')).toBe(85);
    expect(nameMatchScore('Rahul Sharma', 'Rahul Sharmaa')).toBe(92);
    // A missing middle name: floor(2·200/5) = 80
    expect(nameMatchScore('Rahul Sharma', 'Rahul Kumar Sharma')).toBe(80);
  });

  it('reduces names to comparable words', () => {
    expect(nameTokens('Dr. José  K. D’Souza')).toEqual(['JOSE', 'K', 'D', 'SOUZA']);
  });
});

describe('Aadhaar', () => {
  const digits11 = fc.tuple(fc.integer({ min: 2, max: 9 }), fc.stringMatching(/^\d{10}$/)).map(([d, rest]) => `${d}${rest}`);

  it('accepts every number completed with its Verhoeff digit and rejects any single changed digit', () => {
    fc.assert(
      fc.property(digits11, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 }), (body, pos, delta) => {
        const number = `${body}${verhoeffCheckDigit(body)}`;
        expect(isValidAadhaar(number)).toBe(true);
        const changed = [...number];
        changed[pos] = String((Number(changed[pos]) + delta) % 10);
        const altered = changed.join('');
        if (/^[2-9]/.test(altered)) expect(isValidAadhaar(altered)).toBe(false);
      }),
    );
  });

  it('masks to the last four digits only, and refuses an invalid number', () => {
    fc.assert(
      fc.property(digits11, (body) => {
        const number = `${body}${verhoeffCheckDigit(body)}`;
        const masked = maskAadhaar(number);
        expect(isMaskedAadhaar(masked)).toBe(true);
        expect(masked.endsWith(number.slice(-4))).toBe(true);
        expect(masked).not.toContain(number.slice(0, 8));
      }),
    );
    expect(() => maskAadhaar('123412341234')).toThrow(DomainInvariantError);
    expect(() => maskAadhaar('2341234123')).toThrow(/Aadhaar/);
  });
});

describe('PAN', () => {
  it('checks the structure and the holder type, and masks all but four characters', () => {
    expect(isValidPan('ABCPE1234F')).toBe(true);
    expect(isValidPan('ABCXE1234F')).toBe(false);
    expect(isValidPan('abcpe1234f')).toBe(false);
    expect(maskPan('ABCPE1234F')).toBe('XXXXXX234F');
  });
});
