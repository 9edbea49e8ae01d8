/** Severity of a bus log line. */
export type BusLogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Where a bus reports retries, dead letters and connection changes; the app wires its logger here. */
export type BusLogger = (level: BusLogLevel, message: string, data?: Readonly<Record<string, unknown>>) => void;

/** The logger used when none is given: says nothing. */
export const silentLogger: BusLogger = () => undefined;
