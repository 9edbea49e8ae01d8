/** The text of each message template, by channel-independent name. Variables are `{name}` placeholders. */
const TEMPLATES: Readonly<Record<string, string>> = {
  otp: '{otp} is your {brand} verification code. It expires in {minutes} minutes. Never share it with anyone.',
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
