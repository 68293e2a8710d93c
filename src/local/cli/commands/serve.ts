import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError, requirePositional } from '../args';
import type { Command, CliIO } from '../command';
import { demoCommand } from './demo';
import { appRoot } from '../../server/layout';
import { missingBuild } from '../../server/sidebarPages';
import { startApp } from '../../server/start';
import { lanAddresses } from '../../server/guards';

/** Opens the address in the desktop's browser, if there is one; a server without a desktop just goes on. */
function openBrowser(url: string): void {
  const [command, args] = process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]]
    : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no browser to open: the address is printed anyway
  }
}

async function createDemo(path: string, io: CliIO): Promise<void> {
  io.out(`Книги ${path} нет: создаю пример школы.`);
  mkdirSync(dirname(path), { recursive: true });
  const quiet: CliIO = { ...io, out: () => undefined };
  const code = await demoCommand.run({ positionals: [], options: new Map([['out', dirname(path)]]), flags: new Set() }, quiet);
  if (code !== 0 || !existsSync(path)) throw new UsageError(`не удалось создать пример школы в ${dirname(path)}`);
}

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve FILE.xlsx [--port N] [--lan [--address IP]] [--open] [--demo]',
  summary: 'приложение куратора в браузере над книгой (127.0.0.1); с --lan учителя отвечают на анкеты по личным ссылкам в сети школы, страницы куратора — по ключу; --demo создаёт пример школы, если книги нет',
  args: { options: ['port', 'address'], flags: ['lan', 'open', 'demo'] },
  async run(args, io) {
    const file = requirePositional(args, 0, 'файл банка: serve FILE.xlsx');
    const portText = args.options.get('port') ?? '8080';
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: «${portText}» — не номер порта (0–65535)`);
    const address = args.options.get('address');
    const addresses = lanAddresses();
    if (address !== undefined && !args.flags.has('lan')) throw new UsageError('--address задаёт адрес в сети школы: добавьте --lan');
    if (address !== undefined && !addresses.includes(address)) {
      throw new UsageError(`у этого компьютера нет адреса ${address} в сети (есть: ${addresses.join(', ') || 'ни одного'})`);
    }
    const missing = missingBuild(appRoot());
    if (missing.length) throw new UsageError(`нет собранных страниц (${missing.map((m) => `build/${m}.html`).join(', ')}): выполните npm run build`);
    if (!existsSync(file) && args.flags.has('demo')) await createDemo(file, io);
    if (!existsSync(file)) throw new UsageError(`книги «${file}» нет (новую создаёт: npm run -s cli -- init ${file})`);
    const app = await startApp({ bankPath: file, port, lan: args.flags.has('lan'), address }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') throw new UsageError(`порт ${port} занят другой программой (или приложение уже запущено): укажите другой, например --port ${port + 1}`);
      throw error;
    });
    io.out(`Наставник: ${file}`);
    io.out(`Откройте в браузере: ${app.url}`);
    if (args.flags.has('lan')) {
      io.out(`Ключ доступа к страницам куратора: ${app.secrets.accessKey} (с другого компьютера: ${app.baseUrl}/?key=${app.secrets.accessKey})`);
      io.out(`Учителя открывают личные ссылки на анкеты по адресу ${app.baseUrl}/anketa/… — список на странице «Анкеты».`);
      if (addresses.length > 1 && address === undefined) {
        io.out(`У компьютера несколько адресов в сети (${addresses.join(', ')}): если учителя не открывают ссылки, укажите адрес школьной сети: --address IP.`);
      }
      if (addresses.length === 0) io.out('Внимание: компьютер не подключён к сети — учителя не смогут открыть ссылки.');
    }
    io.out('Остановить: Ctrl+C.');
    if (args.flags.has('open')) openBrowser(app.url);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        io.out('Останавливаю: дожидаюсь записи в книгу…');
        void app.stop().then(() => {
          io.out('Остановлено: все записи в книгу завершены.');
          resolve();
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};
