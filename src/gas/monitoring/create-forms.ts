/**
 * «Создать анкеты»: a Google Form for every questionnaire that has none yet, answering into this spreadsheet, listed
 * in «Анкеты», and the one submit trigger. Running it again creates nothing twice.
 */
import { appendPlan } from '../../domain/bank/append';
import { readBank } from '../../domain/bank/bank';
import { SHEET, sheetSpec } from '../../domain/bank/schema';
import { shouldPause, SLICE_BUDGET_MS } from '../../domain/documents/batch';
import { catalogFor } from '../../domain/monitoring/catalog';
import type { Questionnaire } from '../../domain/questionnaires/model';
import { itemIdsProperty, serialiseItemIds } from '../../domain/questionnaires/form-items';
import { formsToCreate, readRegistry, registryRecord } from '../../domain/questionnaires/registry';
import { questionnaireProblems } from '../../domain/questionnaires/validation';
import { type BuiltForm, buildForm } from '../forms/build-form';
import type { FormAppPort, PropertiesPort, ScriptAppPort } from '../forms/ports';
import { ensureSubmitTrigger, type TriggerOutcome } from '../forms/triggers';
import { readTables } from '../sheets/tables';
import { writeAppend } from '../sheets/write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CreateFormsOutcome {
  created: string[];
  alreadyThere: number;
  /** Questionnaires that cannot be built yet, with the reason (a preference form with nobody to choose). */
  postponed: string[];
  trigger: TriggerOutcome;
}

/** The sheet Forms just created for the form's responses, renamed to say which questionnaire it holds. */
function nameResponseSheet(spreadsheet: Spreadsheet, built: BuiltForm, questionnaire: Questionnaire): string {
  SpreadsheetApp.flush();
  const sheets = spreadsheet.getSheets();
  const sheet = sheets.find((candidate) => (candidate.getFormUrl() ?? '').includes(built.formId));
  if (!sheet) return '';
  const names = new Set(sheets.map((candidate) => candidate.getName()));
  let name = questionnaire.responseSheet;
  for (let n = 2; names.has(name); n += 1) name = `${questionnaire.responseSheet.slice(0, 27)} (${n})`;
  sheet.setName(name);
  return name;
}

/**
 * FormApp is slow (every item is several calls) and the forms are listed in «Анкеты» in one write at the end: a run cut
 * off by the 6-minute limit would leave forms nobody knows about, made again by the next run. So the run stops before a
 * form that might not fit (`clock` in milliseconds, Date.now in Apps Script) and says to run it again.
 */
export function createForms(
  spreadsheet: Spreadsheet, services: { formApp: FormAppPort; scriptApp: ScriptAppPort; properties: PropertiesPort }, now: Date,
  clock: () => number = Date.now, budgetMs = SLICE_BUDGET_MS,
): CreateFormsOutcome {
  const started = clock();
  const tables = readTables(spreadsheet, [SHEET.settings, SHEET.vocabularies, SHEET.mentors, SHEET.mentees, SHEET.pairs, SHEET.forms]);
  const registry = readRegistry(tables[SHEET.forms]);
  const catalog = catalogFor(readBank(tables));
  const todo = formsToCreate(catalog, registry);
  const records = [];
  const postponed: string[] = [];
  const created: string[] = [];
  let slowest = 0;
  for (const [index, questionnaire] of todo.entries()) {
    const before = clock();
    if (shouldPause(before - started, slowest, budgetMs)) {
      postponed.push(...todo.slice(index).map((rest) => `«${rest.title}»: не хватило времени одного запуска (не больше 6 минут) — выберите «Создать анкеты» ещё раз.`));
      break;
    }
    const problems = questionnaireProblems(questionnaire);
    if (problems.length > 0) {
      postponed.push(`«${questionnaire.title}»: ${problems.join(' ').replace(`Анкета «${questionnaire.title}»: `, '')}`);
      continue;
    }
    const built = buildForm(services.formApp, questionnaire, spreadsheet.getId());
    services.properties.setProperty(itemIdsProperty(built.formId), serialiseItemIds(built.itemIds));
    records.push(registryRecord(questionnaire, built, nameResponseSheet(spreadsheet, built, questionnaire), now));
    created.push(questionnaire.title);
    slowest = Math.max(slowest, clock() - before);
  }
  if (records.length > 0) {
    const registryTable = tables[SHEET.forms] ?? { sheet: SHEET.forms, header: sheetSpec('forms').columns.map((column) => column.header), rows: [] };
    writeAppend(spreadsheet, appendPlan(registryTable, records));
  }
  return { created, alreadyThere: catalog.length - todo.length, postponed, trigger: ensureSubmitTrigger(services, spreadsheet.getId(), now) };
}
