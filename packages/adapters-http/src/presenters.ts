import type { LoanProduct } from '@los/domain';
import type { z } from 'zod';
import type { productSchema } from './schemas.js';

/** A product as JSON: amounts and rates as decimal strings. */
export function productJson(p: LoanProduct): z.input<typeof productSchema> {
  const fee = p.processingFee;
  return {
    id: p.id,
    brandId: p.brandId,
    code: p.code,
    name: p.name,
    currency: p.currency,
    minAmount: p.minAmount.toFixed(),
    maxAmount: p.maxAmount.toFixed(),
    tenureUnit: p.tenureUnit,
    allowedTenures: [...p.allowedTenures],
    annualRatePercent: p.annualRate.toString(),
    processingFee:
      fee.kind === 'FLAT'
        ? { kind: 'FLAT', amount: fee.amount.toFixed() }
        : { kind: 'PERCENT', percent: fee.rate.toString(), ...(fee.min ? { min: fee.min.toFixed() } : {}), ...(fee.max ? { max: fee.max.toFixed() } : {}) },
    active: p.active,
  };
}
