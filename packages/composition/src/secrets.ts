import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';
import type { Secrets } from './use-cases-module.js';

/**
 * The signing and hashing keys. Production takes them from the environment (the config requires them);
 * embedded mode generates them once and keeps them in the data folder (mode 0600), so tokens survive a
 * restart and two instances with different folders never share keys.
 */
export function resolveSecrets(config: Config): Secrets {
  if (config.jwtSecret && config.otpHashKey && config.aadhaarRefKey) return { jwtSecret: config.jwtSecret, otpHashKey: config.otpHashKey, aadhaarRefKey: config.aadhaarRefKey };
  const file = join(config.dataDir, 'secrets.json');
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>;
  const secrets: Secrets = {
    jwtSecret: config.jwtSecret ?? stored.jwtSecret ?? randomBytes(32).toString('hex'),
    otpHashKey: config.otpHashKey ?? stored.otpHashKey ?? randomBytes(32).toString('hex'),
    aadhaarRefKey: config.aadhaarRefKey ?? stored.aadhaarRefKey ?? randomBytes(32).toString('hex'),
  };
  if (stored.jwtSecret !== secrets.jwtSecret || stored.otpHashKey !== secrets.otpHashKey || stored.aadhaarRefKey !== secrets.aadhaarRefKey) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  }
  return secrets;
}
