import { businessDate } from '../loans/business-date.js';

/**
 * The day-end close job (once a day in the business time zone). DPD and overdue marking, penal charges
 * and accrual need serviced loans, which come with loan servicing; until then a run records the business
 * date it closed and that no loan was marked.
 */
export class CloseDay {
  static readonly job = 'day-end-close';

  constructor(private readonly deps: { readonly timeZone: string }) {}

  async execute(input: { readonly now: Date }): Promise<{ readonly businessDate: string; readonly loansMarkedOverdue: number }> {
    return { businessDate: businessDate(input.now, this.deps.timeZone), loansMarkedOverdue: 0 };
  }
}
