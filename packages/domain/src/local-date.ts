/** A calendar date in the business time zone, as `YYYY-MM-DD`. Never an instant. */
export type LocalDate = string & { readonly __brand: 'LocalDate' };

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks and brands a `YYYY-MM-DD` string; throws on anything else (including 2025-02-30). */
export function localDate(value: string): LocalDate {
  const m = LOCAL_DATE.exec(value);
  if (!m) throw new TypeError(`not a YYYY-MM-DD date: "${value}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
    throw new TypeError(`not a calendar date: "${value}"`);
  }
  return value as LocalDate;
}

/** True when the string is a real calendar date in `YYYY-MM-DD` form. */
export function isLocalDate(value: string): boolean {
  try {
    localDate(value);
    return true;
  } catch {
    return false;
  }
}
