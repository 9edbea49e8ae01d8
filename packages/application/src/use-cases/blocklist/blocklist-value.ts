import { isValidAadhaar, isValidPan } from '@los/domain';
import type { BlocklistKind } from '../../ports/blocklist.js';

const E164 = /^\+[1-9]\d{7,14}$/;
const PINCODE = /^[1-9]\d{5}$/;
// An Aadhaar reference (see AadhaarReferences); twelve bare digits would be an Aadhaar number itself,
// which UIDAI's rules forbid storing.
const AADHAAR_REF = /^[A-Za-z0-9_-]{8,72}$/;

/** What each kind's value must look like, as a 400 names it. */
export const BLOCKLIST_VALUE_FORMATS: Readonly<Record<BlocklistKind, string>> = {
  PAN: 'must be a PAN such as "ABCPE1234F"',
  AADHAAR_REF: 'must be a valid 12-digit Aadhaar number (only its reference is kept) or an Aadhaar reference (8-72 letters, digits, "_" or "-")',
  PHONE: 'must be an E.164 number such as "+919812345678"',
  PINCODE: 'must be a 6-digit Indian pincode',
};

/**
 * The normalised form a blocklist stores and looks up (PAN in capitals, phone without spaces or dashes,
 * surrounding blanks dropped), or null when the value is not well formed for its kind. Entries and
 * applicants' identifiers go through the same function, so `abcpe1234f` finds `ABCPE1234F`.
 */
export function blocklistValue(kind: BlocklistKind, raw: string): string | null {
  const trimmed = raw.trim();
  switch (kind) {
    case 'PAN': {
      const pan = trimmed.toUpperCase();
      return isValidPan(pan) ? pan : null;
    }
    case 'PHONE': {
      const phone = trimmed.replace(/[\s-]/g, '');
      return E164.test(phone) ? phone : null;
    }
    case 'PINCODE':
      return PINCODE.test(trimmed) ? trimmed : null;
    case 'AADHAAR_REF':
      return AADHAAR_REF.test(trimmed) && !/^\d{12}$/.test(trimmed) ? trimmed : null;
  }
}

/**
 * Whether staff may list this value under this kind: its normalised form exists, or, for an Aadhaar, it is a
 * valid Aadhaar number (which `AddBlocklistEntry` turns into its reference before storing anything).
 * @example acceptsBlocklistValue('AADHAAR_REF', '2341 2341 2346') // true
 */
export function acceptsBlocklistValue(kind: BlocklistKind, raw: string): boolean {
  return blocklistValue(kind, raw) !== null || (kind === 'AADHAAR_REF' && isValidAadhaar(raw));
}
