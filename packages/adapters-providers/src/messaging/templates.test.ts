import { describe, expect, it } from 'vitest';
import { renderTemplate } from './templates.js';

describe('servicing message templates', () => {
  it('renders the repayment reminders and the NOC notice, and refuses a missing variable', () => {
    const loan = { brand: 'Acme', loan: '0195f2c1', currency: 'INR', amount: '10459.35', dueDate: '2026-02-05' };
    expect(renderTemplate('repayment-reminder', loan)).toBe('Acme: your loan 0195f2c1 instalment of INR 10459.35 is due on 2026-02-05. Please keep the amount in your account.');
    expect(renderTemplate('repayment-overdue', { ...loan, days: '7' })).toContain('due on 2026-02-05 is 7 day(s) overdue');
    expect(renderTemplate('loan-closed-noc', { brand: 'Acme', loan: '0195f2c1' })).toBe('Acme: your loan 0195f2c1 is closed. Your no-objection certificate is ready to download in the app.');
    expect(() => renderTemplate('repayment-overdue', loan)).toThrow('needs variable "days"');
  });
});
