/**
 * Command-line arguments: positionals and --options, with Russian messages for mistakes. Tokenising is Node's own
 * `util.parseArgs` (no dependency, the POSIX/GNU conventions: `--out=DIR`, `--out DIR`, `-h`, `--` before a file
 * whose name starts with «-»); what is allowed is decided here, so every mistake gets one Russian line.
 */
import { parseArgs as tokenize } from 'node:util';

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

/** Every command answers `--help` and `-h` with its own help. */
export const HELP_FLAG = 'help';

/**
 * Reads argv against the spec. More than maxPositionals bare arguments, an unknown option, an option given twice,
 * a value missing or given to a flag: a UsageError — an ignored argument would make a command do something else
 * than the curator asked.
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec, maxPositionals = Infinity): ParsedArgs {
  const known: Record<string, { type: 'string' | 'boolean'; short?: string }> = { [HELP_FLAG]: { type: 'boolean', short: 'h' } };
  for (const name of spec.flags ?? []) known[name] = { type: 'boolean' };
  for (const name of spec.options ?? []) known[name] = { type: 'string' };
  const { tokens } = tokenize({ args: [...argv], options: known, strict: false, allowPositionals: true, tokens: true });
  const parsed: ParsedArgs = { positionals: [], options: new Map(), flags: new Set() };
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (parsed.positionals.length >= maxPositionals) throw new UsageError(`лишний аргумент «${token.value}»`);
      parsed.positionals.push(token.value);
      continue;
    }
    const { name, rawName } = token;
    const kind = Object.prototype.hasOwnProperty.call(known, name) ? known[name].type : undefined;
    if (!kind) throw new UsageError(`неизвестный параметр ${rawName}`);
    if (parsed.flags.has(name) || parsed.options.has(name)) throw new UsageError(`параметр ${rawName} указан дважды`);
    if (kind === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`параметр ${rawName} пишется без значения`);
      parsed.flags.add(name);
    } else {
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) throw new UsageError(`после ${rawName} нужно значение`);
      parsed.options.set(name, token.value);
    }
  }
  return parsed;
}

/**
 * How many bare arguments a command takes, read from its usage line: the words after the command's name that are
 * neither in brackets nor an option's value («check FILE.xlsx [--json]» → 1, «init --out FILE.xlsx» → 0); a word
 * ending in «…» takes any number («municipal PACKAGE.json… --out MUN.xlsx» → Infinity). The usage the curator reads
 * is thus the rule the parser applies.
 */
export function positionalsOf(usage: string): number {
  let required = usage;
  // Innermost brackets first: «[--write [--start ДД.ММ.ГГГГ]]» nests.
  while (/\[[^[\]]*\]/.test(required)) required = required.replace(/\[[^[\]]*\]/g, ' ');
  const words = required.split(/\s+/).filter(Boolean).slice(1);
  const bare = words.filter((word, i) => !word.startsWith('-') && !words[i - 1]?.startsWith('-'));
  return bare.some((word) => word.endsWith('…')) ? Infinity : bare.length;
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
