/** The logging the HTTP adapter needs; pino satisfies it. Objects first, message second. */
export interface HttpLogger {
  info(object: Record<string, unknown>, message?: string): void;
  warn(object: Record<string, unknown>, message?: string): void;
  error(object: Record<string, unknown>, message?: string): void;
}
