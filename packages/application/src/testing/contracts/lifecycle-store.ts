import { afterAll, beforeAll } from 'vitest';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';

/** What a lifecycle-store contract run is handed: a unit of work, and how to close it. */
export interface LifecycleStore {
  readonly unitOfWork: LifecycleUnitOfWork;
  close?(): Promise<void>;
}

/**
 * Opens the store once for the enclosing suite and closes it after; the returned function reads the unit of
 * work inside a test.
 */
export function useLifecycleStore(create: () => Promise<LifecycleStore>): () => LifecycleUnitOfWork {
  let store: LifecycleStore | undefined;
  beforeAll(async () => {
    store = await create();
  });
  afterAll(async () => {
    await store?.close?.();
  });
  return () => {
    if (!store) throw new Error('the lifecycle store is not open yet');
    return store.unitOfWork;
  };
}
