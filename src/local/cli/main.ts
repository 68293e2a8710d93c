/** `npm run -s cli -- <command>`: the offline Наставник on an Excel workbook. Exit codes: 0 ok, 1 problems found, 2 usage or file error. */
import { HELP_FLAG, UsageError, parseArgs, positionalsOf } from './args';
import type { CliIO, Command } from './command';
import { COMMANDS } from './commands';
import { BankFileError, fileProblem } from '../excel/bankFile';

const HELP_WORDS = ['help', '--help', '-h'];

function help(io: CliIO): void {
  io.out('Наставник — система наставничества педагогов (офлайн, книга Excel).');
  io.out('Использование: npm run -s cli -- <команда> …');
  for (const command of COMMANDS) io.out(`  ${command.usage.padEnd(48)} ${command.summary}`);
  io.out('Справка по команде: npm run -s cli -- help <команда> (или <команда> --help). Подробно — docs/cli.md.');
}

function commandHelp(command: Command, io: CliIO): void {
  io.out(`Использование: npm run -s cli -- ${command.usage}`);
  io.out(command.summary.charAt(0).toUpperCase() + command.summary.slice(1) + '.');
  io.out('Коды выхода: 0 — готово, 1 — найдены проблемы, 2 — неверный вызов или файл не читается. Подробно — docs/cli.md.');
}

function unknownCommand(name: string): UsageError {
  return new UsageError(`неизвестная команда «${name}» (список команд: npm run -s cli -- help)`);
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  let command: Command | undefined;
  try {
    if (!name || HELP_WORDS.includes(name)) {
      if (rest.length > 1) throw new UsageError(`лишний аргумент «${rest[1]}»`);
      const about = rest[0];
      if (about === undefined) {
        help(io);
        return name ? 0 : 2;
      }
      command = COMMANDS.find((c) => c.name === about);
      if (!command) throw unknownCommand(about);
      commandHelp(command, io);
      return 0;
    }
    command = COMMANDS.find((c) => c.name === name);
    if (!command) throw unknownCommand(name);
    const args = parseArgs(rest, command.args, positionalsOf(command.usage));
    if (args.flags.has(HELP_FLAG)) {
      commandHelp(command, io);
      return 0;
    }
    return await command.run(args, io);
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
