/** Command-line arguments: positionals and --flags, with Russian messages for mistakes. */

export class UsageError extends Error {}

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

export interface ArgSpec {
  /** Options that take a value (`--out DIR`). */
  options?: string[];
  /** Options without a value (`--json`). */
  flags?: string[];
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      parsed.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (spec.flags?.includes(name)) {
      parsed.flags.add(name);
    } else if (spec.options?.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`после --${name} нужно значение`);
      parsed.options.set(name, value);
    } else {
      throw new UsageError(`неизвестный параметр --${name}`);
    }
  }
  return parsed;
}

export function requireOption(args: ParsedArgs, name: string, what: string): string {
  const value = args.options.get(name);
  if (!value) throw new UsageError(`укажите ${what}: --${name} …`);
  return value;
}

export function requirePositional(args: ParsedArgs, index: number, what: string): string {
  const value = args.positionals[index];
  if (!value) throw new UsageError(`укажите ${what}`);
  return value;
}
