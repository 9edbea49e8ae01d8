import { SYSTEM_ACTOR, createLogger, ids, parseConfig, buildBaseContainer } from '@los/composition';

// `pnpm --filter @los/api create-admin`: creates the first super admin of a production installation from
// LOS_ADMIN_EMAIL and LOS_ADMIN_PASSWORD.
const parsed = parseConfig(process.env);
const email = process.env['LOS_ADMIN_EMAIL'];
const password = process.env['LOS_ADMIN_PASSWORD'];
const problems = [...(parsed.ok ? [] : parsed.errors)];
if (!email) problems.push('LOS_ADMIN_EMAIL: is required');
if (!password || password.length < 12) problems.push('LOS_ADMIN_PASSWORD: is required, at least 12 characters');
if (!parsed.ok || problems.length > 0 || !email || !password) {
  console.error(`LOS create-admin: invalid configuration\n${problems.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
const logger = createLogger({ level: parsed.config.logLevel, name: 'los-create-admin' });
const { container, dispose } = await buildBaseContainer(parsed.config, logger);
const result = await container.get(ids.CreateStaffUser).execute({ actor: SYSTEM_ACTOR, email, name: 'Administrator', password, roles: [], superAdmin: true });
await dispose();
if (!result.ok) {
  console.error(`LOS create-admin: ${result.error.code}`);
  process.exit(1);
}
console.log(`super admin ${result.value.email} created`);
