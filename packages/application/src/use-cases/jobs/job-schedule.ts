/**
 * When a job runs: every so often (from the start of its last run, whoever ran it), or once a day at a
 * wall-clock time in the business time zone (a run counts for the day when it started at or after that time).
 */
export type JobSchedule =
  | { readonly kind: 'every'; readonly everyMs: number }
  | { readonly kind: 'daily'; readonly at: string; readonly timeZone: string };

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The local calendar date and minute of the day of an instant in a time zone. */
export function wallClock(instant: Date, timeZone: string): { readonly date: string; readonly minute: number } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** Refuses schedules that would never run or run in a loop. */
export function assertJobSchedule(schedule: JobSchedule): void {
  if (schedule.kind === 'every') {
    if (!Number.isInteger(schedule.everyMs) || schedule.everyMs < 1000) throw new RangeError(`everyMs must be a whole number >= 1000, got ${schedule.everyMs}`);
    return;
  }
  if (!HH_MM.test(schedule.at)) throw new RangeError(`daily time must be HH:MM (24 h), got ${JSON.stringify(schedule.at)}`);
  wallClock(new Date(0), schedule.timeZone);
}

/** True when a job with this schedule, last started at `lastStartedAt` (null: never), should start at `now`. */
export function isJobDue(schedule: JobSchedule, lastStartedAt: Date | null, now: Date): boolean {
  if (schedule.kind === 'every') return lastStartedAt === null || now.getTime() - lastStartedAt.getTime() >= schedule.everyMs;
  const [, hours, minutes] = HH_MM.exec(schedule.at) ?? [];
  const at = Number(hours) * 60 + Number(minutes);
  const today = wallClock(now, schedule.timeZone);
  if (today.minute < at) return false;
  if (lastStartedAt === null) return true;
  const last = wallClock(lastStartedAt, schedule.timeZone);
  // Already ran for today's slot when the last start was today at or after the slot time.
  return !(last.date === today.date && last.minute >= at) && last.date <= today.date;
}
