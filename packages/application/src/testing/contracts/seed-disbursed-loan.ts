import {
  type LocalDate,
  type ScheduleJson,
  Loan,
  type LoanProduct,
  Money,
  Rate,
  disbursalFromSchedule,
  generateSchedule,
  loanPosition,
  postDisbursal,
  postRepayment,
  quoteTerms,
} from '@los/domain';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';

const uuid = () => globalThis.crypto.randomUUID();

/** A loan brought to ACTIVE through its transitions, its schedule fixed and its disbursal posted. */
export interface SeededLoan {
  readonly brandId: string;
  readonly loanId: string;
  readonly customerId: string;
  readonly phone: string;
  readonly schedule: ScheduleJson;
}

/**
 * Seeds a brand of its own (monthly 18% product), a customer and a loan disbursed on `disbursedOn`: applied,
 * appraised, recommended, sanctioned, signed, requested by an admin and paid out, with the schedule the
 * product's terms give from that date and the disbursal entry in the ledger.
 */
export async function seedDisbursedLoan(
  unitOfWork: LifecycleUnitOfWork,
  input: { readonly disbursedOn: LocalDate; readonly amount?: string; readonly tenure?: number; readonly loanId?: string },
): Promise<SeededLoan> {
  const brandId = uuid();
  const customerId = uuid();
  const loanId = input.loanId ?? uuid();
  const phone = `+9198${String(Math.abs(hash(loanId)) % 1e8).padStart(8, '0')}`;
  const tenure = input.tenure ?? 6;
  const at = new Date(`${input.disbursedOn}T06:00:00Z`);
  const product: LoanProduct = {
    id: uuid(), brandId, code: 'pl', name: 'Personal loan', currency: 'INR', minAmount: Money.of('10000'), maxAmount: Money.of('500000'),
    tenureUnit: 'MONTH', allowedTenures: [tenure], annualRate: Rate.percent('18'), processingFee: { kind: 'FLAT', amount: Money.of('500') }, active: true,
  };
  const schedule = generateSchedule(quoteTerms(product, Money.of(input.amount ?? '60000'), tenure, input.disbursedOn));
  await unitOfWork.run(async (repos) => {
    await repos.brands.add({ id: brandId, code: `b${brandId.slice(0, 8)}`, name: 'Servicing brand', createdAt: at });
    await repos.brands.addProduct(product);
    await repos.customers.addOrGet({ id: customerId, brandId, phone, createdAt: at });
    const applied = Loan.apply({ id: loanId, brandId, customerId, product, amount: Money.of(input.amount ?? '60000'), tenure, at });
    if (!applied.ok) throw new Error('seeded loan does not fit its product');
    const loan = applied.value;
    const credit = { userId: 'credit', roles: ['CREDIT_EXECUTIVE'] };
    loan.screen(product, at);
    loan.saveAppraisal({ version: 1 }, credit, at);
    loan.recommend(credit, at);
    loan.sanction({ userId: 'head', roles: ['SANCTION_HEAD'] }, [{ role: 'SANCTION_HEAD' }], at);
    loan.sendAgreement({ kfsKey: 'kfs.pdf', agreementKey: 'agreement.pdf', esignRequestId: 'esign-1' }, at);
    loan.markSigned(at);
    loan.requestDisbursal({ userId: 'ops', roles: ['ADMIN'] }, uuid(), at);
    loan.disburse({ providerPayoutId: 'payout-1', utr: 'UTR0001', disbursedOn: input.disbursedOn, netAmount: Money.of(schedule.netDisbursed) }, at);
    loan.pullEvents();
    await repos.loans.add(loan);
    await repos.servicing.fixSchedule(brandId, loanId, schedule);
    await repos.ledger.append([postDisbursal({ id: uuid(), brandId, loanId, businessDate: input.disbursedOn }, disbursalFromSchedule(schedule))]);
  });
  return { brandId, loanId, customerId, phone, schedule };
}

/** Books a payment received on `on` by the waterfall, holding what is left over as excess (the ledger only). */
export async function seedRepayment(unitOfWork: LifecycleUnitOfWork, loan: SeededLoan, amount: string, on: LocalDate): Promise<void> {
  await unitOfWork.run(async (repos) => {
    const position = loanPosition(loan.schedule, await repos.ledger.entriesOfLoan(loan.brandId, loan.loanId), on);
    const { entry } = postRepayment({ id: uuid(), brandId: loan.brandId, loanId: loan.loanId, businessDate: on }, { payment: Money.of(amount), balances: position.balances, dues: position.dues });
    await repos.ledger.append([entry]);
  });
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}

/** The same book with one loan's schedule unreadable (`Error: corrupt schedule`), as a broken record would be. */
export function withCorruptSchedule(unitOfWork: LifecycleUnitOfWork, brokenLoanId: string): LifecycleUnitOfWork {
  return {
    run: (work) =>
      unitOfWork.run((repos) =>
        work({
          ...repos,
          servicing: new Proxy(repos.servicing, {
            get: (target, prop, receiver) =>
              prop === 'schedule' ? (b: string, l: string) => (l === brokenLoanId ? Promise.reject(new Error('corrupt schedule')) : target.schedule(b, l)) : Reflect.get(target, prop, receiver),
          }),
        }),
      ),
  };
}
