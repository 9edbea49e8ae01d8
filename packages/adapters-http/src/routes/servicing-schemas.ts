import { z } from 'zod';
import { amountSchema, idSchema, localDateSchema, moneySchema } from '../schemas.js';

/** Money as a decimal string in a response (may be negative for reversals, never a JSON number). */
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);

/** A disbursal request's outcome once the payout provider answered (or could not be reached). */
export const disbursalSchema = z.object({
  requestId: z.string(),
  outcome: z.enum(['DISBURSED', 'FAILED', 'PROVIDER_UNREACHABLE']),
  status: z.string(),
  utr: z.string().optional(),
  failure: z.string().optional(),
});

/** A disbursed loan's schedule with each instalment's paid status. */
export const loanScheduleSchema = z.object({
  loanId: idSchema,
  status: z.string(),
  asOf: z.string(),
  currency: z.string(),
  disbursedOn: z.string(),
  netDisbursed: decimal,
  outstanding: decimal,
  dueNow: decimal,
  excessHeld: decimal,
  daysPastDue: z.number().int(),
  nextDue: z.object({ dueDate: z.string(), amount: decimal }).nullable(),
  instalments: z.array(z.object({ number: z.number().int(), dueDate: z.string(), principal: decimal, interest: decimal, amount: decimal, paid: decimal, status: z.string() })),
});

/** A loan's journal entries and the balances they add up to. */
export const loanLedgerSchema = z.object({
  loanId: idSchema,
  balances: z.object({ principal: decimal, interest: decimal, fees: decimal, penal: decimal, excess: decimal }),
  entries: z.array(
    z.object({
      id: z.string(),
      businessDate: z.string(),
      kind: z.string(),
      memo: z.string(),
      reverses: z.string().optional(),
      lines: z.array(z.object({ account: z.string(), side: z.string(), amount: decimal })),
    }),
  ),
});

/** Today's amount to close a loan, part by part. */
export const foreclosureQuoteSchema = z.object({
  asOf: z.string(),
  outstandingPrincipal: decimal,
  accruedInterest: decimal,
  arrears: decimal,
  foreclosureCharge: decimal,
  gstOnCharge: decimal,
  excessHeld: decimal,
  totalPayable: decimal,
});

/** A payment link handed to the borrower. */
export const paymentLinkSchema = z.object({
  url: z.string(),
  reference: z.string(),
  purpose: z.enum(['REPAYMENT', 'FORECLOSURE']),
  amount: moneySchema,
  quote: foreclosureQuoteSchema.optional(),
});

export const paymentStatusSchema = z.enum(['PENDING_APPROVAL', 'POSTED', 'REJECTED', 'BOUNCED']);

/** A payment as loan ops see it. */
export const paymentSchema = z.object({
  id: idSchema,
  loanId: idSchema,
  source: z.enum(['GATEWAY', 'MANUAL']),
  provider: z.string(),
  providerPaymentId: z.string(),
  purpose: z.enum(['REPAYMENT', 'FORECLOSURE']),
  amount: moneySchema,
  receivedOn: z.string(),
  status: paymentStatusSchema,
  enteredBy: z.string().optional(),
  decidedBy: z.string().optional(),
  decidedAt: z.string().optional(),
  note: z.string().optional(),
  journalEntryId: z.string().optional(),
});

/** A payment received outside the gateway (NEFT/IMPS/RTGS), identified by the bank's UTR. */
export const manualPaymentBodySchema = z.object({
  amount: amountSchema.refine((a) => /[1-9]/.test(a), 'must be more than zero'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "INR"').default('INR'),
  utr: z.string().regex(/^[A-Za-z0-9]{6,30}$/, 'must be the bank reference: 6 to 30 letters and digits'),
  receivedOn: localDateSchema,
});
