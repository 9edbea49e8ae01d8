import type { Repositories } from '@los/application';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';
import { PgBrandRepository } from './pg-brand-repository.js';
import { PgCustomerRepository } from './pg-customer-repository.js';
import { PgLoanRepository } from './pg-loan-repository.js';
import { PgOutbox } from './pg-outbox.js';
import { PgProcessedMessages } from './pg-processed-messages.js';
import { PgStaffRepository } from './pg-staff-repository.js';
import { PgAllocationRepository } from './pg-allocation-repository.js';
import { PgCollectionRepository } from './pg-collection-repository.js';
import { PgDecisionRepository } from './pg-decision-repository.js';
import { PgLoanApplicantRepository } from './pg-loan-applicant-repository.js';
import { PgRuleSetRepository } from './pg-rule-set-repository.js';

/** Every repository over one Kysely instance: the database itself, or a transaction. */
export function createPgRepositories(db: Kysely<DatabaseSchema>): Repositories {
  return {
    brands: new PgBrandRepository(db),
    staff: new PgStaffRepository(db),
    customers: new PgCustomerRepository(db),
    loans: new PgLoanRepository(db),
    outbox: new PgOutbox(db),
    processedMessages: new PgProcessedMessages(db),
    ruleSets: new PgRuleSetRepository(db),
    decisions: new PgDecisionRepository(db),
    applicants: new PgLoanApplicantRepository(db),
    allocation: new PgAllocationRepository(db),
    collections: new PgCollectionRepository(db),
  };
}
