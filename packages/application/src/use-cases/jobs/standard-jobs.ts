import type { CloseDay } from './close-day.js';
import type { DispatchReminders } from './dispatch-reminders.js';
import type { ReconcileDisbursals } from '../servicing/reconcile-disbursals.js';
import type { AllocateOverdueLoans } from '../collections/allocate-overdue-loans.js';
import type { PruneOutbox } from './prune-outbox.js';
import type { RefreshBankStatements } from '../bank-statements/refresh-bank-statements.js';
import type { PruneSessions } from '../sessions/prune-sessions.js';
import type { ScheduledJob } from './scheduled-job.js';
import { assertJobSchedule } from './job-schedule.js';

/** How often the standard jobs run. */
export interface StandardJobSettings {
  /** Reminder dispatch: every minute by default. */
  readonly reminderEveryMs: number;
  /** Day-end close: the wall-clock time (HH:MM) in `timeZone`. */
  readonly dayEndCloseAt: string;
  readonly timeZone: string;
  /** Outbox pruning cadence. */
  readonly pruneEveryMs: number;
}

/** The worker's scheduled jobs: reminder dispatch, day-end close, outbox pruning and, when given, disbursal reconciliation and the bank statement refresh (at the reminder cadence), session pruning (at the outbox's) and collection allocation. */
export function standardJobs(
  useCases: { readonly dispatchReminders: DispatchReminders; readonly closeDay: CloseDay; readonly pruneOutbox: PruneOutbox; readonly reconcileDisbursals?: ReconcileDisbursals; readonly allocateOverdueLoans?: AllocateOverdueLoans; readonly refreshBankStatements?: RefreshBankStatements; readonly pruneSessions?: PruneSessions },
  settings: StandardJobSettings,
): ScheduledJob[] {
  const jobs: ScheduledJob[] = [
    { name: 'reminder-dispatch', schedule: { kind: 'every', everyMs: settings.reminderEveryMs }, run: async () => ({ ...(await useCases.dispatchReminders.execute()) }) },
    {
      name: 'day-end-close',
      schedule: { kind: 'daily', at: settings.dayEndCloseAt, timeZone: settings.timeZone },
      run: async (now) => {
        // The job run keeps counts only; the business date closed is the run's own start in the time zone.
        const { businessDate: _closed, ...counts } = await useCases.closeDay.execute({ now });
        return counts;
      },
    },
    { name: 'outbox-pruning', schedule: { kind: 'every', everyMs: settings.pruneEveryMs }, run: () => useCases.pruneOutbox.execute() },
  ];
  const reconcile = useCases.reconcileDisbursals;
  if (reconcile) jobs.push({ name: 'disbursal-reconciliation', schedule: { kind: 'every', everyMs: settings.reminderEveryMs }, run: async () => ({ ...(await reconcile.execute()) }) });
  const statements = useCases.refreshBankStatements;
  if (statements) jobs.push({ name: 'bank-statement-refresh', schedule: { kind: 'every', everyMs: settings.reminderEveryMs }, run: async () => ({ ...(await statements.execute()) }) });
  const sessions = useCases.pruneSessions;
  if (sessions) jobs.push({ name: 'session-pruning', schedule: { kind: 'every', everyMs: settings.pruneEveryMs }, run: async () => ({ ...(await sessions.execute()) }) });
  const collections = useCases.allocateOverdueLoans;
  if (collections) {
    // After the day-end close has marked the day's overdue loans.
    const at = minutesAfter(settings.dayEndCloseAt, COLLECTION_ALLOCATION_DELAY_MINUTES);
    jobs.push({ name: 'collection-allocation', schedule: { kind: 'daily', at, timeZone: settings.timeZone }, run: async () => ({ ...(await collections.executeForAllBrands()) }) });
  }
  for (const job of jobs) assertJobSchedule(job.schedule);
  return jobs;
}

/** How long after the day-end close collections allocation runs. */
const COLLECTION_ALLOCATION_DELAY_MINUTES = 15;

/** `HH:MM` plus some minutes, wrapping past midnight. */
function minutesAfter(hhmm: string, minutes: number): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const total = (h * 60 + m + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
