import { type Result, err, ok } from '@los/domain';
import type { Cache } from '../../ports/cache.js';
import type { MessageSender } from '../../ports/message-sender.js';
import type { OtpGenerator, SecretHasher } from '../../ports/security.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type OtpPolicy, otpKeys } from './otp-policy.js';

export type RequestOtpError =
  | { readonly code: 'BRAND_NOT_FOUND' }
  | { readonly code: 'RATE_LIMITED'; readonly retryAfterSeconds: number }
  | { readonly code: 'OTP_NOT_DELIVERED'; readonly reason: string };

/**
 * A customer starts registration (or sign-in) with a phone number: a fresh OTP is sent through the
 * messaging port and only its keyed hash is kept, with a TTL. Sends per phone are rate-limited.
 */
export class RequestOtp {
  constructor(
    private readonly deps: {
      readonly repositories: Repositories;
      readonly cache: Cache;
      readonly otps: OtpGenerator;
      readonly hasher: SecretHasher;
      readonly sender: MessageSender;
      readonly policy: OtpPolicy;
    },
  ) {}

  async execute(input: { readonly brandId: string; readonly phone: string }): Promise<Result<{ readonly expiresInSeconds: number }, RequestOtpError>> {
    const { cache, policy } = this.deps;
    const brand = await this.deps.repositories.brands.findById(input.brandId);
    if (!brand) return err({ code: 'BRAND_NOT_FOUND' });
    const keys = otpKeys(brand.id, input.phone);
    const sends = await cache.increment(keys.sends, policy.sendWindowSeconds);
    if (sends > policy.maxSends) return err({ code: 'RATE_LIMITED', retryAfterSeconds: policy.sendWindowSeconds });
    const otp = this.deps.otps.generate(policy.digits);
    await cache.set(keys.code, this.deps.hasher.hash(otp), policy.ttlSeconds);
    await cache.delete(keys.attempts);
    try {
      await this.deps.sender.send({
        brandId: brand.id,
        channel: 'SMS',
        to: input.phone,
        template: 'otp',
        variables: { otp, brand: brand.name, minutes: String(Math.ceil(policy.ttlSeconds / 60)) },
      });
    } catch (error) {
      // The provider refused or bounced the message: the code never reached the customer, so burn it.
      await cache.delete(keys.code);
      return err({ code: 'OTP_NOT_DELIVERED', reason: error instanceof Error ? error.message : String(error) });
    }
    return ok({ expiresInSeconds: policy.ttlSeconds });
  }
}
