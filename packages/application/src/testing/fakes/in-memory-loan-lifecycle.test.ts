import { describeLoanLifecycleContract } from '../contracts/loan-lifecycle.contract.js';
import { describeLoanServicingContract } from '../contracts/loan-servicing.contract.js';
import { InMemoryLifecycleUnitOfWork } from './in-memory-lifecycle-unit-of-work.js';
import { InMemoryTables } from './in-memory-tables.js';
import { InMemoryUnitOfWork } from './in-memory-unit-of-work.js';

const create = async () => ({ unitOfWork: new InMemoryLifecycleUnitOfWork(new InMemoryUnitOfWork(new InMemoryTables())) });
describeLoanLifecycleContract({ name: 'in-memory', create });
describeLoanServicingContract({ name: 'in-memory', create });
