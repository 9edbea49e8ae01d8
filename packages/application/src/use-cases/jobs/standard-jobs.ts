import type { CloseDay } from './close-day.js';
import type { DispatchReminders } from './dispatch-reminders.js';
import type { ReconcileDisbursals } from '../servicing/reconcile-disbursals.js';
import type { PruneOutbox } from './prune-outbox.js';
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

/** The worker's scheduled jobs: reminder dispatch, day-end close, outbox pruning and, when given, disbursal reconciliation (at the reminder cadence). */
export function standardJobs(
  useCases: { readonly dispatchReminders: DispatchReminders; readonly closeDay: CloseDay; readonly pruneOutbox: PruneOutbox; readonly reconcileDisbursals?: ReconcileDisbursals },
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
  for (const job of jobs) assertJobSchedule(job.schedule);
  return jobs;
}
