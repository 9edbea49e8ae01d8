/**
 * Whether a string is a well-formed PAN: five letters, four digits, a letter; the fourth letter is the
 * holder type (P person, C company, H HUF, F firm, A AOP, T trust, B BOI, L local authority, J artificial
 * juridical person, G government), per the Income Tax Department's PAN structure.
 * @example isValidPan('ABCPE1234F') // true
 */
export function isValidPan(value: string): boolean {
  return /^[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]$/.test(value);
}

/**
 * A PAN shown on documents and screens: all but the last four characters hidden.
 * @example maskPan('ABCPE1234F') // 'XXXXXX234F'
 */
export function maskPan(value: string): string {
  return `${'X'.repeat(Math.max(0, value.length - 4))}${value.slice(-4)}`;
}
