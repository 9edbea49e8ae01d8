import type {
  AadhaarEkyc,
  AadhaarOtpResult,
  AadhaarOtpStart,
  BankAccountVerification,
  BankAccountVerifier,
  EmploymentVerification,
  EmploymentVerifier,
  PanVerification,
  PanVerifier,
} from '@los/application';
import { isValidAadhaar, isValidPan, nameMatchScore } from '@los/domain';
import { type ProviderHttpOptions, ProviderError, clientHttp, callProvider } from '../payments/provider-http.js';
import { IFSC, UAN } from './kyc-formats.js';

/** Surepass account settings. */
export interface SurepassOptions extends Partial<ProviderHttpOptions> {
  /** The API token, sent as a bearer token. */
  readonly token: string;
}

type Data = Record<string, unknown>;

/**
 * PAN, Aadhaar OTP e-KYC, penny drop and UAN employment checks modelled on Surepass's KYC API: JSON
 * `POST`s with a bearer token, answers shaped `{ data, status_code, success, message_code }`, a 422 for a
 * record the source does not confirm. Inputs are checked locally first (PAN structure, Aadhaar Verhoeff
 * digit, IFSC, UAN), so a typo costs no paid call. The Aadhaar number never leaves this class unmasked.
 */
export class SurepassKycVerifier implements PanVerifier, AadhaarEkyc, BankAccountVerifier, EmploymentVerifier {
  private readonly http: ProviderHttpOptions;

  constructor(private readonly options: SurepassOptions) {
    this.http = clientHttp(options, 'https://kyc-api.surepass.io');
  }

  /** Verification calls are reads on the provider's side, so they are retried on 5xx. */
  private async post(path: string, body: Record<string, string>): Promise<{ readonly status: number; readonly data: Data; readonly code: string }> {
    const { status, json } = await callProvider('Surepass', this.http, { method: 'POST', path, headers: { authorization: `Bearer ${this.options.token}` }, body: JSON.stringify(body), retry: true });
    if (status !== 200 && status !== 422) throw new ProviderError('Surepass', status, json);
    return { status, data: (json['data'] ?? {}) as Data, code: String(json['message_code'] ?? '') };
  }

  async verifyPan(pan: string, name: string): Promise<PanVerification> {
    if (!isValidPan(pan)) return { status: 'INVALID', pan };
    const r = await this.post('/api/v1/pan/pan', { id_number: pan });
    if (r.status === 422 || typeof r.data['full_name'] !== 'string') return { status: 'NOT_FOUND', pan };
    const registeredName = r.data['full_name'];
    return { status: 'VALID', pan, registeredName, holderType: r.data['category'] === 'person' ? 'INDIVIDUAL' : 'OTHER', nameMatchScore: nameMatchScore(name, registeredName) };
  }

  async startOtp(aadhaarNumber: string): Promise<AadhaarOtpStart> {
    if (!isValidAadhaar(aadhaarNumber)) return { status: 'INVALID_AADHAAR' };
    const r = await this.post('/api/v1/aadhaar-v2/generate-otp', { id_number: aadhaarNumber.replace(/\s/g, '') });
    if (r.status === 422 || r.data['valid_aadhaar'] === false) return { status: 'INVALID_AADHAAR' };
    if (r.data['if_number'] === false || r.data['otp_sent'] !== true) return { status: 'NO_MOBILE_LINKED' };
    return { status: 'OTP_SENT', referenceId: String(r.data['client_id']) };
  }

  async submitOtp(referenceId: string, otp: string): Promise<AadhaarOtpResult> {
    const r = await this.post('/api/v1/aadhaar-v2/submit-otp', { client_id: referenceId, otp });
    if (r.status === 422) return { status: r.code.includes('expired') ? 'OTP_EXPIRED' : 'OTP_INVALID' };
    // Only the last four digits are kept, whatever form the provider answers in.
    const lastFour = /(\d{4})$/.exec(String(r.data['aadhaar_number'] ?? ''))?.[1];
    const gender = r.data['gender'];
    if (!lastFour || typeof r.data['full_name'] !== 'string' || (gender !== 'M' && gender !== 'F' && gender !== 'T')) throw new ProviderError('Surepass', r.status, { message_code: r.code });
    const address = (r.data['address'] ?? {}) as Record<string, string>;
    return {
      status: 'VERIFIED',
      kyc: {
        maskedAadhaar: `XXXX-XXXX-${lastFour}`,
        name: r.data['full_name'],
        dateOfBirth: String(r.data['dob']),
        gender,
        address: [address['house'], address['street'], address['loc'], address['dist'], address['state'], r.data['zip']].filter(Boolean).join(', '),
      },
    };
  }

  async verifyAccount(input: { readonly accountNumber: string; readonly ifsc: string; readonly expectedName: string }): Promise<BankAccountVerification> {
    if (!IFSC.test(input.ifsc)) return { status: 'INVALID_IFSC', providerReference: '' };
    const r = await this.post('/api/v1/bank-verification/', { id_number: input.accountNumber, ifsc: input.ifsc });
    const providerReference = String(r.data['client_id'] ?? '');
    if (r.status === 422) return { status: r.code.includes('ifsc') ? 'INVALID_IFSC' : 'INVALID_ACCOUNT', providerReference };
    if (r.data['account_exists'] !== true || typeof r.data['full_name'] !== 'string') {
      return { status: /closed/i.test(String(r.data['remarks'] ?? '')) ? 'ACCOUNT_CLOSED' : 'INVALID_ACCOUNT', providerReference };
    }
    const holderName = r.data['full_name'];
    return { status: 'VERIFIED', account: { accountNumber: input.accountNumber, ifsc: input.ifsc, holderName }, nameMatchScore: nameMatchScore(input.expectedName, holderName), providerReference };
  }

  async verifyEmployment(uan: string, name: string): Promise<EmploymentVerification> {
    if (!UAN.test(uan)) return { status: 'INVALID_UAN', uan };
    const r = await this.post('/api/v1/income/employment-history-uan', { id_number: uan });
    const history = r.data['employment_history'];
    if (r.status === 422 || !Array.isArray(history) || history.length === 0) return { status: 'NOT_FOUND', uan };
    const rows = history as { name?: string; establishment_name?: string; date_of_joining?: string; date_of_exit?: string | null }[];
    const holder = rows.find((h) => h.name)?.name ?? '';
    return {
      status: 'FOUND',
      uan,
      name: holder,
      nameMatchScore: nameMatchScore(name, holder),
      employments: rows.map((h) => ({ employer: h.establishment_name ?? '', joinedOn: h.date_of_joining ?? '', ...(h.date_of_exit ? { leftOn: h.date_of_exit } : {}) })),
    };
  }
}
