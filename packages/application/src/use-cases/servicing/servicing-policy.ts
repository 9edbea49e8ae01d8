import { type Money, Rate, type Rounding } from '@los/domain';

/** The money rules of servicing a brand's loans. */
export interface ServicingPolicy {
  /** Foreclosure charge as a share of the outstanding principal (0: RBI bars it on floating-rate loans to individuals). */
  readonly foreclosureChargeRate: Rate;
  readonly gstRate: Rate;
  readonly rounding: Rounding;
  /** The charge (before GST) for a bounced payment, when the brand's KFS discloses one; none when absent. */
  readonly bounceCharge?: Money;
}

/** No foreclosure charge, 18% GST on charges, amounts to the paisa rounded half up. */
export const DEFAULT_SERVICING_POLICY: ServicingPolicy = {
  foreclosureChargeRate: Rate.percent('0'),
  gstRate: Rate.percent('18'),
  rounding: { dp: 2, mode: 'HALF_UP' },
};
