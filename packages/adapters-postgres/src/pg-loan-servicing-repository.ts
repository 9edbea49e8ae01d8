import type { LoanPayment, LoanPaymentLink, LoanServicingRepository, PaymentQuery } from '@los/application';
import { type ForeclosureQuote, type ScheduleJson, Money, localDate } from '@los/domain';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';
import { exactDecimal } from './exact-decimal.js';
import type { LoanPaymentsTable } from './servicing-tables.js';
import { isUuid } from './uuid.js';

/** Schedules, payments and payment links of disbursed loans in PostgreSQL, in the caller's transaction. */
export class PgLoanServicingRepository implements LoanServicingRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async fixSchedule(brandId: string, loanId: string, schedule: ScheduleJson): Promise<void> {
    await this.db.insertInto('loan_schedules').values({ brand_id: brandId, loan_id: loanId, schedule: JSON.stringify(schedule) }).execute();
  }

  async schedule(brandId: string, loanId: string): Promise<ScheduleJson | null> {
    if (!isUuid(brandId) || !isUuid(loanId)) return null;
    const row = await this.db.selectFrom('loan_schedules').select('schedule').where('brand_id', '=', brandId).where('loan_id', '=', loanId).executeTakeFirst();
    return row ? (row.schedule as ScheduleJson) : null;
  }

  async addPayment(p: LoanPayment): Promise<'added' | 'duplicate'> {
    const inserted = await this.db
      .insertInto('loan_payments')
      .values({ ...paymentToRow(p), id: p.id, brand_id: p.brandId, loan_id: p.loanId, source: p.source, provider: p.provider, provider_payment_id: p.providerPaymentId, purpose: p.purpose, amount: exactDecimal(p.amount.amount, 2, 'payment amount'), currency: p.amount.currency, received_on: p.receivedOn, created_at: p.createdAt })
      .onConflict((oc) => oc.columns(['brand_id', 'provider', 'provider_payment_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted ? 'added' : 'duplicate';
  }

  async findPayment(brandId: string, paymentId: string): Promise<LoanPayment | null> {
    if (!isUuid(brandId) || !isUuid(paymentId)) return null;
    const row = await this.db.selectFrom('loan_payments').selectAll().where('brand_id', '=', brandId).where('id', '=', paymentId).executeTakeFirst();
    return row ? paymentFromRow(row) : null;
  }

  async findPaymentByProviderId(brandId: string, provider: string, providerPaymentId: string): Promise<LoanPayment | null> {
    if (!isUuid(brandId)) return null;
    const row = await this.db
      .selectFrom('loan_payments')
      .selectAll()
      .where('brand_id', '=', brandId)
      .where('provider', '=', provider)
      .where('provider_payment_id', '=', providerPaymentId)
      .executeTakeFirst();
    return row ? paymentFromRow(row) : null;
  }

  async updatePayment(p: LoanPayment): Promise<void> {
    await this.db.updateTable('loan_payments').set(paymentToRow(p)).where('brand_id', '=', p.brandId).where('id', '=', p.id).execute();
  }

  async listPayments(brandId: string, query: PaymentQuery): Promise<readonly LoanPayment[]> {
    if (!isUuid(brandId) || (query.loanId !== undefined && !isUuid(query.loanId))) return [];
    let q = this.db.selectFrom('loan_payments').selectAll().where('brand_id', '=', brandId);
    if (query.loanId !== undefined) q = q.where('loan_id', '=', query.loanId);
    if (query.status !== undefined) q = q.where('status', '=', query.status);
    return (await q.orderBy('seq').execute()).map(paymentFromRow);
  }

  async addPaymentLink(link: LoanPaymentLink): Promise<void> {
    await this.db
      .insertInto('loan_payment_links')
      .values({
        reference: link.reference,
        brand_id: link.brandId,
        loan_id: link.loanId,
        purpose: link.purpose,
        amount: exactDecimal(link.amount.amount, 2, 'payment link amount'),
        currency: link.amount.currency,
        provider: link.provider,
        provider_link_id: link.providerLinkId,
        url: link.url,
        quote: link.quote === undefined ? null : JSON.stringify(link.quote),
        created_at: link.createdAt,
      })
      .execute();
  }

  async findPaymentLink(brandId: string, reference: string): Promise<LoanPaymentLink | null> {
    if (!isUuid(brandId)) return null;
    const r = await this.db.selectFrom('loan_payment_links').selectAll().where('brand_id', '=', brandId).where('reference', '=', reference).executeTakeFirst();
    if (!r) return null;
    return {
      brandId: r.brand_id,
      loanId: r.loan_id,
      reference: r.reference,
      purpose: r.purpose as LoanPaymentLink['purpose'],
      amount: Money.of(r.amount, r.currency),
      provider: r.provider,
      providerLinkId: r.provider_link_id,
      url: r.url,
      ...(r.quote == null ? {} : { quote: r.quote as ForeclosureQuote }),
      createdAt: r.created_at,
    };
  }
}

/** The columns a decision changes. */
function paymentToRow(p: LoanPayment) {
  return {
    status: p.status,
    entered_by: p.enteredBy ?? null,
    decided_by: p.decidedBy ?? null,
    decided_at: p.decidedAt ?? null,
    note: p.note ?? null,
    journal_entry_id: p.journalEntryId ?? null,
  };
}

function paymentFromRow(r: Selectable<LoanPaymentsTable>): LoanPayment {
  return {
    id: r.id,
    brandId: r.brand_id,
    loanId: r.loan_id,
    source: r.source as LoanPayment['source'],
    provider: r.provider,
    providerPaymentId: r.provider_payment_id,
    purpose: r.purpose as LoanPayment['purpose'],
    amount: Money.of(r.amount, r.currency),
    receivedOn: localDate(r.received_on),
    status: r.status as LoanPayment['status'],
    ...(r.entered_by === null ? {} : { enteredBy: r.entered_by }),
    ...(r.decided_by === null ? {} : { decidedBy: r.decided_by }),
    ...(r.decided_at === null ? {} : { decidedAt: r.decided_at }),
    ...(r.note === null ? {} : { note: r.note }),
    ...(r.journal_entry_id === null ? {} : { journalEntryId: r.journal_entry_id }),
    createdAt: r.created_at,
  };
}
