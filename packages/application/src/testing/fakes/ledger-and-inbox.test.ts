import { describeLedgerRepositoryContract } from '../contracts/ledger-repository.contract.js';
import { describeWebhookInboxContract } from '../contracts/webhook-inbox.contract.js';
import { InMemoryLedgerRepository } from './in-memory-ledger-repository.js';
import { InMemoryWebhookInbox } from './in-memory-webhook-inbox.js';

describeLedgerRepositoryContract({ name: 'InMemoryLedgerRepository', create: async () => ({ ledger: new InMemoryLedgerRepository() }) });

describeWebhookInboxContract({
  name: 'InMemoryWebhookInbox',
  create: async () => {
    const inbox = new InMemoryWebhookInbox();
    return { inbox, outboxIds: async () => inbox.outbox.map((m) => m.id) };
  },
});
