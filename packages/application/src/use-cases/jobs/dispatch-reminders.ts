/**
 * The reminder dispatch job (every minute). Repayment reminders need repayment schedules, which come
 * with loan servicing; until then a run finds nothing due and its run record shows the schedule works.
 */
export class DispatchReminders {
  static readonly job = 'reminder-dispatch';

  async execute(): Promise<{ readonly due: number; readonly sent: number }> {
    return { due: 0, sent: 0 };
  }
}
