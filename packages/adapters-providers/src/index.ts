// Public API of @los/adapters-providers: provider clients and their sandbox simulators.

// --- messaging ---
/**
 * The embedded-mode SMS/e-mail/WhatsApp simulator.
 * @example const sms = new SandboxMessageSender({ onSend: (d) => log.info(d.text) }); sms.lastTo('+919812345678')?.text
 */
export { SandboxMessageSender, type SandboxDelivery } from './messaging/sandbox-message-sender.js';
/**
 * SMS and WhatsApp through Twilio's REST API.
 * @example new TwilioMessageSender({ accountSid, authToken, from: '+15005550006' })
 */
export { TwilioMessageSender, type TwilioOptions } from './messaging/twilio-message-sender.js';
/**
 * Renders a message template.
 * @example renderTemplate('otp', { otp: '123456', brand: 'Acme', minutes: '5' })
 */
export { renderTemplate } from './messaging/templates.js';

// --- payments ---
/**
 * Collections through Razorpay Payment Links, with Razorpay webhook verification (hex HMAC-SHA256 of the raw body).
 * @example new RazorpayPaymentGateway({ keyId, keySecret, webhookSecret })
 */
export { RazorpayPaymentGateway, type RazorpayOptions } from './payments/razorpay-payment-gateway.js';
/**
 * Collections through Cashfree Payment Links, with Cashfree webhook verification (base64 HMAC-SHA256 of timestamp + body, time window).
 * @example new CashfreePaymentGateway({ clientId, clientSecret, webhookSecret: clientSecret })
 */
export { CashfreePaymentGateway, type CashfreeOptions } from './payments/cashfree-payment-gateway.js';
/**
 * The embedded payment gateway: in-memory links, and `simulatePayment` for the signed callback a payment would send.
 * @example const callback = new SandboxPaymentGateway({ webhookSecret }).simulatePayment(link.providerLinkId)
 */
export { SandboxPaymentGateway } from './payments/sandbox-payment-gateway.js';
/**
 * The providers' webhook signature schemes, with constant-time checks.
 * @example checkRazorpaySignature(headers, rawBody, secret) // null when genuine, else the rejection
 */
export { razorpaySignature, checkRazorpaySignature } from './payments/razorpay-signature.js';
/** @example checkCashfreeSignature(headers, rawBody, secret, now, 300) */
export { cashfreeSignature, checkCashfreeSignature } from './payments/cashfree-signature.js';
/** @example signaturesMatch(received, hmacSha256(secret, rawBody, 'hex')) */
export { hmacSha256, signaturesMatch } from './payments/webhook-signature.js';
/**
 * The HTTP call every provider client makes: injectable fetch, timeout, retries with backoff for safe calls.
 * @throws ProviderError on a 5xx after the retries, or when the provider cannot be reached.
 * @example await callProvider('Razorpay', { baseUrl }, { method: 'GET', path: '/v1/payouts/pout_1', headers, retry: true })
 */
export { callProvider, basicAuth, clientHttp, ProviderError, type ProviderHttpOptions, type ProviderExchange } from './payments/provider-http.js';
/**
 * Provider requests and responses fit for the audit trail: secrets and personal data removed, identifiers cut to four characters.
 * @example redactForAudit({ id_number: 'ABCPE1234F', full_name: 'Asha Rao' }) // { id_number: '…234F', full_name: '[redacted]' }
 */
export { redactForAudit } from './payments/redact-for-audit.js';
/**
 * Pauses calls to a provider that keeps failing (closed → open → half-open), so callers fail fast.
 * @example new RazorpayXPayoutProvider({ ...keys, breaker: new CircuitBreaker({ failureThreshold: 5, openForMs: 30_000 }) })
 */
export { CircuitBreaker, CircuitOpenError, type CircuitBreakerOptions } from './payments/circuit-breaker.js';

// --- payouts ---
/**
 * Disbursals through RazorpayX Payouts with `X-Payout-Idempotency`; the UTR on settlement.
 * @example await new RazorpayXPayoutProvider({ keyId, keySecret, sourceAccountNumber }).disburse(request)
 */
export { RazorpayXPayoutProvider, type RazorpayXOptions, payoutFailureReason } from './payouts/razorpayx-payout-provider.js';
/**
 * The embedded payout simulator; account suffixes 000/111/222 fail as closed/invalid/bank down.
 * @example const payouts = new SandboxPayoutProvider(); await payouts.disburse(request); payouts.settleAll();
 */
export { SandboxPayoutProvider } from './payouts/sandbox-payout-provider.js';

