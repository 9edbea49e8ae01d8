import { Money, localDate } from '@los/domain';
import type { QuoteLoanInput } from '@los/application';
import type { z } from 'zod';
import type { quoteBodySchema } from '../schemas.js';

/** The quote use case's input from a validated quote body, for the customer and the staff route alike. */
export function quoteInput(body: z.output<typeof quoteBodySchema>): Pick<QuoteLoanInput, 'productId' | 'amount' | 'tenure' | 'disbursementDate'> {
  return {
    productId: body.productId,
    amount: Money.of(body.amount.amount, body.amount.currency),
    tenure: body.tenure,
    ...(body.disbursementDate ? { disbursementDate: localDate(body.disbursementDate) } : {}),
  };
}
