import { describeDayEndCloseContract } from '../../testing/contracts/day-end-close.contract.js';
import { InMemoryLifecycleUnitOfWork } from '../../testing/fakes/in-memory-lifecycle-unit-of-work.js';
import { InMemoryTables } from '../../testing/fakes/in-memory-tables.js';
import { InMemoryUnitOfWork } from '../../testing/fakes/in-memory-unit-of-work.js';

describeDayEndCloseContract({ name: 'in-memory', create: async () => ({ unitOfWork: new InMemoryLifecycleUnitOfWork(new InMemoryUnitOfWork(new InMemoryTables())) }) });