// --- e-sign ---
/**
 * Aadhaar e-sign modelled on Digio's document API, with checksum-verified webhooks.
 * @example const { providerDocumentId, signingUrl } = await new DigioESignProvider({ clientId, clientSecret, webhookSecret }).requestSignature(request)
 */
export { DigioESignProvider, type DigioOptions } from './esign/digio-esign-provider.js';
/**
 * The embedded e-sign simulator; `simulateSigning` returns the signed callback. Phones ending 0000 decline.
 * @example const callback = new SandboxESignProvider({ webhookSecret }).simulateSigning(providerDocumentId)
 */
export { SandboxESignProvider } from './esign/sandbox-esign-provider.js';

// --- decisioning (bureau, bank statements, blocklist) ---
/**
 * The credit bureau simulator: reports chosen by documented PAN patterns (thin file, low score, 90+ DPD, …).
 * @example await new SandboxCreditBureau().fetchReport({ brandId, pan: 'DPDPE1234F', asOf }); // a tradeline 95 days past due
 */
export { SandboxCreditBureau, SandboxBureauUnavailableError } from './bureau/sandbox-credit-bureau.js';
/**
 * The Experian consumer credit report through Surepass's credit-report API, normalised to a BureauReport.
 * @throws ProviderError when the bureau is unreachable or refuses the call (token, quota); IncompleteBureauRequestError without PAN, name and mobile.
 * @example await new SurepassCreditBureau({ token }).fetchReport({ brandId, pan: 'ABCPE1234F', name: 'ASHA RAO', mobile: '+919812345678', asOf })
 */
export { SurepassCreditBureau, IncompleteBureauRequestError, type SurepassBureauOptions } from './bureau/surepass-credit-bureau.js';
/**
 * Experian's INProfileResponse report normalised: score, 30-day enquiries, written-off and active accounts, tradelines.
 * @throws MalformedBureauReportError when a figure or date cannot be read exactly.
 * @example bureauReportFromExperian(data.credit_report, data.credit_score).kind // 'hit'
 */
export { bureauReportFromExperian, MalformedBureauReportError } from './bureau/experian-profile.js';
/**
 * A simulator of a bank statement analysis provider: reads the PAN a statement PDF names and "extracts" the
 * documented scenario's history (BNC bounces, NSL no salary, OSL an old salary, NST a failed analysis);
 * `sandboxStatementPdf` makes such a test statement.
 * @example const taken = await new SandboxBankStatementProvider({ clock }).submit({ submissionId, brandId, customerId, file: sandboxStatementPdf('BNCPE1234F') });
 */
export { SandboxBankStatementProvider, SANDBOX_STATEMENT_PASSWORD, sandboxStatementPdf } from './bank-statements/sandbox-bank-statement-provider.js';
/** @example sandboxStatementHistory('OSLPE1234F', localDate('2026-06-14')).statement.transactions // the latest salary 49 days before */
export { sandboxStatementHistory, SANDBOX_STATEMENT_DAYS } from './bank-statements/sandbox-statement-history.js';
/**
 * Bank statement analysis through FinBox BankConnect's REST API (base64 upload, then transactions and identity per entity).
 * @example const finbox = new FinboxBankStatementProvider({ apiKey, serverHash }); await finbox.fetchResult(entityId);
 */
export { FinboxBankStatementProvider, type FinboxOptions } from './bank-statements/finbox-bank-statement-provider.js';
/**
 * The fraud blocklist simulator: PANs beginning BLK, and the phones it is given.
 * @example await new SandboxBlocklist().check({ brandId, phone, pan: 'BLKPE1234F' }); // { phone: false, pan: true }
 */
export { SandboxBlocklist } from './blocklist/sandbox-blocklist.js';

// --- kyc ---
/**
 * PAN, Aadhaar OTP e-KYC (masked number only), penny drop and UAN employment, modelled on Surepass's KYC API.
 * @example const kyc = kycVerifierOf(new SurepassKycVerifier({ token })); await kyc.pan.verifyPan('ABCPE1234F', 'Asha Rao')
 */
export { SurepassKycVerifier, type SurepassOptions } from './kyc/surepass-kyc-verifier.js';
/**
 * The embedded KYC simulator, its documented test identities, and one object as the four KYC ports.
 * @example const kyc = kycVerifierOf(new SandboxKycVerifier()); await kyc.aadhaar.startOtp(SANDBOX_KYC_IDENTITIES.aadhaar)
 */
export { SandboxKycVerifier, SANDBOX_KYC_IDENTITIES, kycVerifierOf } from './kyc/sandbox-kyc-verifier.js';
