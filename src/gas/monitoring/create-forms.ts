/**
 * «Создать анкеты»: a Google Form for every questionnaire that has none yet, answering into this spreadsheet, listed
 * in «Анкеты», and the one submit trigger. Running it again creates nothing twice, and brings the forms made before up
 * to date: the preference forms offer the people the bank has now.
 */
import { appendPlan } from '../../domain/bank/append';
import { readBank } from '../../domain/bank/bank';
import { SHEET, sheetSpec } from '../../domain/bank/schema';
import { shouldPause, SLICE_BUDGET_MS } from '../../domain/documents/batch';
import { catalogFor } from '../../domain/monitoring/catalog';
import type { Questionnaire } from '../../domain/questionnaires/model';
import { itemIdsByTitle, itemIdsProperty, parseItemIds, serialiseItemIds } from '../../domain/questionnaires/form-items';
import { preferenceWaitsFor } from '../../domain/questionnaires/catalog/preference';
import { type FormRecord, formsToCreate, readRegistry, registryRecord } from '../../domain/questionnaires/registry';
import { questionnaireProblems } from '../../domain/questionnaires/validation';
import { type BuiltForm, buildForm } from '../forms/build-form';
import type { FormAppPort, FormPort, PropertiesPort, ScriptAppPort } from '../forms/ports';
import { openToAnyoneWithLink, type ResponderAccessPort } from '../forms/responders';
import { ensureSubmitTrigger, type TriggerOutcome } from '../forms/triggers';
import { readTables } from '../sheets/tables';
import { writeAppend } from '../sheets/write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CreateFormsOutcome {
  created: string[];
  /** Preference forms made before whose lists of people were brought up to date. */
  refreshed: string[];
  /** What could not be brought up to date in the forms made before, and why. */
  notes: string[];
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
  // Sheets refuses a name another sheet has in any case («ответы — …» blocks «Ответы — …»).
  const names = new Set(sheets.filter((candidate) => candidate !== sheet).map((candidate) => candidate.getName().toLowerCase()));
  let name = questionnaire.responseSheet;
  for (let n = 2; names.has(name.toLowerCase()); n += 1) name = `${questionnaire.responseSheet.slice(0, 27)} (${n})`;
  sheet.setName(name);
  return name;
}

/**
 * A form made before: its drop-down lists set to the questionnaire's choices as the bank makes them now (a mentor
 * added after the form was made can be chosen), its item ids recorded if an older version did not (by the titles,
 * while these still match). Returns whether any list was set, or the problem.
 */
function refreshForm(services: { formApp: FormAppPort; properties: PropertiesPort }, record: FormRecord, questionnaire: Questionnaire): boolean | string {
  let form: FormPort;
  try {
    form = services.formApp.openById(record.formId);
  } catch {
    return `«${questionnaire.title}»: форма ${record.formId} не открывается (удалена?) — удалите её строку на листе «${SHEET.forms}», и форма будет создана заново.`;
  }
  const key = itemIdsProperty(record.formId);
  let ids = parseItemIds(services.properties.getProperty(key));
  if (ids.size === 0) {
    ids = itemIdsByTitle(questionnaire, form.getItems().map((item) => ({ id: item.getId(), title: item.getTitle() })));
    if (ids.size > 0) services.properties.setProperty(key, serialiseItemIds(ids));
  }
  let set = false;
  for (const item of questionnaire.items) {
    const id = ids.get(item.key);
    if (item.type !== 'list' || !item.choices?.length || id === undefined) continue;
    const found = form.getItemById(id);
    if (!found) continue;
    found.asListItem().setChoiceValues(item.choices.map((choice) => choice.label));
    set = true;
  }
  return set;
}

/**
 * FormApp is slow (every item is several calls) and the forms are listed in «Анкеты» in one write at the end: a run cut
 * off by the 6-minute limit would leave forms nobody knows about, made again by the next run. So the run stops before a
 * form that might not fit (`clock` in milliseconds, Date.now in Apps Script) and says to run it again.
 */
export function createForms(
  spreadsheet: Spreadsheet, services: { formApp: FormAppPort; scriptApp: ScriptAppPort; properties: PropertiesPort; responders?: ResponderAccessPort | null }, now: Date,
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
  const responderNotes: string[] = [];
  let slowest = 0;
  for (const [index, questionnaire] of todo.entries()) {
    const before = clock();
    if (shouldPause(before - started, slowest, budgetMs)) {
      postponed.push(...todo.slice(index).map((rest) => `«${rest.title}»: не хватило времени одного запуска (не больше 6 минут) — выберите «Создать анкеты» ещё раз.`));
      break;
    }
    const waits = preferenceWaitsFor(questionnaire);
    if (waits) {
      postponed.push(`«${questionnaire.title}»: ${waits}`);
      continue;
    }
    const problems = questionnaireProblems(questionnaire);
    if (problems.length > 0) {
      postponed.push(`«${questionnaire.title}»: ${problems.join(' ').replace(`Анкета «${questionnaire.title}»: `, '')}`);
      continue;
    }
    const built = buildForm(services.formApp, questionnaire, spreadsheet.getId());
    // Who may answer: anyone with the personal link, checked after it is set (absent in callers that do not ask).
    const access = services.responders === undefined ? undefined : openToAnyoneWithLink(services.responders, built.formId, questionnaire.title);
    if (access) responderNotes.push(access);
    services.properties.setProperty(itemIdsProperty(built.formId), serialiseItemIds(built.itemIds));
    records.push(registryRecord(questionnaire, built, nameResponseSheet(spreadsheet, built, questionnaire), now));
    created.push(questionnaire.title);
    slowest = Math.max(slowest, clock() - before);
  }
  if (records.length > 0) {
    const registryTable = tables[SHEET.forms] ?? { sheet: SHEET.forms, header: sheetSpec('forms').columns.map((column) => column.header), rows: [] };
    writeAppend(spreadsheet, appendPlan(registryTable, records));
  }
  const refreshed: string[] = [];
  const notes: string[] = [...responderNotes];
  const made = new Set(todo.map((questionnaire) => questionnaire.id));
  for (const record of registry) {
    const questionnaire = catalog.find((candidate) => candidate.id === record.questionnaireId);
    if (!record.formId || !questionnaire || made.has(questionnaire.id)) continue;
    const recorded = services.properties.getProperty(itemIdsProperty(record.formId)) !== null;
    // Only preference forms change with the bank; the others are opened once, to record their item ids.
    if (questionnaire.kind !== 'preference' && recorded) continue;
    if (questionnaire.kind === 'preference' && questionnaireProblems(questionnaire).length > 0) {
      notes.push(`«${questionnaire.title}»: выбрать пока некого — список в форме оставлен как был.`);
      continue;
    }
    const before = clock();
    if (shouldPause(before - started, slowest, budgetMs)) {
      notes.push(`«${questionnaire.title}»: список не обновлён — не хватило времени одного запуска, выберите «Создать анкеты» ещё раз.`);
      continue;
    }
    const outcome = refreshForm(services, record, questionnaire);
    if (typeof outcome === 'string') notes.push(outcome);
    else if (outcome) refreshed.push(questionnaire.title);
    slowest = Math.max(slowest, clock() - before);
  }
  return { created, refreshed, notes, alreadyThere: catalog.length - todo.length, postponed, trigger: ensureSubmitTrigger(services, spreadsheet.getId(), now) };
}
