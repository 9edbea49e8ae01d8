import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.js';

/**
 * Aadhaar references (a keyed one-way token of the number, never the number) on the customer's KYC record
 * and on the applicant's declarations, so blocklists can be checked by Aadhaar. The check constraints refuse
 * twelve bare digits: the column can never hold an Aadhaar number by mistake.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      alter table customer_kyc add column aadhaar_ref text check (aadhaar_ref ~ '^[A-Za-z0-9_-]{8,72}$' and aadhaar_ref !~ '^[0-9]{12}$');
      alter table loan_applicants add column aadhaar_ref text check (aadhaar_ref ~ '^[A-Za-z0-9_-]{8,72}$' and aadhaar_ref !~ '^[0-9]{12}$');
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      alter table loan_applicants drop column aadhaar_ref;
      alter table customer_kyc drop column aadhaar_ref;
    `,
  );
}
