import { type DestinationStream, type Logger as PinoLogger, pino } from 'pino';

/** The structured logger of both apps (pino). */
export type Logger = PinoLogger;

/**
 * JSON logs with secrets and personal data redacted wherever they appear in logged objects: tokens,
 * passwords, OTPs, phone numbers, e-mail addresses, PAN and Aadhaar.
 */
export function createLogger(options: { readonly level: string; readonly name: string; readonly destination?: DestinationStream }): Logger {
  const paths = ['password', 'passwordHash', 'otp', 'phone', 'email', 'pan', 'aadhaar', 'accessToken', 'refreshToken', 'authorization', 'secret', 'text'];
  return pino(
    {
      name: options.name,
      level: options.level,
      redact: { paths: [...paths, ...paths.map((p) => `*.${p}`), ...paths.map((p) => `*.*.${p}`), 'req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}
