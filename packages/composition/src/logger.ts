import { type DestinationStream, type Logger as PinoLogger, destination, pino } from 'pino';
import { redactLogObject } from './redact-log-object.js';

/** The structured logger of both apps (pino). */
export type Logger = PinoLogger;

/**
 * JSON logs with secrets and personal data redacted wherever they appear in logged objects: tokens,
 * passwords, OTPs, phone numbers, e-mail addresses, PAN and Aadhaar ({@link redactLogObject}). Without a
 * destination they go to stdout asynchronously: lines written while a write is in flight are joined into the next one, so the
 * API's request log does not cost a system call on the event loop per request. pino flushes what is
 * buffered when the process exits (normally or through `process.exit`); only a hard kill can lose the
 * last lines.
 */
export function createLogger(options: { readonly level: string; readonly name: string; readonly destination?: DestinationStream }): Logger {
  return pino(
    {
      name: options.name,
      level: options.level,
      formatters: { log: redactLogObject },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination ?? destination({ dest: 1, sync: false }),
  );
}
