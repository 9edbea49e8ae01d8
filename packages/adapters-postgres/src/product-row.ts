import { type LoanProduct, type ProcessingFee, type TenureUnit, Money, Rate } from '@los/domain';
import type { Insertable, Selectable } from 'kysely';
import type { LoanProductsTable, ProcessingFeeJson } from './database-schema.js';
import { exactDecimal } from './exact-decimal.js';

const moneyJson = (m: Money) => ({ amount: exactDecimal(m.amount, 2, 'fee amount'), currency: m.currency });

function feeToJson(fee: ProcessingFee): ProcessingFeeJson {
  if (fee.kind === 'FLAT') return { kind: 'FLAT', ...moneyJson(fee.amount) };
  return {
    kind: 'PERCENT',
    ratePercent: exactDecimal(fee.rate.toPercent(), 4, 'fee rate'),
    ...(fee.min ? { min: moneyJson(fee.min) } : {}),
    ...(fee.max ? { max: moneyJson(fee.max) } : {}),
  };
}

function feeFromJson(json: ProcessingFeeJson): ProcessingFee {
  if (json.kind === 'FLAT') return { kind: 'FLAT', amount: Money.of(json.amount, json.currency) };
  return {
    kind: 'PERCENT',
    rate: Rate.percent(json.ratePercent),
    ...(json.min ? { min: Money.of(json.min.amount, json.min.currency) } : {}),
    ...(json.max ? { max: Money.of(json.max.amount, json.max.currency) } : {}),
  };
}

/** A product as a `loan_products` row. */
export function productToRow(p: LoanProduct): Insertable<LoanProductsTable> {
  return {
    id: p.id,
    brand_id: p.brandId,
    code: p.code,
    name: p.name,
    currency: p.currency,
    min_amount: exactDecimal(p.minAmount.amount, 2, 'minimum amount'),
    max_amount: exactDecimal(p.maxAmount.amount, 2, 'maximum amount'),
    tenure_unit: p.tenureUnit,
    allowed_tenures: [...p.allowedTenures],
    annual_rate_percent: exactDecimal(p.annualRate.toPercent(), 4, 'annual rate'),
    processing_fee: JSON.stringify(feeToJson(p.processingFee)),
    active: p.active,
  };
}

/** A `loan_products` row as a product. */
export function productFromRow(row: Selectable<LoanProductsTable>): LoanProduct {
  return {
    id: row.id,
    brandId: row.brand_id,
    code: row.code,
    name: row.name,
    currency: row.currency,
    minAmount: Money.of(row.min_amount, row.currency),
    maxAmount: Money.of(row.max_amount, row.currency),
    tenureUnit: row.tenure_unit as TenureUnit,
    allowedTenures: row.allowed_tenures,
    annualRate: Rate.percent(row.annual_rate_percent),
    processingFee: feeFromJson(row.processing_fee),
    active: row.active,
  };
}
