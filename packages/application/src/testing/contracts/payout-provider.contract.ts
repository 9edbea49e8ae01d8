import { Money } from '@los/domain';
import { describe, expect, it } from 'vitest';
import type { VerifiedBankAccount } from '../../ports/bank-account-verifier.js';
import type { PayoutProvider, PayoutRequest, PayoutStatus } from '../../ports/payout-provider.js';

/**
 * A payout provider under test, two accounts the provider treats as good and as closed, `settle` to let
 * the provider finish what is in flight, and how many transfers it actually made.
 * @example describePayoutProviderContract({ name: 'sandbox', create: async () => ({ payouts, goodAccount, closedAccount, settle: async () => payouts.settleAll(), transfers: async () => payouts.transfers() }) })
 */
export interface PayoutProviderContractOptions {
  readonly name: string;
  readonly create: () => Promise<{
    readonly payouts: PayoutProvider;
    readonly goodAccount: VerifiedBankAccount;
    readonly closedAccount: VerifiedBankAccount;
    settle(): Promise<void>;
    transfers(): Promise<number>;
  }>;
  readonly skip?: string;
}

const uuid = () => globalThis.crypto.randomUUID();
const request = (account: VerifiedBankAccount, idempotencyKey = uuid()): PayoutRequest => ({
  brandId: uuid(), loanId: uuid(), idempotencyKey, amount: Money.of('19528.00', 'INR'), account, narration: 'Loan disbursal',
});

/**
 * The behaviour every payout provider shares: a disbursal settles with a UTR, a repeated idempotency key
 * pays once and answers the same payout, and a closed account fails with its reason.
 */
export function describePayoutProviderContract(options: PayoutProviderContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`PayoutProvider contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    it('settles a disbursal to a good account with a UTR', async () => {
      const f = await options.create();
      const first = await f.payouts.disburse(request(f.goodAccount));
      expect(['PENDING', 'SETTLED']).toContain(first.state);
      await f.settle();
      const settled: PayoutStatus = await f.payouts.status(first.providerPayoutId);
      expect(settled.state).toBe('SETTLED');
      expect(settled.state === 'SETTLED' && settled.utr).toMatch(/^[A-Z0-9]{12,22}$/);
    });

    it('pays once for a repeated idempotency key and answers the same payout', async () => {
      const f = await options.create();
      const before = await f.transfers();
      const r = request(f.goodAccount);
      const a = await f.payouts.disburse(r);
      const b = await f.payouts.disburse(r);
      expect(b.providerPayoutId).toBe(a.providerPayoutId);
      expect((await f.transfers()) - before).toBe(1);
    });

    it('fails a payout to a closed account with the reason', async () => {
      const f = await options.create();
      const first = await f.payouts.disburse(request(f.closedAccount));
      await f.settle();
      const final = await f.payouts.status(first.providerPayoutId);
      expect(final).toMatchObject({ state: 'FAILED', reason: 'ACCOUNT_CLOSED' });
    });
  });
}
