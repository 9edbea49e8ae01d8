import { Money, localDate } from '@los/domain';
import { describe, expect, it } from 'vitest';
import type { DocumentRenderer, NocDocument } from '../../ports/documents.js';
import type { EventMessage } from '../../ports/event-message.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import type { MessageSender, OutboundMessage } from '../../ports/message-sender.js';
import { seedDisbursedLoan } from '../../testing/contracts/seed-disbursed-loan.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { InMemoryLifecycleUnitOfWork } from '../../testing/fakes/in-memory-lifecycle-unit-of-work.js';
import { InMemoryTables } from '../../testing/fakes/in-memory-tables.js';
import { InMemoryUnitOfWork } from '../../testing/fakes/in-memory-unit-of-work.js';
import { SequentialIdGenerator } from '../../testing/fakes/sequential-id-generator.js';
import { commitLoan } from '../lifecycle/lifecycle-step.js';
import { GetCustomerLoanDocuments } from '../lifecycle/customer-loan-documents.js';
import { MapDocumentStore } from '../lifecycle/lifecycle-world.fixture.js';
import { IssueNoc, nocKeyOf } from './issue-noc.js';
import { NotifyNocIssued } from './notify-noc-issued.js';

/** Renders a PDF-looking byte string per certificate and remembers each. */
class NocRenderer implements Pick<DocumentRenderer, 'renderNoc'> {
  readonly rendered: NocDocument[] = [];
  async renderNoc(input: NocDocument): Promise<Uint8Array> {
    this.rendered.push(input);
    return new TextEncoder().encode(`%PDF-1.7 ${input.referenceNumber}`);
  }
}

/** A closed loan (its events in the outbox) and the consumers over an in-memory book. */
async function closedLoan() {
  const tables = new InMemoryTables();
  const unitOfWork = new InMemoryLifecycleUnitOfWork(new InMemoryUnitOfWork(tables));
  const clock = new FixedClock('2026-07-10T06:00:00Z');
  const ids = new SequentialIdGenerator(7);
  const loan = await seedDisbursedLoan(unitOfWork, { disbursedOn: localDate('2026-01-05') });
  await unitOfWork.run(async (repos) => {
    const found = await repos.loans.findById(loan.brandId, loan.loanId);
    found!.close([Money.zero('INR')], 'REPAID', clock.now());
    await commitLoan(repos, found!, ids, undefined);
  });
  const event = (type: string): EventMessage => {
    const message = tables.outbox.map((r) => r.message).find((m) => m.type === type && m.aggregateId === loan.loanId);
    if (!message) throw new Error(`no ${type} event`);
    return message;
  };
  const nocEvents = () => tables.outbox.filter((r) => r.message.type === 'loan.noc_issued');
  const renderer = new NocRenderer();
  const store = new MapDocumentStore();
  const issueNoc = (uow: LifecycleUnitOfWork = unitOfWork) =>
    new IssueNoc({ unitOfWork: uow, renderer: renderer as unknown as DocumentRenderer, store, ids, clock, timeZone: 'Asia/Kolkata' });
  return { unitOfWork, clock, loan, event, nocEvents, renderer, store, issueNoc };
}

describe('IssueNoc', () => {
  it('issues the certificate once: stored under the loan’s key, recorded on the loan, a duplicate delivery changes nothing', async () => {
    const w = await closedLoan();
    const closed = w.event('loan.closed');
    expect(await w.issueNoc().execute(closed)).toBe('issued');
    expect(await w.issueNoc().execute(closed)).toBe('duplicate');
    expect(await w.issueNoc().execute({ ...closed, id: 'another-delivery-id' })).toBe('already-issued');
    const key = nocKeyOf(w.loan.brandId, w.loan.loanId);
    expect([...w.store.files.keys()]).toEqual([key]);
    expect(w.renderer.rendered).toHaveLength(1);
    expect(w.renderer.rendered[0]).toMatchObject({ referenceNumber: `NOC-${w.loan.loanId}`, disbursedOn: '2026-01-05', closedOn: '2026-07-10', issuedOn: '2026-07-10', sanctionedAmount: '60000.00' });
    const snapshot = await w.unitOfWork.run(async (repos) => (await repos.loans.findById(w.loan.brandId, w.loan.loanId))!.toSnapshot());
    expect(snapshot.nocKey).toBe(key);
    expect(w.nocEvents()).toHaveLength(1);
  });

  it('is issued by the redelivery after a crash between storing the PDF and the commit', async () => {
    const w = await closedLoan();
    const closed = w.event('loan.closed');
    let runs = 0;
    // The second transaction (the one that records the NOC) dies before it commits.
    const crashing: LifecycleUnitOfWork = { run: (work) => (++runs === 2 ? Promise.reject(new Error('worker killed')) : w.unitOfWork.run(work)) };
    await expect(w.issueNoc(crashing).execute(closed)).rejects.toThrow('worker killed');
    expect(w.store.files.size).toBe(1);
    expect(w.nocEvents()).toHaveLength(0);
    expect(await w.issueNoc().execute(closed)).toBe('issued');
    expect(w.store.files.size).toBe(1);
    expect(w.nocEvents()).toHaveLength(1);
  });

  it('lets the customer download the NOC by a signed link once it is issued', async () => {
    const w = await closedLoan();
    const documents = new GetCustomerLoanDocuments({ unitOfWork: w.unitOfWork, store: w.store, clock: w.clock, linkTtlSeconds: 900 });
    const actor = { kind: 'customer', brandId: w.loan.brandId, customerId: w.loan.customerId } as const;
    const kinds = async () => {
      const r = await documents.execute({ actor, loanId: w.loan.loanId });
      return r.ok ? r.value.map((d) => d.kind) : r.error.code;
    };
    expect(await kinds()).toEqual(['KFS', 'AGREEMENT']);
    await w.issueNoc().execute(w.event('loan.closed'));
    expect(await kinds()).toEqual(['KFS', 'AGREEMENT', 'NOC']);
    const r = await documents.execute({ actor, loanId: w.loan.loanId });
    const noc = r.ok ? r.value.find((d) => d.kind === 'NOC') : undefined;
    expect(w.store.verifySignedUrl(noc!.url, w.clock.now())).toBe(nocKeyOf(w.loan.brandId, w.loan.loanId));
  });
});

describe('NotifyNocIssued', () => {
  it('sends the customer one SMS per NOC, and retries a send the provider refused', async () => {
    const w = await closedLoan();
    await w.issueNoc().execute(w.event('loan.closed'));
    const issued = w.event('loan.noc_issued');
    const sent: OutboundMessage[] = [];
    let refuse = true;
    const sender: MessageSender = {
      send: async (message) => {
        if (refuse) throw new Error('provider down');
        sent.push(message);
        return { providerMessageId: `m-${sent.length}` };
      },
    };
    const notify = new NotifyNocIssued({ unitOfWork: w.unitOfWork, sender, clock: w.clock });
    await expect(notify.execute(issued)).rejects.toThrow('provider down');
    refuse = false;
    expect(await notify.execute(issued)).toBe('sent');
    expect(await notify.execute(issued)).toBe('duplicate');
    expect(sent).toEqual([
      { brandId: w.loan.brandId, channel: 'SMS', to: w.loan.phone, template: 'loan-closed-noc', variables: { brand: 'Servicing brand', loan: w.loan.loanId.slice(0, 8) } },
    ]);
  });
});
