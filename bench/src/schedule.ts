// Schedule throughput: a 360-instalment monthly EMI schedule through @los/domain (Decimal money, explicit
// rounding, JSON output) against a plain float64 loop doing the same arithmetic, measured in the same run.
// The float loop is the floor, not a competitor: it is what exact money costs relative to doing it wrong.
import { generateSchedule, type ScheduleTermsJson } from '@los/domain';

const TERMS: ScheduleTermsJson = {
  principal: '2500000',
  annualRatePercent: '8.5',
  method: 'EMI',
  frequency: 'MONTHLY',
  instalments: 360,
  dayCount: '30/360',
  interestBasis: 'PERIOD',
  disbursementDate: '2024-01-05',
  rounding: { instalment: { dp: 2, mode: 'HALF_UP' }, amounts: { dp: 2, mode: 'HALF_UP' } },
};

/** The same schedule in float64: EMI by formula, interest per row rounded to paise, last row takes the rest. */
function floatSchedule(principal: number, annualPercent: number, n: number): number {
  const r = annualPercent / 100 / 12;
  const growth = (1 + r) ** n;
  const emi = Math.round(((principal * r * growth) / (growth - 1)) * 100) / 100;
  let balance = principal;
  let totalInterest = 0;
  for (let k = 1; k <= n; k++) {
    const interest = Math.round(balance * r * 100) / 100;
    const principalPart = k === n ? balance : Math.min(balance, emi - interest);
    balance = Math.round((balance - principalPart) * 100) / 100;
    totalInterest += interest;
  }
  return totalInterest;
}

function measure(label: string, minMs: number, fn: () => unknown): number {
  // Warm up so the JIT has compiled the hot path before timing.
  for (let i = 0; i < 3; i++) fn();
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsedMs = 0;
  while (elapsedMs < minMs) {
    fn();
    runs++;
    elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const perSecond = (runs * 1000) / elapsedMs;
  console.log(`${label.padEnd(34)} ${perSecond.toFixed(1).padStart(12)} schedules/s  (${runs} runs in ${elapsedMs.toFixed(0)} ms)`);
  return perSecond;
}

/** Runs the schedule benchmark and prints schedules per second for both and their ratio. */
export async function run(): Promise<void> {
  const check = generateSchedule(TERMS);
  const floatInterest = floatSchedule(2_500_000, 8.5, 360);
  console.log(`schedule: 360 monthly EMIs of ${check.instalmentAmount}, total interest ${check.totals.interest} (float64 loop: ${floatInterest.toFixed(2)})`);
  const domain = measure('@los/domain generateSchedule', 3000, () => generateSchedule(TERMS));
  const floor = measure('float64 loop (floor)', 1000, () => floatSchedule(2_500_000, 8.5, 360));
  console.log(`ratio: float64 floor is ${(floor / domain).toFixed(1)}x faster than exact Decimal schedules`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await run();
}
