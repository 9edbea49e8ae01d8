import type { ScheduleJson } from '@los/domain';
import type { LoanPayment, LoanPaymentLink, LoanServicingRepository, PaymentQuery } from '../../ports/loan-servicing-repository.js';
import type { InMemoryLifecycleTables } from './in-memory-lifecycle-tables.js';

/** Servicing records in memory, on the lifecycle tables a transaction copies and swaps in on commit. */
export class InMemoryLoanServicingRepository implements LoanServicingRepository {
  constructor(private readonly tables: InMemoryLifecycleTables) {}

  async fixSchedule(brandId: string, loanId: string, schedule: ScheduleJson): Promise<void> {
    if (this.tables.schedules.has(loanId)) throw new Error(`the schedule of loan ${loanId} is already fixed`);
    this.tables.schedules.set(loanId, { brandId, schedule });
  }

  async schedule(brandId: string, loanId: string): Promise<ScheduleJson | null> {
    const s = this.tables.schedules.get(loanId);
    return s && s.brandId === brandId ? s.schedule : null;
  }

  async addPayment(payment: LoanPayment): Promise<'added' | 'duplicate'> {
    const same = (p: LoanPayment) => p.brandId === payment.brandId && p.provider === payment.provider && p.providerPaymentId === payment.providerPaymentId;
    if (this.tables.payments.some(same)) return 'duplicate';
    this.tables.payments = [...this.tables.payments, payment];
    return 'added';
  }

  async findPayment(brandId: string, paymentId: string): Promise<LoanPayment | null> {
    return this.tables.payments.find((p) => p.brandId === brandId && p.id === paymentId) ?? null;
  }

  async findPaymentByProviderId(brandId: string, provider: string, providerPaymentId: string): Promise<LoanPayment | null> {
    return this.tables.payments.find((p) => p.brandId === brandId && p.provider === provider && p.providerPaymentId === providerPaymentId) ?? null;
  }

  async updatePayment(payment: LoanPayment): Promise<void> {
    this.tables.payments = this.tables.payments.map((p) => (p.id === payment.id && p.brandId === payment.brandId ? payment : p));
  }

  async listPayments(brandId: string, query: PaymentQuery): Promise<readonly LoanPayment[]> {
    return this.tables.payments.filter(
      (p) => p.brandId === brandId && (query.loanId === undefined || p.loanId === query.loanId) && (query.status === undefined || p.status === query.status),
    );
  }

  async addPaymentLink(link: LoanPaymentLink): Promise<void> {
    if (this.tables.paymentLinks.has(link.reference)) throw new Error(`payment link ${link.reference} already exists`);
    this.tables.paymentLinks.set(link.reference, link);
  }

  async findPaymentLink(brandId: string, reference: string): Promise<LoanPaymentLink | null> {
    const link = this.tables.paymentLinks.get(reference);
    return link && link.brandId === brandId ? link : null;
  }
}
