/**
 * Facts of an applicant who passes every rule of the salary-advance example on 2026-06-15; tests and
 * the documentation change one fact at a time from here.
 */
export const GOOD_APPLICANT_AS_OF = '2026-06-15';

export function goodApplicant(): Record<string, unknown> {
  return {
    application: { amount: '20000', tenureMonths: 3 },
    customer: { dateOfBirth: '1990-04-01', monthlyIncome: '60000', employmentType: 'SALARIED', pincode: '560001', email: 'asha@example.com' },
    kyc: { panStatus: 'VALID', nameMatchScore: 92 },
    bureau: {
      score: 760,
      enquiriesLast30Days: 1,
      writtenOffAccounts: 0,
      activeLoans: 2,
      tradelines: [
        { dpd: 0, reportedOn: '2026-05-31', overdueAmount: '0' },
        { dpd: 45, reportedOn: '2024-01-31', overdueAmount: '0' },
      ],
    },
    bank: { bouncesLast3Months: 0, lastSalaryCreditOn: '2026-06-01' },
    blocklist: { pan: false, aadhaar: false, phone: false },
  };
}
