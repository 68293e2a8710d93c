/** `npm run -s cli -- serve`: a real process that prints its address, answers, and stops on SIGTERM / Ctrl+C with exit code 0. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pairingGrids, menteeRow, mentorRow } from '../helpers/pairingBank';
import { send } from '../helpers/http';
import { writeGrids } from '../helpers/workbookFile';

const CLI = join(__dirname, '../../scripts/cli.mjs');

function serve(file: string, ...flags: string[]) {
  const child = spawn(process.execPath, [CLI, 'serve', file, '--port', '0', ...flags], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); });
  child.stderr.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const address = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /Откройте в браузере: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (match) {
        clearInterval(timer);
        resolve(match[1]);
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`serve exited: ${out}`));
    });
  });
  // A test that expects the process to fail never awaits the address.
  address.catch(() => undefined);
  return { child, address, exited, output: () => out };
}

test.each(['SIGTERM', 'SIGINT'] as const)('serve prints its address, answers on it, and stops on %s with exit code 0', async (signal) => {
  const file = await writeGrids(pairingGrids({ mentors: [mentorRow('НС-001', 'Орлова Вера Павловна')], mentees: [menteeRow('НП-001', 'Сидорова Анна Викторовна')] }));
  const run = serve(file);
  const url = new URL(await run.address);
  const home = await send(Number(url.port), '/');
  expect(home.status).toBe(200);
  expect(home.body).toContain('Наставников: 1, наставляемых: 1, пар: 0.');
  run.child.kill(signal);
  expect(await run.exited).toBe(0);
  expect(run.output()).toContain('Остановлено: все записи в книгу завершены.');
});

test('a missing bank is told in Russian, with how to make one', async () => {
  const run = serve('/nonexistent/bank.xlsx');
  expect(await run.exited).toBe(2);
  expect(run.output()).toContain('Ошибка: книги «/nonexistent/bank.xlsx» нет (новую создаёт: npm run -s cli -- init /nonexistent/bank.xlsx)');
});
