/** The text of each message template, by channel-independent name. Variables are `{name}` placeholders. */
const TEMPLATES: Readonly<Record<string, string>> = {
  otp: '{otp} is your {brand} verification code. It expires in {minutes} minutes. Never share it with anyone.',
  'repayment-reminder': '{brand}: your loan {loan} instalment of {currency} {amount} is due on {dueDate}. Please keep the amount in your account.',
  'repayment-overdue': '{brand}: your loan {loan} instalment of {currency} {amount} due on {dueDate} is {days} day(s) overdue. Please pay now to avoid further charges.',
  'loan-closed-noc': '{brand}: your loan {loan} is closed. Your no-objection certificate is ready to download in the app.',
};

/** Renders a template; unknown templates and missing variables are errors, never a blank message. */
export function renderTemplate(template: string, variables: Readonly<Record<string, string>>): string {
  const text = TEMPLATES[template];
  if (text === undefined) throw new Error(`unknown message template "${template}"`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = variables[name];
    if (value === undefined) throw new Error(`template "${template}" needs variable "${name}"`);
    return value;
  });
}
