import type { DecisionRepository, StoredDecision } from '../../ports/decision-repository.js';
import { jsonCopy } from './in-memory-decisioning-rows.js';
import { type InMemoryTables, requireRow } from './in-memory-tables.js';

/** Decisions in memory: insert and read only, stored as JSON so no caller can change one afterwards. */
export class InMemoryDecisionRepository implements DecisionRepository {
  constructor(private readonly tables: InMemoryTables) {}

  async add(decision: StoredDecision): Promise<void> {
    if (this.tables.decisions.has(decision.id)) throw new Error(`decision ${decision.id} already exists`);
    requireRow(this.tables.loans.get(decision.loanId)?.brandId === decision.brandId, `loan ${decision.loanId} of brand ${decision.brandId}`);
    this.tables.decisions.set(decision.id, { ...jsonCopy(decision), decidedAt: decision.decidedAt });
  }

  async findById(brandId: string, decisionId: string): Promise<StoredDecision | null> {
    const d = this.tables.decisions.get(decisionId);
    return d && d.brandId === brandId ? copyOut(d) : null;
  }

  async findLatestForLoan(brandId: string, loanId: string): Promise<StoredDecision | null> {
    const mine = newestFirst([...this.tables.decisions.values()].filter((d) => d.brandId === brandId && d.loanId === loanId));
    return mine[0] ? copyOut(mine[0]) : null;
  }

  async listLatestByRuleSet(brandId: string, ruleSetId: string, limit: number): Promise<StoredDecision[]> {
    const latest = new Map<string, StoredDecision>();
    for (const d of newestFirst([...this.tables.decisions.values()].filter((d) => d.brandId === brandId))) if (!latest.has(d.loanId)) latest.set(d.loanId, d);
    return [...latest.values()].filter((d) => d.ruleSet.id === ruleSetId).slice(0, limit).map(copyOut);
  }
}

function newestFirst(decisions: StoredDecision[]): StoredDecision[] {
  return decisions.sort((a, b) => b.decidedAt.getTime() - a.decidedAt.getTime() || (a.id < b.id ? 1 : -1));
}

function copyOut(d: StoredDecision): StoredDecision {
  return { ...jsonCopy(d), decidedAt: d.decidedAt };
}
