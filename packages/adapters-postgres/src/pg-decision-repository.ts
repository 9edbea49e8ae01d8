import type { DecisionRepository, StoredDecision, StoredEvaluation } from '@los/application';
import { type DecisionOutcome, type DecisionReason, localDate } from '@los/domain';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, DecisionsTable } from './database-schema.js';
import { isUuid } from './uuid.js';

function fromRow(row: Selectable<DecisionsTable>): StoredDecision {
  return {
    id: row.id,
    brandId: row.brand_id,
    loanId: row.loan_id,
    ruleSet: { id: row.rule_set_id, version: row.rule_set_version, fingerprint: row.rule_set_fingerprint },
    outcome: row.outcome as DecisionOutcome,
    reasons: row.reasons as DecisionReason[],
    evaluation: row.evaluation as StoredEvaluation | null,
    loanStatus: row.loan_status as StoredDecision['loanStatus'],
    explanation: row.explanation,
    facts: row.facts,
    asOf: localDate(row.as_of),
    decidedAt: row.decided_at,
  };
}

/** Decisions in PostgreSQL: insert-only (a trigger refuses updates), explanation and facts as jsonb. */
export class PgDecisionRepository implements DecisionRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async add(d: StoredDecision): Promise<void> {
    await this.db
      .insertInto('decisions')
      .values({
        id: d.id,
        brand_id: d.brandId,
        loan_id: d.loanId,
        rule_set_id: d.ruleSet.id,
        rule_set_version: d.ruleSet.version,
        rule_set_fingerprint: d.ruleSet.fingerprint,
        outcome: d.outcome,
        loan_status: d.loanStatus,
        reasons: JSON.stringify(d.reasons),
        evaluation: d.evaluation === null ? null : JSON.stringify(d.evaluation),
        explanation: JSON.stringify(d.explanation),
        facts: JSON.stringify(d.facts),
        as_of: d.asOf,
        decided_at: d.decidedAt,
      })
      .execute();
  }

  async findById(brandId: string, decisionId: string): Promise<StoredDecision | null> {
    if (!isUuid(brandId) || !isUuid(decisionId)) return null;
    const row = await this.db.selectFrom('decisions').selectAll().where('brand_id', '=', brandId).where('id', '=', decisionId).executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  async findLatestForLoan(brandId: string, loanId: string): Promise<StoredDecision | null> {
    if (!isUuid(brandId) || !isUuid(loanId)) return null;
    const row = await this.db
      .selectFrom('decisions')
      .selectAll()
      .where('brand_id', '=', brandId)
      .where('loan_id', '=', loanId)
      .orderBy('decided_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  async listLatestByRuleSet(brandId: string, ruleSetId: string, limit: number): Promise<StoredDecision[]> {
    if (!isUuid(brandId)) return [];
    // Each loan's newest decision first (DISTINCT ON keeps the first row per loan), then those the rule set made.
    const latest = this.db
      .selectFrom('decisions')
      .selectAll()
      .distinctOn('loan_id')
      .where('brand_id', '=', brandId)
      .orderBy('loan_id')
      .orderBy('decided_at', 'desc')
      .orderBy('id', 'desc')
      .as('latest');
    const rows = await this.db
      .selectFrom(latest)
      .selectAll()
      .where('rule_set_id', '=', ruleSetId)
      .orderBy('decided_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(fromRow);
  }
}
