import { type LoanProduct, Loan, Money, Rate } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { DocumentRenderer, DocumentStore, StoredDocument } from '../../ports/documents.js';
import type { ESignProvider, SignatureRequest, SignatureStatus } from '../../ports/esign-provider.js';
import type { StaffRole } from '../../ports/staff-repository.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { InMemoryLifecycleUnitOfWork } from '../../testing/fakes/in-memory-lifecycle-unit-of-work.js';
import { InMemoryOutboxStore } from '../../testing/fakes/in-memory-outbox-store.js';
import { InMemoryRepositories } from '../../testing/fakes/in-memory-repositories.js';
import { InMemoryTables } from '../../testing/fakes/in-memory-tables.js';
import { InMemoryUnitOfWork } from '../../testing/fakes/in-memory-unit-of-work.js';
import { SequentialIdGenerator } from '../../testing/fakes/sequential-id-generator.js';

export const brandId = '00000000-0000-7000-8000-0000000000b1';
export const productId = '00000000-0000-7000-8000-0000000000a1';
export const customerId = '00000000-0000-7000-8000-0000000000c1';

export function staff(userId: string, ...roles: StaffRole[]): Actor {
  return { kind: 'staff', userId, superAdmin: false, roles: roles.map((role) => ({ brandId, role })) };
}

/** Renders a PDF-looking byte string naming the document, and remembers what it rendered. */
export class RecordingRenderer implements DocumentRenderer {
  readonly rendered: string[] = [];
  async renderKeyFactsStatement(input: { readonly loanReference: string }): Promise<Uint8Array> {
    this.rendered.push(`kfs:${input.loanReference}`);
    return new TextEncoder().encode(`%PDF-1.7 KFS ${input.loanReference}`);
  }
  async renderLoanAgreement(input: { readonly agreementNumber: string }): Promise<Uint8Array> {
    this.rendered.push(`agreement:${input.agreementNumber}`);
    return new TextEncoder().encode(`%PDF-1.7 ${input.agreementNumber}`);
  }
  async renderNoc(): Promise<Uint8Array> {
    throw new Error('not used here');
  }
}

/** Documents in a map; signed links carry the expiry and are checked against it. */
export class MapDocumentStore implements DocumentStore {
  readonly files = new Map<string, Uint8Array>();
  async put(key: string, bytes: Uint8Array, contentType: string): Promise<StoredDocument> {
    this.files.set(key, bytes);
    return { key, contentType, byteLength: bytes.length, sha256: 'x' };
  }
  async get(key: string): Promise<{ readonly bytes: Uint8Array; readonly contentType: string } | null> {
    const bytes = this.files.get(key);
    return bytes ? { bytes, contentType: 'application/pdf' } : null;
  }
  signedUrl(key: string, expiresInSeconds: number, now: Date): string {
    return `/documents/${key}?expires=${Math.floor(now.getTime() / 1000) + expiresInSeconds}&sig=ok`;
  }
  verifySignedUrl(pathAndQuery: string, now: Date): string | null {
    const m = /^\/documents\/(.+)\?expires=(\d+)&sig=ok$/.exec(pathAndQuery);
    return m && Number(m[2]) * 1000 >= now.getTime() ? (m[1] ?? null) : null;
  }
}

/** An e-sign provider that hands out sequential request ids. */
export class RecordingESign implements ESignProvider {
  readonly provider = 'recording';
  readonly requests: SignatureRequest[] = [];
  async requestSignature(request: SignatureRequest): Promise<SignatureStatus> {
    this.requests.push(request);
    return { providerDocumentId: `DID-${this.requests.length}`, state: 'REQUESTED', signingUrl: `https://sign.example/${this.requests.length}` };
  }
  async status(providerDocumentId: string): Promise<SignatureStatus> {
    return { providerDocumentId, state: 'REQUESTED' };
  }
  parseWebhook(): never {
    throw new Error('not used here');
  }
}

/** The CAM policy the lifecycle tests appraise with: FOIR up to 50%, amounts to the paisa, loans in steps of 1000. */
export const camPolicy = {
  eligibleFoir: Rate.percent('50'),
  rounding: { amounts: { dp: 2, mode: 'HALF_UP' as const }, percent: { dp: 2, mode: 'HALF_UP' as const }, loanStep: '1000' },
  dayCount: 'ACT/365' as const,
};

/** A brand with one monthly product, a customer, limits and reasons, and a loan under review. */
export async function lifecycleWorld(amount = '50000') {
  const clock = new FixedClock('2026-11-23T10:00:00Z');
  const tables = new InMemoryTables();
  const repositories = new InMemoryRepositories(tables);
  const unitOfWork = new InMemoryLifecycleUnitOfWork(new InMemoryUnitOfWork(tables));
  const outboxStore = new InMemoryOutboxStore(tables, clock);
  const ids = new SequentialIdGenerator();
  const product: LoanProduct = {
    id: productId, brandId, code: 'pl', name: 'Personal loan', currency: 'INR',
    minAmount: Money.of('10000'), maxAmount: Money.of('500000'), tenureUnit: 'MONTH', allowedTenures: [12],
    annualRate: Rate.percent('18'), processingFee: { kind: 'FLAT', amount: Money.of('500') }, active: true,
  };
  await repositories.brands.add({ id: brandId, code: 'demo', name: 'Demo Finance', createdAt: clock.now() });
  await repositories.brands.addProduct(product);
  await repositories.customers.addOrGet({ id: customerId, brandId, phone: '+919812345678', createdAt: clock.now() });
  await unitOfWork.run(async (repos) => {
    await repos.lifecycle.setSanctionLimit(brandId, { role: 'SANCTION_MANAGER', maxAmount: Money.of('100000') });
    await repos.lifecycle.setSanctionLimit(brandId, { role: 'SANCTION_HEAD' });
    await repos.lifecycle.setRejectionReason(brandId, { code: 'INCOME_UNVERIFIED', label: 'Income could not be verified' });
  });
  const applied = Loan.apply({ id: 'loan-1', brandId, customerId, product, amount: Money.of(amount), tenure: 12, at: clock.now() });
  if (!applied.ok) throw new Error('fixture loan does not fit the product');
  const loan = applied.value;
  loan.screen(product, clock.now());
  loan.pullEvents();
  await repositories.loans.add(loan);
  return { clock, tables, repositories, unitOfWork, outboxStore, ids, product, loanId: loan.id };
}
