/**
 * «Муниципалитет → Сделать эту таблицу сводкой муниципалитета»: the marker the add-on knows a municipal summary by is
 * its «Параметры» sheet naming the schools' folder (isMunicipalParameters). A school's bank is refused: the two never
 * share a spreadsheet, so the school's menu and the municipal one cannot act on each other's sheets.
 */
import { SHEET } from '../../domain/bank/schema';
import { findColumn } from '../../domain/bank/table';
import { cellText } from '../../domain/bank/table';
import type { ActionOutcome } from '../../domain/documents/outcome';
import { MUNICIPAL_SHEET, PARAMETER, parametersSheet, readParameters } from '../../domain/municipal/workbook';
import { findSheet, findSheets } from '../sheets/find';
import { readTable } from '../sheets/tables';
import { appendRows } from '../sheets/write';
import { municipalParameters, writeGrid } from './sheets';

const NEXT = `Вставьте в «${PARAMETER.packageFolder}» ссылку на папку Google Диска, открытую школам для сведений, ` +
  'и выберите «Муниципалитет → Собрать сведения школ».';

export function setUpMunicipal(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ActionOutcome {
  const outcome: ActionOutcome = { made: [], problems: [], notes: [] };
  if (findSheets(spreadsheet, [SHEET.settings, SHEET.mentors]).some(Boolean)) {
    outcome.problems.push('В этой таблице банк наставничества школы. Сводку муниципалитета делают в отдельной Google Таблице: создайте новую и выберите в ней этот пункт.');
    return outcome;
  }
  if (municipalParameters(spreadsheet)) {
    outcome.notes.push(`Эта таблица уже сводка муниципалитета. ${NEXT}`);
    return outcome;
  }
  const sheet = findSheet(spreadsheet, MUNICIPAL_SHEET.parameters);
  const grid = parametersSheet(readParameters(sheet ? readTable(sheet) : undefined));
  if (!sheet) {
    writeGrid(spreadsheet, grid);
    outcome.notes.push(`Создан лист «${MUNICIPAL_SHEET.parameters}»: заполните орган управления образованием, муниципальное образование и муниципального куратора. ${NEXT}`);
    return outcome;
  }
  // A «Параметры» of the municipal workbook the CLI made (uploaded to Drive): its values stay, missing rows are added.
  const table = readTable(sheet);
  const name = findColumn(table, 'Параметр');
  if (name < 0 || findColumn(table, 'Значение') < 0) {
    outcome.problems.push(`В таблице уже есть лист «${MUNICIPAL_SHEET.parameters}» со своими данными. Переименуйте его или создайте сводку в новой Google Таблице.`);
    return outcome;
  }
  const present = new Set(table.rows.map((row) => cellText(row[name]).trim().toLowerCase()));
  const missing = grid.rows.filter((row) => !present.has(cellText(row[0]).toLowerCase()));
  appendRows(spreadsheet, MUNICIPAL_SHEET.parameters, missing.map((row) => {
    const out = table.header.map(() => null as string | number | null);
    table.header.forEach((h, i) => {
      const at = grid.header.indexOf(h.trim());
      if (at >= 0) out[i] = row[at] as string | number | null;
    });
    return out;
  }));
  outcome.notes.push(`На лист «${MUNICIPAL_SHEET.parameters}» добавлены параметры: ${missing.map((r) => `«${cellText(r[0])}»`).join(', ')}. ${NEXT}`);
  return outcome;
}
