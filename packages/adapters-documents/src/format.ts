/**
 * Formats a decimal string with Indian digit grouping (`"100000.5"` → `"1,00,000.50"`) by moving
 * characters, never through a JS number, so no amount is ever rounded by display.
 * @example formatAmount('100000.5') // '1,00,000.50'
 */
export function formatAmount(amount: string, dp = 2): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount);
  if (!m) throw new TypeError(`not a decimal string: "${amount}"`);
  const [, sign = '', whole = '0', fraction = ''] = m;
  if (fraction.length > dp && /[1-9]/.test(fraction.slice(dp))) throw new RangeError(`${amount} has more than ${dp} decimal places`);
  const last3 = whole.slice(-3);
  const rest = whole.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
  const grouped = rest ? `${rest},${last3}` : last3;
  return dp > 0 ? `${sign}${grouped}.${fraction.slice(0, dp).padEnd(dp, '0')}` : `${sign}${grouped}`;
}

/**
 * An amount with its currency code (`INR 1,00,000.00`); the standard PDF fonts have no rupee sign.
 * @example formatMoney('INR', '2360') // 'INR 2,360.00'
 */
export function formatMoney(currency: string, amount: string): string {
  return `${currency} ${formatAmount(amount)}`;
}

/**
 * A percentage string as shown (`"12.5"` → `"12.5%"`).
 * @example formatPercent('18.58') // '18.58%'
 */
export function formatPercent(percent: string): string {
  return `${percent}%`;
}

const FREQUENCY: Readonly<Record<string, string>> = {
  DAILY: 'daily',
  WEEKLY: 'weekly',
  FORTNIGHTLY: 'fortnightly',
  MONTHLY: 'monthly',
  QUARTERLY: 'quarterly',
};

/**
 * A schedule frequency in words.
 * @example formatFrequency('MONTHLY') // 'monthly'
 */
export function formatFrequency(frequency: string): string {
  return FREQUENCY[frequency] ?? frequency.toLowerCase().replace(/_/g, ' ');
}
