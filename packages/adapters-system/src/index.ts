// Public API of @los/adapters-system: the runtime's clock, ids, randomness and hashing behind their ports.

/**
 * The machine's clock.
 * @example new SystemClock().now()
 */
export { SystemClock } from './system-clock.js';
/**
 * Time-ordered UUIDv7 ids.
 * @example new UuidV7Generator().next() // '019ab3c2-...-7...'
 */
export { UuidV7Generator } from './uuid-generator.js';
/**
 * CSPRNG one-time passwords.
 * @example new CryptoOtpGenerator().generate(6) // '042917'
 */
export { CryptoOtpGenerator } from './crypto-otp-generator.js';
/**
 * HMAC-SHA256 hashing of short secrets.
 * @example new HmacSecretHasher(key).matches('123456', storedHash)
 */
export { HmacSecretHasher } from './hmac-secret-hasher.js';
/**
 * Aadhaar references: the number's keyed one-way token, stored and compared in its place.
 * @example new HmacAadhaarReferences(key).referenceOf('234123412346') // 64 hex characters, the same every time
 */
export { HmacAadhaarReferences } from './hmac-aadhaar-references.js';
/**
 * bcrypt password hashing.
 * @example await new BcryptPasswordHasher(12).verify(password, hash)
 */
export { BcryptPasswordHasher } from './bcrypt-password-hasher.js';
/**
 * Refresh token secrets (32 random bytes, base64url) and their SHA-256 hashes.
 * @example const secrets = new CryptoRefreshTokenSecrets(); const secret = secrets.generate(); secrets.hash(secret) // 64 hex characters
 */
export { CryptoRefreshTokenSecrets } from './crypto-refresh-token-secrets.js';
