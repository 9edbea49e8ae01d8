import { DomainInvariantError } from '../errors.js';

// Verhoeff tables (dihedral group D5 multiplication, position permutation, inverse), as used for the
// Aadhaar check digit (UIDAI, "Aadhaar number: structure", the 12th digit is a Verhoeff checksum).
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function verhoeffState(digits: string): number {
  let c = 0;
  const reversed = [...digits].reverse();
  for (const [i, ch] of reversed.entries()) c = D[c]![P[i % 8]![Number(ch)]!]!;
  return c;
}

/**
 * The Verhoeff check digit to append to `digits`.
 * @example verhoeffCheckDigit('23412341234') // '6' → '234123412346' is valid
 */
export function verhoeffCheckDigit(digits: string): string {
  return String(INV[verhoeffState(`${digits}0`)]);
}

/**
 * Whether a string is a well-formed Aadhaar number: 12 digits (spaces allowed), not starting with 0 or 1,
 * with a valid Verhoeff check digit.
 * @example isValidAadhaar('2341 2341 2346') // true
 */
export function isValidAadhaar(value: string): boolean {
  const digits = value.replace(/\s/g, '');
  return /^[2-9]\d{11}$/.test(digits) && verhoeffState(digits) === 0;
}

/**
 * The only form of an Aadhaar number the lender keeps: the last four digits (UIDAI: store a masked number
 * or reference key, never the full number in plain text).
 * @throws DomainInvariantError `AADHAAR_INVALID` when the value is not a valid Aadhaar number.
 * @example maskAadhaar('234123412346') // 'XXXX-XXXX-2346'
 */
export function maskAadhaar(value: string): string {
  if (!isValidAadhaar(value)) throw new DomainInvariantError('AADHAAR_INVALID', 'not a valid 12-digit Aadhaar number');
  return `XXXX-XXXX-${value.replace(/\s/g, '').slice(-4)}`;
}

/**
 * Whether a string is already a masked Aadhaar number in the stored form.
 * @example isMaskedAadhaar('XXXX-XXXX-2346') // true
 */
export function isMaskedAadhaar(value: string): boolean {
  return /^XXXX-XXXX-\d{4}$/.test(value);
}
