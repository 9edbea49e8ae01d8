/** Hashes and checks staff passwords (bcrypt or argon2id in the adapter). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, hash: string): Promise<boolean>;
}

/** Keyed one-way hashing of short secrets such as OTPs (HMAC in the adapter), with constant-time checks. */
export interface SecretHasher {
  hash(secret: string): string;
  matches(secret: string, hash: string): boolean;
}

/** Random one-time passwords of a given number of digits. */
export interface OtpGenerator {
  generate(digits: number): string;
}
