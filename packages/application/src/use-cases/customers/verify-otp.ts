import { type Result, err, ok } from '@los/domain';
import type { Cache } from '../../ports/cache.js';
import type { Clock } from '../../ports/clock.js';
import type { Customer } from '../../ports/customer-repository.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { SecretHasher } from '../../ports/security.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';
import { toEventMessages } from '../events/to-event-messages.js';
import { type OtpPolicy, otpKeys } from './otp-policy.js';

export type VerifyOtpError =
  | { readonly code: 'OTP_EXPIRED' }
  | { readonly code: 'OTP_INVALID'; readonly attemptsLeft: number }
  | { readonly code: 'OTP_ATTEMPTS_EXCEEDED' };

/**
 * Checks the OTP a customer typed. On success the OTP is burnt and the customer exists (created on first
 * verification, with a `customer.registered` event); too many wrong codes burn it too.
 */
export class VerifyOtp {
  constructor(
    private readonly deps: {
      readonly unitOfWork: UnitOfWork;
      readonly cache: Cache;
      readonly hasher: SecretHasher;
      readonly ids: IdGenerator;
      readonly clock: Clock;
      readonly policy: OtpPolicy;
    },
  ) {}

  async execute(input: { readonly brandId: string; readonly phone: string; readonly otp: string }): Promise<Result<Customer, VerifyOtpError>> {
    const { cache, policy } = this.deps;
    const keys = otpKeys(input.brandId, input.phone);
    const hash = await cache.get(keys.code);
    if (hash === null) return err({ code: 'OTP_EXPIRED' });
    const attempts = await cache.increment(keys.attempts, policy.ttlSeconds);
    if (attempts > policy.maxAttempts) {
      await cache.delete(keys.code);
      return err({ code: 'OTP_ATTEMPTS_EXCEEDED' });
    }
    if (!this.deps.hasher.matches(input.otp, hash)) {
      if (attempts >= policy.maxAttempts) {
        await cache.delete(keys.code);
        return err({ code: 'OTP_ATTEMPTS_EXCEEDED' });
      }
      return err({ code: 'OTP_INVALID', attemptsLeft: policy.maxAttempts - attempts });
    }
    await cache.delete(keys.code);
    await cache.delete(keys.attempts);
    const now = this.deps.clock.now();
    const candidate: Customer = { id: this.deps.ids.next(), brandId: input.brandId, phone: input.phone, createdAt: now };
    const customer = await this.deps.unitOfWork.run(async (repos) => {
      const stored = await repos.customers.addOrGet(candidate);
      if (stored.id === candidate.id) {
        await repos.outbox.append(
          toEventMessages(
            [{ type: 'customer.registered', aggregateType: 'customer', aggregateId: stored.id, brandId: stored.brandId, occurredAt: now, payload: {} }],
            this.deps.ids,
          ),
        );
      }
      return stored;
    });
    return ok(customer);
  }
}
