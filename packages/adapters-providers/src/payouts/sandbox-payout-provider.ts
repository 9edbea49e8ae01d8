import type { PayoutProvider, PayoutRequest, PayoutStatus } from '@los/application';

/**
 * The embedded-mode payout simulator. A payout is PENDING when requested and settles when the bank is next
 * asked about it (`status`, which the disbursal reconciliation polls) or on `settleAll`: SETTLED with a UTR,
 * or FAILED by the test identities below. The same idempotency key always
 * answers the same payout and moves no money twice.
 *
 * Test identities (account number suffix): `000` closed account, `111` invalid account, `222` beneficiary
 * bank down; every other account settles.
 */
export class SandboxPayoutProvider implements PayoutProvider {
  private readonly byKey = new Map<string, string>();
  private readonly payouts = new Map<string, { request: PayoutRequest; status: PayoutStatus }>();
  private sequence = 0;

  async disburse(request: PayoutRequest): Promise<PayoutStatus> {
    const existing = this.byKey.get(request.idempotencyKey);
    if (existing) return this.payouts.get(existing)!.status;
    const providerPayoutId = `pout_sbx${String(++this.sequence).padStart(10, '0')}`;
    this.byKey.set(request.idempotencyKey, providerPayoutId);
    this.payouts.set(providerPayoutId, { request, status: { state: 'PENDING', providerPayoutId } });
    return { state: 'PENDING', providerPayoutId };
  }

  async status(providerPayoutId: string): Promise<PayoutStatus> {
    const payout = this.payouts.get(providerPayoutId);
    if (!payout) throw new Error(`no sandbox payout ${providerPayoutId}`);
    this.settle(providerPayoutId);
    return payout.status;
  }

  /** Completes every pending payout, as the banks would. */
  settleAll(): void {
    for (const id of this.payouts.keys()) this.settle(id);
  }

  private settle(id: string): void {
    const payout = this.payouts.get(id);
    if (payout && payout.status.state === 'PENDING') {
      const account = payout.request.account.accountNumber;
      const fail = (reason: 'ACCOUNT_CLOSED' | 'INVALID_ACCOUNT' | 'BENEFICIARY_BANK_DOWN', detail: string) => ({ state: 'FAILED' as const, providerPayoutId: id, reason, detail });
      payout.status = account.endsWith('000')
        ? fail('ACCOUNT_CLOSED', 'The beneficiary account is closed')
        : account.endsWith('111')
          ? fail('INVALID_ACCOUNT', 'Invalid beneficiary account number')
          : account.endsWith('222')
            ? fail('BENEFICIARY_BANK_DOWN', 'Beneficiary bank is offline')
            : { state: 'SETTLED', providerPayoutId: id, utr: `SBXN${id.slice(-10).padStart(12, '0')}` };
    }
  }

  /** How many payouts were actually made (one per idempotency key). */
  transfers(): number {
    return this.payouts.size;
  }
}
