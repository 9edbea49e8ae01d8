import type { Repositories } from '../../ports/unit-of-work.js';
import { InMemoryBrandRepository } from './in-memory-brand-repository.js';
import { InMemoryCustomerRepository } from './in-memory-customer-repository.js';
import { InMemoryLoanRepository } from './in-memory-loan-repository.js';
import { InMemoryOutbox } from './in-memory-outbox.js';
import { InMemoryProcessedMessages } from './in-memory-processed-messages.js';
import { InMemoryStaffRepository } from './in-memory-staff-repository.js';
import type { InMemoryTables } from './in-memory-tables.js';

/** Every repository over one set of in-memory tables: the live ones, or a transaction's copy. */
export class InMemoryRepositories implements Repositories {
  readonly brands: InMemoryBrandRepository;
  readonly staff: InMemoryStaffRepository;
  readonly customers: InMemoryCustomerRepository;
  readonly loans: InMemoryLoanRepository;
  readonly outbox: InMemoryOutbox;
  readonly processedMessages: InMemoryProcessedMessages;

  constructor(tables: InMemoryTables) {
    this.brands = new InMemoryBrandRepository(tables);
    this.staff = new InMemoryStaffRepository(tables);
    this.customers = new InMemoryCustomerRepository(tables);
    this.loans = new InMemoryLoanRepository(tables);
    this.outbox = new InMemoryOutbox(tables);
    this.processedMessages = new InMemoryProcessedMessages(tables);
  }
}
