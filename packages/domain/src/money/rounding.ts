import { Decimal } from './decimal.js';

type DecimalRounding = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** How a value is rounded. There is no default: every call site names its mode. */
export type RoundingMode = 'HALF_UP' | 'HALF_EVEN' | 'HALF_DOWN' | 'DOWN' | 'UP' | 'CEILING' | 'FLOOR';

/** A rounding rule: decimal places and mode, or a multiple to round to (an EMI up to the next 10 rupees). */
export type Rounding =
  | { readonly dp: number; readonly mode: RoundingMode }
  | { readonly multiple: string; readonly mode: RoundingMode };

const MODES: Record<RoundingMode, DecimalRounding> = {
  HALF_UP: Decimal.ROUND_HALF_UP,
  HALF_EVEN: Decimal.ROUND_HALF_EVEN,
  HALF_DOWN: Decimal.ROUND_HALF_DOWN,
  DOWN: Decimal.ROUND_DOWN,
  UP: Decimal.ROUND_UP,
  CEILING: Decimal.ROUND_CEIL,
  FLOOR: Decimal.ROUND_FLOOR,
};

/** Rounds a Decimal by an explicit rule. */
export function roundDecimal(value: Decimal, rounding: Rounding): Decimal {
  const mode = MODES[rounding.mode];
  if ('dp' in rounding) return value.toDecimalPlaces(rounding.dp, mode);
  const multiple = new Decimal(rounding.multiple);
  if (multiple.lte(0)) throw new RangeError('rounding multiple must be positive');
  return value.div(multiple).toDecimalPlaces(0, mode).mul(multiple);
}
