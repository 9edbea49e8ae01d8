/** Fields whose value never leaves the adapter, not even in part. */
const DROP = /secret|token|password|otp|file_data|signature|name|email|dob|address|gender/i;
/** Identifiers kept as their last four characters, enough to match a record during an investigation. */
const LAST_FOUR = /id_number|account_number|aadhaar|contact|phone|pan|utr|uan/i;

/**
 * A copy of a provider request or response fit for the audit trail: secrets and personal data removed,
 * identifiers reduced to their last four characters, everything else (statuses, ids, amounts) kept.
 * @example redactForAudit({ id_number: 'ABCPE1234F', full_name: 'Asha Rao', status: 'VALID' }) // { id_number: '…234F', full_name: '[redacted]', status: 'VALID' }
 */
export function redactForAudit(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => redactForAudit(v, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, redactForAudit(v, k)]));
  }
  if (value === null || value === undefined || key === '') return value;
  if (DROP.test(key)) return '[redacted]';
  if (LAST_FOUR.test(key)) {
    const text = String(value);
    return text.length <= 4 ? '…' : `…${text.slice(-4)}`;
  }
  return value;
}
