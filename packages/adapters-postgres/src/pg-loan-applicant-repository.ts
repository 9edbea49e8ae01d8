import type { EmploymentType, LoanApplicant, LoanApplicantRepository } from '@los/application';
import { Money, localDate } from '@los/domain';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';
import { exactDecimal } from './exact-decimal.js';
import { isUuid } from './uuid.js';

/** Applicant declarations in PostgreSQL, one row per loan; income as `numeric(18, 2)`. */
export class PgLoanApplicantRepository implements LoanApplicantRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async add(brandId: string, loanId: string, a: LoanApplicant): Promise<void> {
    await this.db
      .insertInto('loan_applicants')
      .values({
        loan_id: loanId,
        brand_id: brandId,
        date_of_birth: a.dateOfBirth ?? null,
        pan: a.pan ?? null,
        monthly_income: a.monthlyIncome ? exactDecimal(a.monthlyIncome.amount, 2, 'monthly income') : null,
        income_currency: a.monthlyIncome?.currency ?? null,
        employment_type: a.employmentType ?? null,
        employer_name: a.employerName ?? null,
        employer_category: a.employerCategory ?? null,
        months_with_employer: a.monthsWithEmployer ?? null,
        pincode: a.pincode ?? null,
        email: a.email ?? null,
        aadhaar_ref: a.aadhaarRef ?? null,
      })
      .execute();
  }

  async find(brandId: string, loanId: string): Promise<LoanApplicant | null> {
    if (!isUuid(brandId) || !isUuid(loanId)) return null;
    const row = await this.db.selectFrom('loan_applicants').selectAll().where('brand_id', '=', brandId).where('loan_id', '=', loanId).executeTakeFirst();
    if (!row) return null;
    return {
      ...(row.date_of_birth === null ? {} : { dateOfBirth: localDate(row.date_of_birth) }),
      ...(row.pan === null ? {} : { pan: row.pan }),
      ...(row.monthly_income === null || row.income_currency === null ? {} : { monthlyIncome: Money.of(row.monthly_income, row.income_currency) }),
      ...(row.employment_type === null ? {} : { employmentType: row.employment_type as EmploymentType }),
      ...(row.employer_name === null ? {} : { employerName: row.employer_name }),
      ...(row.employer_category === null ? {} : { employerCategory: row.employer_category }),
      ...(row.months_with_employer === null ? {} : { monthsWithEmployer: row.months_with_employer }),
      ...(row.pincode === null ? {} : { pincode: row.pincode }),
      ...(row.email === null ? {} : { email: row.email }),
      ...(row.aadhaar_ref === null ? {} : { aadhaarRef: row.aadhaar_ref }),
    };
  }
}
