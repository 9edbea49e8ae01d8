import { randomUUID } from 'node:crypto';
import { type Actor, type BlocklistStore, type BrandKycSettings, type CreateBrand, type CreateStaffUser, type LifecycleUnitOfWork, type Repositories, STAFF_ROLES, type StaffRole } from '@los/application';
import { Money, Rate, localDate } from '@los/domain';
import { activateDemoRuleSet } from './demo-rule-set.js';

/** The system itself acting as super admin (seeding, bootstrap commands). */
export const SYSTEM_ACTOR: Actor = { kind: 'staff', userId: 'system', superAdmin: true, roles: [] };

/** The documented password of every demo user (embedded mode only). */
export const DEMO_PASSWORD = 'demo-password-123';

/** What the demo seed created, for the start-up banner. */
export interface DemoSeed {
  readonly created: boolean;
  readonly brandId: string;
  readonly productId: string;
  readonly users: readonly { readonly email: string; readonly role: StaffRole | 'SUPER_ADMIN' }[];
}

const demoEmail = (role: StaffRole | 'SUPER_ADMIN') => `${role.toLowerCase().replace(/_/g, '.')}@demo.los.dev`;

/**
 * Seeds embedded mode once: a demo brand with a salary-advance product and a monthly personal loan, a super
 * admin, one staff user per role, and the example salary-advance rule set active. Runs through the same use cases as the API; a second run changes nothing.
 */
export async function seedDemo(deps: {
  readonly repositories: Repositories;
  readonly createBrand: CreateBrand;
  readonly createStaffUser: CreateStaffUser;
  /** When given, the demo brand also gets its default sanction limits and rejection reasons. */
  readonly lifecycle?: LifecycleUnitOfWork;
  /** When given, the demo brand's blocklist lists the documented blocked sandbox identity. */
  readonly blocklist?: BlocklistStore;
}): Promise<DemoSeed> {
  const users = [{ email: demoEmail('SUPER_ADMIN'), role: 'SUPER_ADMIN' as const }, ...STAFF_ROLES.map((role) => ({ email: demoEmail(role), role }))];
  const existing = await deps.repositories.brands.findByCode('demo');
  if (existing) {
    if (deps.lifecycle) await seedLifecycleDefaults(deps.lifecycle, existing.id);
    if (deps.blocklist) await seedDemoBlocklist(deps.blocklist, existing.id);
    const products = await deps.repositories.brands.listProducts(existing.id);
    return { created: false, brandId: existing.id, productId: products[0]?.id ?? '', users };
  }
  const brand = await deps.createBrand.execute({
    actor: SYSTEM_ACTOR,
    code: 'demo',
    name: 'Demo Finance',
    products: [
      {
        code: 'salary-advance',
        name: 'Salary Advance',
        currency: 'INR',
        minAmount: Money.of('5000'),
        maxAmount: Money.of('100000'),
        tenureUnit: 'DAY',
        allowedTenures: [7, 15, 30, 45, 60, 90],
        annualRate: Rate.percent('36'),
        processingFee: { kind: 'PERCENT', rate: Rate.percent('2'), min: Money.of('199'), max: Money.of('1999') },
      },
      {
        code: 'personal-loan',
        name: 'Personal Loan',
        currency: 'INR',
        minAmount: Money.of('50000'),
        maxAmount: Money.of('1500000'),
        tenureUnit: 'MONTH',
        allowedTenures: [6, 12, 18, 24, 36, 48, 60],
        annualRate: Rate.percent('16.5'),
        processingFee: { kind: 'FLAT', amount: Money.of('2500') },
      },
    ],
  });
  if (!brand.ok) throw new Error(`demo seed failed: ${brand.error.code}`);
  const brandId = brand.value.brand.id;
  for (const user of users) {
    const created = await deps.createStaffUser.execute({
      actor: SYSTEM_ACTOR,
      email: user.email,
      name: `Demo ${user.role.toLowerCase().replace(/_/g, ' ')}`,
      password: DEMO_PASSWORD,
      roles: user.role === 'SUPER_ADMIN' ? [] : [{ brandId, role: user.role }],
      superAdmin: user.role === 'SUPER_ADMIN',
    });
    if (!created.ok && created.error.code !== 'EMAIL_TAKEN') throw new Error(`demo seed failed: ${created.error.code}`);
  }
  // The salary-advance product is decided by the documented example rule set from the start.
  const now = new Date();
  await activateDemoRuleSet(deps.repositories, brandId, localDate(now.toISOString().slice(0, 10)), now);
  if (deps.lifecycle) await seedLifecycleDefaults(deps.lifecycle, brandId);
  if (deps.blocklist) await seedDemoBlocklist(deps.blocklist, brandId);
  return { created: true, brandId, productId: brand.value.products[0]!.id, users };
}

/** Reasons the demo brand's staff may reject a loan with. */
export const DEMO_REJECTION_REASONS = [
  { code: 'INCOME_UNVERIFIED', label: 'Income could not be verified' },
  { code: 'FOIR_TOO_HIGH', label: 'Existing obligations leave too little for a new instalment' },
  { code: 'DOCUMENTS_INCOMPLETE', label: 'Documents are missing or unreadable' },
  { code: 'POLICY_MISMATCH', label: 'The application is outside the credit policy' },
] as const;

/** The demo brand requires a verified PAN and bank account before sanction, names matching at 80 of 100. */
export const DEMO_KYC_SETTINGS: BrandKycSettings = { requiredSteps: ['PAN', 'BANK_ACCOUNT'], nameMatchThreshold: 80 };

/**
 * The demo brand's sanction limits (a sanction manager up to 1,00,000; the sanction head without limit),
 * rejection reasons and KYC settings, each written only when the brand has none, so settings changed later are kept.
 * @example await seedLifecycleDefaults(container.get(lifecycleIds.UnitOfWork), brandId)
 */
export async function seedLifecycleDefaults(unitOfWork: LifecycleUnitOfWork, brandId: string): Promise<void> {
  await unitOfWork.run(async (repos) => {
    if ((await repos.lifecycle.sanctionLimits(brandId)).length === 0) {
      await repos.lifecycle.setSanctionLimit(brandId, { role: 'SANCTION_MANAGER', maxAmount: Money.of('100000') });
      await repos.lifecycle.setSanctionLimit(brandId, { role: 'SANCTION_HEAD' });
    }
    if ((await repos.lifecycle.rejectionReasons(brandId)).length === 0) {
      for (const reason of DEMO_REJECTION_REASONS) await repos.lifecycle.setRejectionReason(brandId, reason);
    }
    if ((await repos.kyc.kycSettings(brandId)) === null) await repos.kyc.setKycSettings(brandId, DEMO_KYC_SETTINGS);
  });
}

/** The documented blocked sandbox identity (README, sandbox identities), listed on the demo brand. */
export const DEMO_BLOCKLISTED_PAN = 'BLKPE1234F';

/**
 * Lists the documented blocked PAN on the demo brand's blocklist, so an application with it is declined
 * as `BLOCKLISTED`; already listed (a later start, or staff listed it) changes nothing.
 * @example await seedDemoBlocklist(container.get(decisioningIds.Blocklist), brandId)
 */
export async function seedDemoBlocklist(blocklist: BlocklistStore, brandId: string): Promise<void> {
  await blocklist.add({ id: randomUUID(), brandId, kind: 'PAN', value: DEMO_BLOCKLISTED_PAN, reason: 'documented sandbox identity', addedBy: 'system', addedAt: new Date() });
}
