import { isAbsolute, resolve } from 'node:path';

/** Parsed command line: positional arguments and `--name value` options. */
export interface Args {
  readonly positional: readonly string[];
  readonly options: ReadonlyMap<string, string>;
}

/** Splits `argv` into positional arguments and `--name value` pairs. */
export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      options.set(name!, inline ?? argv[++i] ?? '');
    } else positional.push(arg);
  }
  return { positional, options };
}

/** A path as the user typed it: `pnpm --filter` runs scripts in the package folder, so resolve from where pnpm was started. */
export function userPath(path: string): string {
  return isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** A whole-number option, or the default. */
export function intOption(args: Args, name: string, fallback: number): number {
  const raw = args.options.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new UsageError(`--${name} must be a non-negative integer`);
  return value;
}

/** A mistake in how the command was called. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
