import type { CustomerKyc, KycCheckStatus } from '@los/application';
import type { Insertable, Selectable } from 'kysely';
import type { CustomerKycTable } from './customer-kyc-tables.js';

type Row = Selectable<CustomerKycTable>;

/** A step's columns are all set or all null; the status column says which. */
function status(value: string | null): KycCheckStatus {
  return value as KycCheckStatus;
}

/** The record a `customer_kyc` row holds. */
export function customerKycOf(row: Row): CustomerKyc {
  return {
    brandId: row.brand_id,
    customerId: row.customer_id,
    version: row.version,
    verifiedName: row.verified_name,
    pan: row.pan_status === null ? null : {
      status: status(row.pan_status), result: row.pan_result ?? '', checkedAt: row.pan_checked_at!, pan: row.pan ?? '', registeredName: row.pan_registered_name, nameMatchScore: row.pan_name_match_score,
    },
    aadhaar: row.aadhaar_status === null ? null : {
      status: status(row.aadhaar_status), result: row.aadhaar_result ?? '', checkedAt: row.aadhaar_checked_at!, maskedAadhaar: row.aadhaar_masked ?? '', aadhaarRef: row.aadhaar_ref, referenceId: row.aadhaar_reference_id,
      name: row.aadhaar_name, dateOfBirth: row.aadhaar_date_of_birth,
    },
    bankAccount: row.bank_status === null ? null : {
      status: status(row.bank_status), result: row.bank_result ?? '', checkedAt: row.bank_checked_at!, accountNumber: row.bank_account_number ?? '', ifsc: row.bank_ifsc ?? '',
      holderName: row.bank_holder_name, nameMatchScore: row.bank_name_match_score, providerReference: row.bank_provider_reference ?? '', verifiedAt: row.bank_verified_at,
    },
    employment: row.employment_status === null ? null : {
      status: status(row.employment_status), result: row.employment_result ?? '', checkedAt: row.employment_checked_at!, uan: row.employment_uan ?? '', employer: row.employment_employer,
      name: row.employment_name, nameMatchScore: row.employment_name_match_score,
    },
  };
}

/** The `customer_kyc` row of a record at the given version. */
export function customerKycRow(kyc: CustomerKyc, version: number): Insertable<CustomerKycTable> {
  const { pan, aadhaar, bankAccount: bank, employment } = kyc;
  return {
    brand_id: kyc.brandId,
    customer_id: kyc.customerId,
    version,
    verified_name: kyc.verifiedName,
    pan_status: pan?.status ?? null,
    pan_result: pan?.result ?? null,
    pan: pan?.pan ?? null,
    pan_registered_name: pan?.registeredName ?? null,
    pan_name_match_score: pan?.nameMatchScore ?? null,
    pan_checked_at: pan?.checkedAt ?? null,
    aadhaar_status: aadhaar?.status ?? null,
    aadhaar_result: aadhaar?.result ?? null,
    aadhaar_masked: aadhaar?.maskedAadhaar ?? null,
    aadhaar_reference_id: aadhaar?.referenceId ?? null,
    aadhaar_ref: aadhaar?.aadhaarRef ?? null,
    aadhaar_name: aadhaar?.name ?? null,
    aadhaar_date_of_birth: aadhaar?.dateOfBirth ?? null,
    aadhaar_checked_at: aadhaar?.checkedAt ?? null,
    bank_status: bank?.status ?? null,
    bank_result: bank?.result ?? null,
    bank_account_number: bank?.accountNumber ?? null,
    bank_ifsc: bank?.ifsc ?? null,
    bank_holder_name: bank?.holderName ?? null,
    bank_name_match_score: bank?.nameMatchScore ?? null,
    bank_provider_reference: bank?.providerReference ?? null,
    bank_verified_at: bank?.verifiedAt ?? null,
    bank_checked_at: bank?.checkedAt ?? null,
    employment_status: employment?.status ?? null,
    employment_result: employment?.result ?? null,
    employment_uan: employment?.uan ?? null,
    employment_employer: employment?.employer ?? null,
    employment_name: employment?.name ?? null,
    employment_name_match_score: employment?.nameMatchScore ?? null,
    employment_checked_at: employment?.checkedAt ?? null,
  };
}
