// `pnpm bench` runs every benchmark; `pnpm bench <name>` runs one (schedule, rules, intake, events).
const all: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  schedule: () => import('./schedule.js'),
  rules: () => import('./rules.js'),
  intake: () => import('./intake.js'),
  events: () => import('./events.js'),
};
const wanted = process.argv.slice(2);
for (const name of wanted.length > 0 ? wanted : Object.keys(all)) {
  const load = all[name];
  if (!load) {
    console.error(`unknown benchmark "${name}"; choose from ${Object.keys(all).join(', ')}`);
    process.exit(1);
  }
  console.log(`\n# ${name}`);
  await (await load()).run();
}
