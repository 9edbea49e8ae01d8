import type { BrandRepository } from './brand-repository.js';
import type { CustomerRepository } from './customer-repository.js';
import type { LoanRepository } from './loan-repository.js';
import type { Outbox, ProcessedMessages } from './outbox.js';
import type { StaffRepository } from './staff-repository.js';
import type { AllocationRepository } from './allocation-repository.js';
import type { CollectionRepository } from './collection-repository.js';
import type { DecisionRepository } from './decision-repository.js';
import type { LoanApplicantRepository } from './loan-applicant-repository.js';
import type { RuleSetRepository } from './rule-set-repository.js';

/** The repositories of one transaction (or of no transaction, for plain reads). */
export interface Repositories {
  readonly brands: BrandRepository;
  readonly staff: StaffRepository;
  readonly customers: CustomerRepository;
  readonly loans: LoanRepository;
  readonly outbox: Outbox;
  readonly processedMessages: ProcessedMessages;
  readonly ruleSets: RuleSetRepository;
  readonly decisions: DecisionRepository;
  readonly applicants: LoanApplicantRepository;
  readonly allocation: AllocationRepository;
  readonly collections: CollectionRepository;
}

/**
 * Runs work in one database transaction: everything it writes through the repositories it is handed
 * (state and outbox events alike) commits together, or nothing does if it throws.
 */
export interface UnitOfWork {
  run<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
}
