/**
 * Issue 9: the safe save of a big bank (5,000 mentees, 2,000 mentors) — temporary file, flush, backup, rename — beside
 * a plain writeFile of the same bytes, and the size of the copy kept in «Резервные копии».
 */
import { mkdtempSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbook, workbookBytes } from '../src/local/excel/bankFile';
import { writeFileSafely } from '../src/local/files/atomicWrite';
import { listBackups } from '../src/local/files/backups';
import { schoolGrids } from '../test/helpers/pairingBank';
import { writeGrids } from '../test/helpers/workbookFile';
import { type Benchmark, medianMs, ms } from './measure';

const kb = (bytes: number) => `${Math.round(bytes / 1024)} КБ`;

export const saveBenchmark: Benchmark = {
  title: 'Сохранение банка: безопасная запись и резервная копия (задача 9)',
  async run(print, figure) {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-bench-save-'));
    const bank = await writeGrids(schoolGrids(2000, 5000), join(dir, 'bank.xlsx'));
    const workbook = await openWorkbook(bank);
    let bytes: Uint8Array = new Uint8Array();
    const serialize = await medianMs(3, async () => {
      bytes = await workbookBytes(workbook);
    });
    const safe = await medianMs(5, () => writeFileSafely(bank, bytes));
    const plain = await medianMs(5, () => writeFile(join(dir, 'plain.xlsx'), bytes));
    const backups = await listBackups(bank);
    const backupBytes = statSync(backups[backups.length - 1]).size;
    figure('save.safeMs', safe);
    figure('save.plainMs', plain);
    figure('save.backupBytes', backupBytes);
    figure('save.serializeMs', serialize);
    print(`Банк 5000 наставляемых × 2000 наставников: ${kb(bytes.length)}, сборка книги в байты ${ms(serialize)}`);
    print(`Безопасное сохранение (временный файл, сброс на диск, резервная копия, переименование): ${ms(safe)}; простой writeFile: ${ms(plain)}`);
    print(`Резервная копия: ${kb(backupBytes)} (жёсткая ссылка на прежнюю версию — без копирования), хранится ${backups.length}`);
  },
};
