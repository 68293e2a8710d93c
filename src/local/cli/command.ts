/** What a CLI command is: its name, how it is called, and what it does. */
import type { ArgSpec, ParsedArgs } from './args';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  now(): Date;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  args: ArgSpec;
  /** Resolves to the process exit code. */
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}
