import type { BureauReport, BureauRequest, CreditBureau } from '@los/application';
import { isValidPan } from '@los/domain';
import { type ProviderExchange, type ProviderHttpOptions, ProviderError, callProvider, clientHttp } from '../payments/provider-http.js';
import { bureauReportFromExperian } from './experian-profile.js';

/** Surepass credit-report settings. */
export interface SurepassBureauOptions extends Partial<ProviderHttpOptions> {
  /** The API token of the credit-report product, sent as a bearer token. */
  readonly token: string;
}

/** A request this bureau cannot send: Experian matches on PAN, name and mobile, and all three are needed. */
export class IncompleteBureauRequestError extends Error {
  override readonly name = 'IncompleteBureauRequestError';
}

/**
 * The Experian consumer credit report through Surepass's credit-report API: `POST
 * /api/v1/credit-report-experian/fetch-report` with `{ name, consent: 'Y', mobile, pan }` and a bearer
 * token, answered `{ data: { credit_score, credit_report }, status_code, success, message_code }`, the
 * report in Experian's `INProfileResponse` shape. Documented at
 * https://e338ebdbb06e0ec4ec7d11b7a53702dc.apidog.io/credit-report-experian-16301930e0 (Surepass's API
 * reference; product page https://surepass.io/experian-credit-report-api/).
 *
 * A 422 means the bureau holds no file for the identity (inputs are checked here first), so it is a
 * no-hit; any other refusal (token, quota) and an unreachable or failing bureau throw `ProviderError`, and
 * the `loan.applied` consumer retries, then dead-letters. A pull is a hard enquiry on the applicant's file,
 * so it is never retried here (the consumer's backoff is the retry); the timeout defaults to 30 s.
 * Consent is sent as given with the application, whose terms must include the bureau pull.
 */
export class SurepassCreditBureau implements CreditBureau {
  private readonly http: ProviderHttpOptions;

  constructor(private readonly options: SurepassBureauOptions) {
    const audit = options.audit;
    this.http = clientHttp({ timeoutMs: 30_000, ...options, ...(audit ? { audit: (exchange) => audit(forAudit(exchange)) } : {}) }, 'https://kyc-api.surepass.io');
  }

  async fetchReport(request: BureauRequest): Promise<BureauReport> {
    const mobile = tenDigitMobile(request.mobile);
    if (!request.name?.trim() || !mobile || !isValidPan(request.pan)) {
      throw new IncompleteBureauRequestError('an Experian pull needs a well-formed PAN, the name registered to it and an Indian mobile');
    }
    const body = JSON.stringify({ name: request.name.trim(), consent: 'Y', mobile, pan: request.pan });
    const { status, json } = await callProvider('Surepass', this.http, {
      method: 'POST',
      path: '/api/v1/credit-report-experian/fetch-report',
      headers: { authorization: `Bearer ${this.options.token}` },
      body,
      retry: false,
    });
    if (status === 422) return { kind: 'no-hit' };
    if (status !== 200 || json['success'] === false) throw new ProviderError('Surepass', status, json);
    const data = (json['data'] ?? {}) as Record<string, unknown>;
    return bureauReportFromExperian(data['credit_report'], data['credit_score']);
  }
}

/** Surepass takes the ten national digits of an Indian mobile. */
function tenDigitMobile(phone: string | undefined): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  const national = digits.length === 12 && digits.startsWith('91') ? digits.slice(2) : digits;
  return /^[6-9]\d{9}$/.test(national) ? national : null;
}

// A credit report is the applicant's whole borrowing life: the audit trail keeps who was asked (last four
// digits), the request id and the score, never the report.
function forAudit(exchange: ProviderExchange): ProviderExchange {
  const request = (exchange.request ?? {}) as Record<string, unknown>;
  const response = (exchange.response ?? {}) as Record<string, unknown>;
  const data = (response['data'] ?? {}) as Record<string, unknown>;
  return {
    ...exchange,
    request: { ...request, mobile: `…${String(request['mobile'] ?? '').slice(-4)}` },
    response: { ...response, data: { client_id: data['client_id'], credit_score: data['credit_score'], credit_report: '[withheld]' } },
  };
}
