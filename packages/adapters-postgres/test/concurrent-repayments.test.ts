import { randomUUID } from 'node:crypto';
import { DEFAULT_SERVICING_POLICY, type EventMessage, RecordGatewayPayment } from '@los/application';
import { FixedClock } from '@los/application/testing';
import { Loan, type LoanProduct, Money, Rate, disbursalFromSchedule, generateSchedule, localDate, loanPosition, postDisbursal, quoteTerms } from '@los/domain';
import { describe, expect, it } from 'vitest';
import { freshLifecycleStore, skipReason } from './test-databases.js';

const ids = { next: () => randomUUID() };

for (const engine of ['pglite', 'postgres'] as const) {
  describe.skipIf(skipReason(engine) !== undefined)(`many repayments on one loan at once — ${engine}`, () => {
    it('books every payment once and leaves the exact outstanding: concurrent transactions serialise on the loan version', async () => {
      const { unitOfWork, close } = await freshLifecycleStore(engine);
      try {
        const brandId = randomUUID();
        const customerId = randomUUID();
        const loanId = randomUUID();
        const disbursedOn = localDate('2026-11-24');
        const product: LoanProduct = {
          id: randomUUID(), brandId, code: 'pl', name: 'Personal loan', currency: 'INR', minAmount: Money.of('10000'), maxAmount: Money.of('500000'),
          tenureUnit: 'MONTH', allowedTenures: [12], annualRate: Rate.percent('18'), processingFee: { kind: 'FLAT', amount: Money.of('500') }, active: true,
        };
        const schedule = generateSchedule(quoteTerms(product, Money.of('120000'), 12, disbursedOn));
        const at = new Date('2026-11-24T06:00:00Z');
        await unitOfWork.run(async (repos) => {
          await repos.brands.add({ id: brandId, code: `b${brandId.slice(0, 8)}`, name: 'Concurrency brand', createdAt: at });
          await repos.brands.addProduct(product);
          await repos.customers.addOrGet({ id: customerId, brandId, phone: '+919800000002', createdAt: at });
          const applied = Loan.apply({ id: loanId, brandId, customerId, product, amount: Money.of('120000'), tenure: 12, at });
          if (!applied.ok) throw new Error('loan does not fit its product');
          await repos.loans.add(applied.value);
          // Brought to repayment through its own transitions, as the lifecycle does.
          const loan = Loan.rehydrate({ ...applied.value.toSnapshot(), status: 'AGREEMENT_SIGNED' });
          loan.requestDisbursal({ userId: 'ops', roles: ['ADMIN'] }, 'req-1', at);
          loan.disburse({ providerPayoutId: 'pout-1', utr: 'UTR0000001', disbursedOn, netAmount: Money.of(schedule.netDisbursed) }, at);
          await repos.loans.save(loan);
          await repos.servicing.fixSchedule(brandId, loanId, schedule);
          await repos.ledger.append([postDisbursal({ id: randomUUID(), brandId, loanId, businessDate: disbursedOn }, disbursalFromSchedule(schedule))]);
        });

        // Twelve payments of 1,500 arrive together on the first due date.
        const firstDue = schedule.rows[0]!.dueDate;
        const clock = new FixedClock(`${firstDue}T06:00:00Z`);
        const subscription = new RecordGatewayPayment({ unitOfWork, ids, clock, timeZone: 'Asia/Kolkata', policy: DEFAULT_SERVICING_POLICY }).subscription();
        const message = (n: number): EventMessage => ({
          id: randomUUID(), type: 'payment.received', aggregateType: 'loan', aggregateId: loanId, brandId, occurredAt: clock.now().toISOString(),
          payload: { amount: { amount: '1500.00', currency: 'INR' }, providerPaymentId: `pay_${n}`, provider: 'razorpay' },
        });
        let conflicts = 0;
        // As the bus does: a handler that fails (here, on the loan's version) is delivered again.
        const deliver = async (m: EventMessage) => {
          for (let attempt = 1; ; attempt += 1) {
            try {
              return await subscription.handle(m, { attempt } as never);
            } catch (error) {
              conflicts += 1;
              if (attempt > 50) throw error;
            }
          }
        };
        await Promise.all(Array.from({ length: 12 }, (_, n) => deliver(message(n))));

        const { entries, payments } = await unitOfWork.run(async (repos) => ({
          entries: await repos.ledger.entriesOfLoan(brandId, loanId),
          payments: await repos.servicing.listPayments(brandId, { loanId }),
        }));
        expect(payments).toHaveLength(12);
        const position = loanPosition(schedule, entries, localDate(firstDue));
        // The first instalment is paid in full; the other 18,000 − EMI is held for the borrower.
        const emi = Money.of(schedule.rows[0]!.total);
        expect(position.instalments[0]!.status).toBe('PAID');
        expect(position.balances.excess.equals(Money.of('18000').minus(emi))).toBe(true);
        expect(position.balances.principal.equals(Money.of(schedule.rows[0]!.closingBalance))).toBe(true);
        expect(position.balances.interest.isZero()).toBe(true);
        expect(entries.filter((e) => e.kind === 'INTEREST_ACCRUAL')).toHaveLength(1);
        if (engine === 'postgres') expect(conflicts).toBeGreaterThan(0);
      } finally {
        await close();
      }
    }, 60_000);
  });
}
