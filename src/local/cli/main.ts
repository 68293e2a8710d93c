/** `npm run -s cli -- <command>`: the offline Наставник on an Excel workbook. Exit codes: 0 ok, 1 problems found, 2 usage or file error. */
import { UsageError, parseArgs } from './args';
import type { CliIO } from './command';
import { COMMANDS } from './commands';
import { BankFileError, fileProblem } from '../excel/bankFile';

function help(io: CliIO): void {
  io.out('Наставник — система наставничества педагогов (офлайн, книга Excel).');
  io.out('Использование: npm run -s cli -- <команда> …');
  for (const command of COMMANDS) io.out(`  ${command.usage.padEnd(48)} ${command.summary}`);
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help') {
    help(io);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`неизвестная команда «${name}» (список команд: npm run -s cli -- help)`);
    return await command.run(parseArgs(rest, command.args), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`Ошибка: ${error.message}. Использование: npm run -s cli -- ${command?.usage ?? '<команда>'}`);
      return 2;
    }
    if (error instanceof BankFileError) {
      io.err(`Ошибка: ${error.message}`);
      return 2;
    }
    // Any command's file, read or written: one Russian line, not Node's English.
    const problem = fileProblem(error);
    if (problem) {
      const path = (error as NodeJS.ErrnoException).path;
      io.err(`Ошибка: ${path ? `«${path}»: ` : ''}${problem}.`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`Ошибка: ${message}`);
    if (process.env.NASTAVNIK_DEBUG) io.err(String((error as Error).stack));
    return 2;
  }
}

/**
 * A reader that closes the pipe early (`… | head`) is not an error of the command: the rest of the output is dropped
 * and the command runs to its end, so a workbook it is writing is never left half-written, and no Node stack trace
 * is printed.
 */
let stdoutClosed = false;
let stdoutGuarded = false;
function writeOut(text: string): void {
  if (!stdoutGuarded) {
    stdoutGuarded = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
      stdoutClosed = true;
    });
  }
  if (!stdoutClosed) process.stdout.write(text);
}

export const processIO: CliIO = {
  out: (line) => writeOut(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  now: () => new Date(),
};
