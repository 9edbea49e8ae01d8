import { createHash, hkdfSync } from 'node:crypto';
import { join } from 'node:path';
import {
  BrandRoutedPaymentGateway,
  type BrandProvidersDeps,
  type DocumentRenderer,
  GetBrandProviders,
  type ProviderAvailability,
  type ProviderRegistry,
  type Repositories,
  SetBrandProviders,
  type DocumentStore,
  type ESignProvider,
  type KycVerifier,
  type LedgerRepository,
  type PaymentGateway,
  type PayoutProvider,
  ReceiveWebhook,
  type WebhookInbox,
  type WebhookSource,
} from '@los/application';
import { LocalFolderDocumentStore, PdfmakeDocumentRenderer } from '@los/adapters-documents';
import type { ProviderRegistryUseCases } from '@los/adapters-http';
import { PgLedgerRepository, PgProviderRegistry, PgWebhookInbox } from '@los/adapters-postgres';
import {
  CashfreePaymentGateway,
  DigioESignProvider,
  RazorpayPaymentGateway,
  RazorpayXPayoutProvider,
  SandboxESignProvider,
  SandboxKycVerifier,
  SandboxPaymentGateway,
  SandboxPayoutProvider,
  SurepassKycVerifier,
  kycVerifierOf,
  type ProviderExchange,
} from '@los/adapters-providers';
import { ContainerModule, type ServiceIdentifier } from 'inversify';
import type { Config } from './config.js';
import type { Infrastructure } from './infrastructure.js';
import type { Logger } from './logger.js';
import { resolveSecrets } from './secrets.js';
import { ids } from './service-ids.js';

const id = <T>(name: string) => Symbol.for(`los.servicing.${name}`) as ServiceIdentifier<T>;

/** The bindings of the loan life's infrastructure: ledger, documents, providers and webhook intake. */
export const servicingIds = {
  LedgerRepository: id<LedgerRepository>('LedgerRepository'),
  WebhookInbox: id<WebhookInbox>('WebhookInbox'),
  DocumentRenderer: id<DocumentRenderer>('DocumentRenderer'),
  DocumentStore: id<DocumentStore>('DocumentStore'),
  /** The deployment default payment gateway (Razorpay, else Cashfree, else the sandbox). */
  PaymentGateway: id<PaymentGateway>('PaymentGateway'),
  /** The gateway payment links are created through: each brand's provider order, with failover. */
  PaymentLinkGateway: id<PaymentGateway>('PaymentLinkGateway'),
  ProviderRegistry: id<ProviderRegistry>('ProviderRegistry'),
  /** The brand ADMIN's provider registry routes. */
  ProviderRegistryUseCases: id<ProviderRegistryUseCases>('ProviderRegistryUseCases'),
  PayoutProvider: id<PayoutProvider>('PayoutProvider'),
  ESignProvider: id<ESignProvider>('ESignProvider'),
  KycVerifier: id<KycVerifier>('KycVerifier'),
  /** Every provider whose signed callbacks /api/v1/webhooks/:provider accepts. */
  WebhookSources: id<readonly WebhookSource[]>('WebhookSources'),
  ReceiveWebhook: id<ReceiveWebhook>('ReceiveWebhook'),
} as const;

/** Where signed document links point; the HTTP document route serves this prefix. */
export const DOCUMENT_LINK_PATH = '/api/v1/documents';

/** A key for one purpose derived from a root secret (HKDF-SHA256), so one leaked key exposes no other. */
function derivedKey(root: string, purpose: string): string {
  return Buffer.from(hkdfSync('sha256', root, 'los', purpose, 32)).toString('hex');
}

