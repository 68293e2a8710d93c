/**
 * Issue 14: the curator's local app over the sample school's workbook (before pairing: 30 mentees without a pair) —
 * how long a page and a server function take through the real server, each reading the workbook afresh, and
 * «Записать в «Пары»», which also saves it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleBankWorkbook } from '../src/local/demo/sampleBank';
import { startApp } from '../src/local/server/start';
import { send } from '../test/helpers/http';
import { type Benchmark, medianMs, ms } from './measure';

const NOW = new Date(2026, 8, 10, 10);

export const localAppBenchmark: Benchmark = {
  title: 'Приложение куратора на компьютере (npm start): страница и вызов сервера над книгой примера школы',
  async run(print, figure) {
    const file = join(mkdtempSync(join(tmpdir(), 'nastavnik-bench-')), 'bank.xlsx');
    await sampleBankWorkbook(NOW).workbook.xlsx.writeFile(file);
    const app = await startApp({ bankPath: file, port: 0, lan: false, now: () => NOW });
    try {
      const call = async (name: string, ...args: unknown[]) => {
        const answer = await send(app.port, `/api/${name}`, {
          method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': app.secrets.csrfToken }, body: JSON.stringify({ args }),
        });
        const parsed = JSON.parse(answer.body) as { ok: boolean; value: unknown; message?: string };
        if (!parsed.ok) throw new Error(parsed.message);
        return parsed.value;
      };
      const home = await medianMs(5, () => send(app.port, '/'));
      const load = await medianMs(5, () => call('pairingLoad'));
      const proposal = await call('pairingProposeAll', []) as { pairs: Array<{ mentorCode: string; mentees: Array<{ menteeCode: string }> }> };
      const propose = await medianMs(3, () => call('pairingProposeAll', []));
      const lines = proposal.pairs.flatMap((p) => p.mentees.map((m) => ({ mentorCode: p.mentorCode, menteeCode: m.menteeCode, pinned: false })));
      let next = 0;
      const confirm = await medianMs(3, () => call('pairingConfirm', [lines[next++]]));
      print(`Главная страница: ${ms(home)}; «Подбор пар» — загрузка: ${ms(load)}, «Подобрать всех»: ${ms(propose)}; «Записать в «Пары»» одной пары (чтение, запись, сохранение книги): ${ms(confirm)}.`);
      figure('localApp.homeMs', home);
      figure('localApp.pairingLoadMs', load);
      figure('localApp.proposeAllMs', propose);
      figure('localApp.confirmMs', confirm);
    } finally {
      await app.stop();
    }
  },
};
