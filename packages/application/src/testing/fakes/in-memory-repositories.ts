import type { Repositories } from '../../ports/unit-of-work.js';
import { InMemoryBrandRepository } from './in-memory-brand-repository.js';
import { InMemoryCustomerRepository } from './in-memory-customer-repository.js';
import { InMemoryLoanRepository } from './in-memory-loan-repository.js';
import { InMemoryOutbox } from './in-memory-outbox.js';
import { InMemoryProcessedMessages } from './in-memory-processed-messages.js';
import { InMemoryStaffRepository } from './in-memory-staff-repository.js';
import type { InMemoryTables } from './in-memory-tables.js';
import { InMemoryAllocationRepository } from './in-memory-allocation-repository.js';
import { InMemoryCollectionRepository } from './in-memory-collection-repository.js';
import { InMemoryDecisionRepository } from './in-memory-decision-repository.js';
import { InMemoryLoanApplicantRepository } from './in-memory-loan-applicant-repository.js';
import { InMemoryRuleSetRepository } from './in-memory-rule-set-repository.js';

/** Every repository over one set of in-memory tables: the live ones, or a transaction's copy. */
export class InMemoryRepositories implements Repositories {
  readonly brands: InMemoryBrandRepository;
  readonly staff: InMemoryStaffRepository;
  readonly customers: InMemoryCustomerRepository;
  readonly loans: InMemoryLoanRepository;
  readonly outbox: InMemoryOutbox;
  readonly processedMessages: InMemoryProcessedMessages;
  readonly ruleSets: InMemoryRuleSetRepository;
  readonly decisions: InMemoryDecisionRepository;
  readonly applicants: InMemoryLoanApplicantRepository;
  readonly allocation: InMemoryAllocationRepository;
  readonly collections: InMemoryCollectionRepository;

  constructor(tables: InMemoryTables) {
    this.brands = new InMemoryBrandRepository(tables);
    this.staff = new InMemoryStaffRepository(tables);
    this.customers = new InMemoryCustomerRepository(tables);
    this.loans = new InMemoryLoanRepository(tables);
    this.outbox = new InMemoryOutbox(tables);
    this.processedMessages = new InMemoryProcessedMessages(tables);
    this.ruleSets = new InMemoryRuleSetRepository(tables);
    this.decisions = new InMemoryDecisionRepository(tables);
    this.applicants = new InMemoryLoanApplicantRepository(tables);
    this.allocation = new InMemoryAllocationRepository(tables);
    this.collections = new InMemoryCollectionRepository(tables);
  }
}