/** The real adapters where credentials are configured, the sandboxes elsewhere. */
function providers(config: Config, sandboxSecret: (purpose: string) => string, logger: Logger) {
  const { razorpay: razorpayKeys, cashfree: cashfreeKeys, digio: digioKeys, surepassToken } = config.providers;
  // Every real exchange goes to the log, redacted by the adapter, as the provider audit trail.
  const audit = { audit: (exchange: ProviderExchange) => logger.info({ component: 'provider', ...exchange }, `${exchange.provider} ${exchange.method} ${exchange.path} ${exchange.status}`) };
  const razorpay = razorpayKeys && { ...razorpayKeys, ...audit };
  const cashfree = cashfreeKeys && { ...cashfreeKeys, ...audit };
  const digio = digioKeys && { ...digioKeys, ...audit };
  const razorpayGateway = razorpay ? new RazorpayPaymentGateway(razorpay) : undefined;
  const cashfreeGateway = cashfree ? new CashfreePaymentGateway({ ...cashfree, webhookSecret: cashfree.clientSecret }) : undefined;
  const sandboxPayments = new SandboxPaymentGateway({ webhookSecret: sandboxSecret('sandbox payments webhook') });
  const gateway: PaymentGateway = razorpayGateway ?? cashfreeGateway ?? sandboxPayments;
  // What a brand may choose for payment links: the gateways with credentials, and the sandbox in embedded mode only.
  const paymentGateways = ([razorpayGateway, cashfreeGateway, config.mode === 'embedded' ? sandboxPayments : undefined] as (PaymentGateway | undefined)[]).filter((g): g is PaymentGateway => g !== undefined);
  const esign: ESignProvider = digio ? new DigioESignProvider(digio) : new SandboxESignProvider({ webhookSecret: sandboxSecret('sandbox e-sign webhook') });
  const payouts: PayoutProvider =
    razorpay?.payoutAccountNumber ? new RazorpayXPayoutProvider({ keyId: razorpay.keyId, keySecret: razorpay.keySecret, sourceAccountNumber: razorpay.payoutAccountNumber, ...audit }) : new SandboxPayoutProvider();
  const kyc = kycVerifierOf(surepassToken ? new SurepassKycVerifier({ token: surepassToken, ...audit }) : new SandboxKycVerifier());
  // Sandbox callbacks are accepted only in embedded mode: production never trusts a simulator.
  const sources: WebhookSource[] = [razorpayGateway, cashfreeGateway, gateway === sandboxPayments && config.mode === 'embedded' ? sandboxPayments : undefined, esign].filter(
    (s): s is NonNullable<typeof s> => s !== undefined && (config.mode === 'embedded' || !s.provider.startsWith('sandbox')),
  );
  return { gateway, paymentGateways, esign, payouts, kyc, sources };
}

/**
 * Binds the ledger and webhook inbox (over the connected database), the PDF renderer and the local-folder
 * document store (under the data folder, links signed with DOCUMENT_LINK_SECRET or a key derived from the
 * JWT secret), the provider adapters and the ReceiveWebhook use case.
 */
export function servicingModule(config: Config, infra: Infrastructure, logger: Logger): ContainerModule {
  const secrets = resolveSecrets(config);
  const sandboxSecret = (purpose: string) => derivedKey(secrets.jwtSecret, purpose);
  return new ContainerModule(({ bind }) => {
    const p = providers(config, sandboxSecret, logger);
    bind(servicingIds.LedgerRepository).toConstantValue(new PgLedgerRepository(infra.database.db));
    bind(servicingIds.WebhookInbox).toConstantValue(new PgWebhookInbox(infra.database.db));
    bind(servicingIds.DocumentRenderer).toConstantValue(new PdfmakeDocumentRenderer());
    bind(servicingIds.DocumentStore).toConstantValue(
      new LocalFolderDocumentStore({ root: join(config.dataDir, 'documents'), secret: config.documentLinkSecret ?? sandboxSecret('document links'), basePath: DOCUMENT_LINK_PATH }),
    );
    bind(servicingIds.PaymentGateway).toConstantValue(p.gateway);
    const registry = new PgProviderRegistry(infra.database.db);
    bind(servicingIds.ProviderRegistry).toConstantValue(registry);
    bind(servicingIds.PaymentLinkGateway).toConstantValue(
      new BrandRoutedPaymentGateway({
        registry,
        gateways: p.paymentGateways,
        fallback: p.gateway,
        onFailover: ({ brandId, capability, from, to, error }) =>
          logger.warn({ component: 'provider', brandId, capability, from, to, err: error }, `${capability} failed over from ${from} to ${to} for brand ${brandId}`),
      }),
    );
    const availability: ProviderAvailability = { PAYMENT_LINKS: { available: p.paymentGateways.map((g) => g.provider), defaultProvider: p.gateway.provider } };
    bind(servicingIds.ProviderRegistryUseCases)
      .toResolvedValue((repositories: Repositories): ProviderRegistryUseCases => {
        const deps: BrandProvidersDeps = { repositories, registry, availability };
        return { getBrandProviders: new GetBrandProviders(deps), setBrandProviders: new SetBrandProviders(deps) };
      }, [ids.Repositories])
      .inSingletonScope();
    bind(servicingIds.PayoutProvider).toConstantValue(p.payouts);
    bind(servicingIds.ESignProvider).toConstantValue(p.esign);
    bind(servicingIds.KycVerifier).toConstantValue(p.kyc);
    bind(servicingIds.WebhookSources).toConstantValue(p.sources);
    bind(servicingIds.ReceiveWebhook)
      .toResolvedValue(
        (sources, inbox, clock, idGen) => new ReceiveWebhook({ sources, inbox, clock, ids: idGen, sha256: (text) => createHash('sha256').update(text, 'utf8').digest('hex') }),
        [servicingIds.WebhookSources, servicingIds.WebhookInbox, ids.Clock, ids.IdGenerator],
      )
      .inSingletonScope();
  });
}
