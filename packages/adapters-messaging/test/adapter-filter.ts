/**
 * Why an implementation's tests are skipped in this run, or undefined to run them. `ADAPTERS=memory,amqp`
 * (names: memory, amqp, redis) narrows a run; a broker-backed one also needs its URL variable.
 */
export function skipReason(adapter: string, urlVariable?: string): string | undefined {
  const wanted = process.env['ADAPTERS']?.split(',').map((name) => name.trim());
  if (wanted && !wanted.includes(adapter)) return `ADAPTERS=${process.env['ADAPTERS']} leaves out ${adapter}`;
  if (urlVariable !== undefined && !process.env[urlVariable]) return `${urlVariable} is not set`;
  return undefined;
}
