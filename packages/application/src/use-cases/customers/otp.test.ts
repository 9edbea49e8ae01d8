import { describe, expect, it } from 'vitest';
import { createInMemoryStore } from '../../testing/fakes/create-in-memory-store.js';
import { FakeCache } from '../../testing/fakes/fake-cache.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { PrefixSecretHasher, ScriptedOtpGenerator } from '../../testing/fakes/plain-secret-hashers.js';
import { RecordingMessageSender } from '../../testing/fakes/recording-message-sender.js';
import { SequentialIdGenerator } from '../../testing/fakes/sequential-id-generator.js';
import { DEFAULT_OTP_POLICY } from './otp-policy.js';
import { RequestOtp } from './request-otp.js';
import { VerifyOtp } from './verify-otp.js';

async function setup(otps: string[]) {
  const clock = new FixedClock('2026-11-23T10:00:00Z');
  const store = createInMemoryStore({ clock });
  await store.repositories.brands.add({ id: '00000000-0000-7000-8000-0000000000b1', code: 'acme', name: 'Acme', createdAt: clock.now() });
  const cache = new FakeCache(clock);
  const sender = new RecordingMessageSender();
  const hasher = new PrefixSecretHasher();
  const ids = new SequentialIdGenerator();
  const request = new RequestOtp({ repositories: store.repositories, cache, otps: new ScriptedOtpGenerator(otps), hasher, sender, policy: DEFAULT_OTP_POLICY });
  const verify = new VerifyOtp({ unitOfWork: store.unitOfWork, cache, hasher, ids, clock, policy: DEFAULT_OTP_POLICY });
  return { clock, store, cache, sender, request, verify, brandId: '00000000-0000-7000-8000-0000000000b1' };
}

const phone = '+919812345678';

describe('customer OTP registration', () => {
  it('sends the OTP, stores only its hash, and registers the customer once with an event', async () => {
    const s = await setup(['482913', '111222']);
    expect(await s.request.execute({ brandId: s.brandId, phone })).toEqual({ ok: true, value: { expiresInSeconds: 300 } });
    expect(s.sender.sent).toHaveLength(1);
    expect(s.sender.sent[0]).toMatchObject({ channel: 'SMS', to: phone, template: 'otp', variables: { otp: '482913' } });
    expect(await s.cache.get(`otp:${s.brandId}:${phone}`)).toBe('hashed:482913');

    const first = await s.verify.execute({ brandId: s.brandId, phone, otp: '482913' });
    expect(first.ok).toBe(true);
    await s.request.execute({ brandId: s.brandId, phone });
    const second = await s.verify.execute({ brandId: s.brandId, phone, otp: '111222' });
    expect(second.ok && first.ok && second.value.id === first.value.id).toBe(true);

    let registered = 0;
    await s.store.outboxStore.publishPending(100, async (messages) => {
      registered = messages.filter((m) => m.type === 'customer.registered').length;
    });
    expect(registered).toBe(1);
  });

  it('expires the OTP after five minutes', async () => {
    const s = await setup(['482913']);
    await s.request.execute({ brandId: s.brandId, phone });
    s.clock.advance(300_001);
    expect(await s.verify.execute({ brandId: s.brandId, phone, otp: '482913' })).toEqual({ ok: false, error: { code: 'OTP_EXPIRED' } });
  });

  it('burns the OTP after five wrong codes, even if the right one comes next', async () => {
    const s = await setup(['482913']);
    await s.request.execute({ brandId: s.brandId, phone });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await s.verify.execute({ brandId: s.brandId, phone, otp: '000000' }));
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(['OTP_INVALID', 'OTP_INVALID', 'OTP_INVALID', 'OTP_INVALID', 'OTP_ATTEMPTS_EXCEEDED']);
    expect(answers[0]).toEqual({ ok: false, error: { code: 'OTP_INVALID', attemptsLeft: 4 } });
    expect((await s.verify.execute({ brandId: s.brandId, phone, otp: '482913' })).ok).toBe(false);
  });

  it('limits sends per phone and window, and refuses unknown brands', async () => {
    const s = await setup(['100001', '100002', '100003', '100004', '100005', '100006']);
    for (let i = 0; i < 5; i++) expect((await s.request.execute({ brandId: s.brandId, phone })).ok).toBe(true);
    expect(await s.request.execute({ brandId: s.brandId, phone })).toEqual({ ok: false, error: { code: 'RATE_LIMITED', retryAfterSeconds: 900 } });
    expect(s.sender.sent).toHaveLength(5);
    s.clock.advance(900_001);
    expect((await s.request.execute({ brandId: s.brandId, phone })).ok).toBe(true);
    expect(await s.request.execute({ brandId: '00000000-0000-7000-8000-0000000000ff', phone })).toEqual({ ok: false, error: { code: 'BRAND_NOT_FOUND' } });
  });

  it('burns the code and says so when the provider cannot deliver it', async () => {
    const s = await setup(['482913']);
    const failing = new RequestOtp({
      repositories: s.store.repositories,
      cache: s.cache,
      otps: new ScriptedOtpGenerator(['482913']),
      hasher: new PrefixSecretHasher(),
      sender: { send: async () => Promise.reject(new Error('number unreachable')) },
      policy: DEFAULT_OTP_POLICY,
    });
    expect(await failing.execute({ brandId: s.brandId, phone })).toEqual({ ok: false, error: { code: 'OTP_NOT_DELIVERED', reason: 'number unreachable' } });
    expect(await s.cache.get(`otp:${s.brandId}:${phone}`)).toBeNull();
  });
});
