import { describeCustomerKycRepositoryContract } from '../contracts/customer-kyc-repository.contract.js';
import { InMemoryLifecycleUnitOfWork } from './in-memory-lifecycle-unit-of-work.js';
import { InMemoryTables } from './in-memory-tables.js';
import { InMemoryUnitOfWork } from './in-memory-unit-of-work.js';

describeCustomerKycRepositoryContract({ name: 'in-memory', create: async () => ({ unitOfWork: new InMemoryLifecycleUnitOfWork(new InMemoryUnitOfWork(new InMemoryTables())) }) });
