import { DomainInvariantError } from '../errors.js';
import type { LocalDate } from '../local-date.js';
import { Decimal } from '../money/decimal.js';
import { parseCalendarDate } from '../rules/calendar.js';
import type { CompiledCell } from '../rules/decision-table-cells.js';
import { EvalContext, TRUE } from '../rules/eval-context.js';
import type { FactRead } from '../rules/eval-context.js';
import type { CompiledExpr } from '../rules/compile-expression.js';
import type { Value } from '../rules/fact-value.js';

/** What the total of a scorecard decides, by the brand's thresholds. */
export type EvaluationOutcome = 'auto-approve' | 'manual-review' | 'auto-reject';

/** How one evaluation item scored. */
export interface ItemScore {
  readonly itemId: string;
  readonly facts: readonly FactRead[];
  readonly value: Value | null;
  /** The band that matched; null when the value is unknown or no band matched. */
  readonly band: string | null;
  readonly points: Decimal | null;
  readonly weight: Decimal;
  readonly weighted: Decimal | null;
}

/** The result of a scorecard: total, outcome and each item's contribution. */
export interface Evaluation {
  readonly scorecard: { readonly id: string; readonly version: number };
  readonly total: Decimal;
  readonly outcome: EvaluationOutcome;
  /** Items whose value was unknown or fell in no band; any of these forces manual review. */
  readonly unscored: readonly string[];
  readonly items: readonly ItemScore[];
}

/** A compiled item: a value, its bands and its weight. */
export interface ScoredItem {
  readonly id: string;
  readonly weight: Decimal;
  readonly value: CompiledExpr;
  readonly bands: readonly { readonly cell: CompiledCell; readonly points: Decimal }[];
}

/** Brand thresholds on the weighted total. */
export interface Thresholds {
  readonly approveAtOrAbove: Decimal;
  readonly rejectBelow: Decimal;
}

/** A scorecard compiled once; `evaluate` is pure, synchronous and explained item by item. */
export class CompiledScorecard {
  /** @internal built by compileScorecard */
  constructor(
    readonly id: string,
    readonly version: number,
    readonly thresholds: Thresholds,
    private readonly factCount: number,
    private readonly items: readonly ScoredItem[],
  ) {}

  /**
   * Scores one application. The total is Σ weight × points; it auto-approves at or above the approve
   * threshold and auto-rejects below the reject threshold. An unknown or unbanded item can never
   * auto-approve: the application goes to manual review unless the known items already reject it.
   * @throws DomainInvariantError `INVALID_AS_OF` when `asOf` is not a calendar date.
   */
  evaluate(facts: unknown, options: { readonly asOf: LocalDate }): Evaluation {
    const asOf = parseCalendarDate(options.asOf);
    if (!asOf) throw new DomainInvariantError('INVALID_AS_OF', `asOf is not a YYYY-MM-DD date: ${options.asOf}`);
    const ctx = new EvalContext(facts, asOf, this.factCount);
    let total = new Decimal(0);
    let missingWeight = new Decimal(0);
    const unscored: string[] = [];
    const items = this.items.map((item): ItemScore => {
      const value = item.value.eval(ctx);
      const band = value === undefined ? undefined : item.bands.find((b) => b.cell.test(value) === TRUE);
      const base = { itemId: item.id, facts: ctx.reads(item.value.facts), value: value ?? null, weight: item.weight };
      if (!band) {
        unscored.push(item.id);
        missingWeight = missingWeight.plus(item.weight.mul(this.maxPoints(item)));
        return { ...base, band: null, points: null, weighted: null };
      }
      const weighted = item.weight.mul(band.points);
      total = total.plus(weighted);
      return { ...base, band: band.cell.text, points: band.points, weighted };
    });
    return { scorecard: { id: this.id, version: this.version }, total, outcome: this.outcome(total, missingWeight, unscored.length > 0), unscored, items };
  }

  private maxPoints(item: ScoredItem): Decimal {
    return item.bands.reduce((max, b) => Decimal.max(max, b.points), new Decimal(0));
  }

  // Reject on what is known only if even full marks on the unknown items could not lift it over the line.
  private outcome(total: Decimal, missingWeight: Decimal, incomplete: boolean): EvaluationOutcome {
    if (total.plus(missingWeight).lt(this.thresholds.rejectBelow)) return 'auto-reject';
    if (incomplete) return 'manual-review';
    if (total.gte(this.thresholds.approveAtOrAbove)) return 'auto-approve';
    return total.lt(this.thresholds.rejectBelow) ? 'auto-reject' : 'manual-review';
  }
}

