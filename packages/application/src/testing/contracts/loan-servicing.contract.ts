import { JournalEntry, Money, generateSchedule, localDate } from '@los/domain';
import { describe, expect, it } from 'vitest';
import { type LifecycleStore, useLifecycleStore } from './lifecycle-store.js';
import type { LoanPayment } from '../../ports/loan-servicing-repository.js';
import { seedContractLoan } from './seed-contract-loan.js';

/**
 * How a servicing store joins the contract run; `create` may hand back a shared database.
 * @example describeLoanServicingContract({ name: 'in-memory', create: async () => ({ unitOfWork }) })
 */
export interface LoanServicingContractOptions {
  readonly name: string;
  readonly create: () => Promise<LifecycleStore>;
  readonly skip?: string;
}

const uuid = () => globalThis.crypto.randomUUID();
const R2 = { dp: 2, mode: 'HALF_UP' } as const;
const schedule = generateSchedule({
  principal: '50000', annualRatePercent: '18', method: 'EMI', frequency: 'MONTHLY', instalments: 12, dayCount: '30/360', interestBasis: 'PERIOD',
  disbursementDate: '2026-11-23', rounding: { instalment: R2, amounts: R2 },
});

/**
 * The behaviour every servicing store shares: a schedule read back exactly, a payment recorded once per
 * provider id and brand, decisions stored, links found by reference within their brand only, and everything
 * rolled back with a failed transaction — the ledger included.
 */
export function describeLoanServicingContract(options: LoanServicingContractOptions): void {
  describe.skipIf(options.skip !== undefined)(`LoanServicingRepository contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const store = useLifecycleStore(options.create);
    const payment = (brandId: string, loanId: string, over: Partial<LoanPayment> = {}): LoanPayment => ({
      id: uuid(), brandId, loanId, source: 'GATEWAY', provider: 'razorpay', providerPaymentId: `pay_${uuid().slice(0, 8)}`, purpose: 'REPAYMENT',
      amount: Money.of('4583.99'), receivedOn: localDate('2026-12-23'), status: 'POSTED', createdAt: new Date('2026-12-23T10:00:00Z'), ...over,
    });

    it('fixes a schedule once and reads it back exactly, only within its brand', async () => {
      const { brandId, loanId } = await seedContractLoan(store());
      await store().run((r) => r.servicing.fixSchedule(brandId, loanId, schedule));
      expect(await store().run((r) => r.servicing.schedule(brandId, loanId))).toEqual(schedule);
      expect(await store().run((r) => r.servicing.schedule(uuid(), loanId))).toBeNull();
      await expect(store().run((r) => r.servicing.fixSchedule(brandId, loanId, schedule))).rejects.toThrow();
    });

    it('records a payment once per brand, provider and provider id, and stores its approval', async () => {
      const { brandId, loanId } = await seedContractLoan(store());
      const manual = payment(brandId, loanId, { source: 'MANUAL', provider: 'manual', providerPaymentId: 'UTR123456', status: 'PENDING_APPROVAL', enteredBy: 'maker' });
      expect(await store().run((r) => r.servicing.addPayment(manual))).toBe('added');
      expect(await store().run((r) => r.servicing.addPayment({ ...manual, id: uuid() }))).toBe('duplicate');
      expect(await store().run((r) => r.servicing.findPaymentByProviderId(brandId, 'manual', 'UTR123456'))).toEqual(manual);
      expect(await store().run((r) => r.servicing.findPaymentByProviderId(uuid(), 'manual', 'UTR123456'))).toBeNull();
      expect(await store().run((r) => r.servicing.listPayments(brandId, { status: 'PENDING_APPROVAL' }))).toEqual([manual]);
      const entry = JournalEntry.create({
        id: uuid(), brandId, loanId, businessDate: localDate('2026-12-23'), kind: 'REPAYMENT', memo: 'Repayment',
        lines: [{ account: 'COLLECTIONS_CLEARING', side: 'DEBIT', amount: manual.amount }, { account: 'CUSTOMER_EXCESS', side: 'CREDIT', amount: manual.amount }],
      });
      const approved: LoanPayment = { ...manual, status: 'POSTED', decidedBy: 'checker', decidedAt: new Date('2026-12-24T10:00:00Z'), journalEntryId: entry.id };
      await store().run(async (r) => {
        await r.ledger.append([entry]);
        await r.servicing.updatePayment(approved);
      });
      expect(await store().run((r) => r.servicing.findPayment(brandId, manual.id))).toEqual(approved);
      expect(await store().run((r) => r.servicing.listPayments(brandId, { loanId, status: 'PENDING_APPROVAL' }))).toEqual([]);
      expect(await store().run((r) => r.servicing.findPayment(uuid(), manual.id))).toBeNull();
    });

    it('finds a payment link by reference within its brand only', async () => {
      const { brandId, loanId } = await seedContractLoan(store());
      const quote = { asOf: '2027-01-10', outstandingPrincipal: '46000.00', accruedInterest: '120.00', arrears: '0.00', foreclosureCharge: '0.00', gstOnCharge: '0.00', excessHeld: '0.00', totalPayable: '46120.00' };
      const link = { brandId, loanId, reference: `FC-${uuid()}`, purpose: 'FORECLOSURE' as const, amount: Money.of('46120'), provider: 'razorpay', providerLinkId: 'plink_1', url: 'https://rzp.io/i/x', quote, createdAt: new Date('2027-01-10T09:00:00Z') };
      await store().run((r) => r.servicing.addPaymentLink(link));
      expect(await store().run((r) => r.servicing.findPaymentLink(brandId, link.reference))).toEqual(link);
      expect(await store().run((r) => r.servicing.findPaymentLink(uuid(), link.reference))).toBeNull();
    });

    it('leaves no payment and no ledger entry behind when the transaction fails', async () => {
      const { brandId, loanId } = await seedContractLoan(store());
      const p = payment(brandId, loanId);
      const entry = JournalEntry.create({
        id: uuid(), brandId, loanId, businessDate: localDate('2026-12-23'), kind: 'REPAYMENT', memo: 'Repayment',
        lines: [{ account: 'COLLECTIONS_CLEARING', side: 'DEBIT', amount: p.amount }, { account: 'CUSTOMER_EXCESS', side: 'CREDIT', amount: p.amount }],
      });
      await expect(
        store().run(async (r) => {
          await r.ledger.append([entry]);
          await r.servicing.addPayment({ ...p, journalEntryId: entry.id });
          throw new Error('handler failed after posting');
        }),
      ).rejects.toThrow('handler failed');
      expect(await store().run((r) => r.servicing.listPayments(brandId, { loanId }))).toEqual([]);
      expect(await store().run((r) => r.ledger.entriesOfLoan(brandId, loanId))).toEqual([]);
    });
  });
}
