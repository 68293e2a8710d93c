/** The local app's one door to the bank file: writes one at a time, reads after the write under way, a stop that waits. */
import { SHEET } from '../../src/domain/bank/schema';
import { bankAccess } from '../../src/local/server/bankAccess';
import { findWorksheet } from '../../src/local/excel/write';
import { startApp } from '../../src/local/server/start';
import { menteeRow, mentorRow, pairingGrids } from '../helpers/pairingBank';
import { NOW } from '../helpers/sampleTables';
import { sheetRecords, writeGrids } from '../helpers/workbookFile';

const grids = () => pairingGrids({ mentors: [mentorRow('НС-001', 'Орлова Вера Павловна')], mentees: [menteeRow('НП-001', 'Сидорова Анна Викторовна')] });

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** An edit that appends one line to «Журнал», slowly, after reading what is there. */
function appendNote(note: string, events: string[]) {
  return async (workbook: import('exceljs').Workbook) => {
    events.push(`start ${note}`);
    const sheet = findWorksheet(workbook, SHEET.log)!;
    const next = sheet.actualRowCount + 1;
    await pause(50);
    sheet.getCell(next, 2).value = note;
    events.push(`end ${note}`);
    return { value: next, changed: true };
  };
}

describe('bankAccess', () => {
  test('edits run one after another, each on the file the one before saved; a read waits for the write under way', async () => {
    const file = await writeGrids(grids());
    const bank = bankAccess(file);
    const events: string[] = [];
    const writes = [bank.edit(appendNote('первая', events)), bank.edit(appendNote('вторая', events))];
    const read = bank.read((workbook) => findWorksheet(workbook, SHEET.log)!.actualRowCount);
    expect(await Promise.all(writes)).toEqual([2, 3]);
    expect(events).toEqual(['start первая', 'end первая', 'start вторая', 'end вторая']);
    expect(await read).toBe(3);
    expect((await sheetRecords(file, SHEET.log)).map((r) => r['Действие'])).toEqual(['первая', 'вторая']);
  });

  test('a failed edit saves nothing and does not stop the next one', async () => {
    const file = await writeGrids(grids());
    const bank = bankAccess(file);
    const failed = bank.edit(() => {
      throw new Error('сбой');
    });
    const next = bank.edit(appendNote('после сбоя', []));
    await expect(failed).rejects.toThrow('сбой');
    expect(await next).toBe(2);
  });

  test('stopping the app waits for the write under way: the workbook holds it', async () => {
    const file = await writeGrids(grids());
    const app = await startApp({ bankPath: file, port: 0, lan: false, now: () => NOW });
    const events: string[] = [];
    const write = app.bank.edit(appendNote('при остановке', events));
    await pause(10);
    await app.stop();
    events.push('stopped');
    expect(events).toEqual(['start при остановке', 'end при остановке', 'stopped']);
    await write;
    expect((await sheetRecords(file, SHEET.log)).map((r) => r['Действие'])).toEqual(['при остановке']);
  });
});
