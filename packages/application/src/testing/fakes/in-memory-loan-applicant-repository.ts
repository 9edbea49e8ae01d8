import { Money } from '@los/domain';
import type { LoanApplicant, LoanApplicantRepository } from '../../ports/loan-applicant-repository.js';
import { type InMemoryTables, requireRow } from './in-memory-tables.js';
import { requireScale } from './require-scale.js';

/** Applicant declarations in memory, one per loan. */
export class InMemoryLoanApplicantRepository implements LoanApplicantRepository {
  constructor(private readonly tables: InMemoryTables) {}

  async add(brandId: string, loanId: string, applicant: LoanApplicant): Promise<void> {
    requireRow(this.tables.loans.get(loanId)?.brandId === brandId, `loan ${loanId} of brand ${brandId}`);
    if (this.tables.applicants.has(loanId)) throw new Error(`loan ${loanId} already has an applicant`);
    if (applicant.monthlyIncome) requireScale(applicant.monthlyIncome.amount, 2, 'monthly income');
    this.tables.applicants.set(loanId, { brandId, loanId, applicant: { ...applicant } });
  }

  async find(brandId: string, loanId: string): Promise<LoanApplicant | null> {
    const row = this.tables.applicants.get(loanId);
    if (!row || row.brandId !== brandId) return null;
    const { monthlyIncome, ...rest } = row.applicant;
    return { ...rest, ...(monthlyIncome ? { monthlyIncome: Money.of(monthlyIncome.toFixed(), monthlyIncome.currency) } : {}) };
  }
}
