/**
 * Teachers' questionnaires on the school's network: a personal link /anketa/<анкета>/<код (проверка NNNN)> — the same
 * code with its check number as Google's pre-filled link — opens the form; the answer goes into the questionnaire's
 * response sheet of the workbook as Google Forms writes it, and is processed at once as the «on form submit» trigger
 * does in Sheets (planProcessing: «Результаты», «Обработка ответов», then «Мониторинг»). A link that is not a
 * person's link of this year gives the same bare 404 as any unknown address.
 */
import type ExcelJS from 'exceljs';
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import { readBank } from '../../domain/bank/bank';
import type { Cell } from '../../domain/bank/table';
import { catalogFor } from '../../domain/monitoring/catalog';
import { MONITORING_SHEETS } from '../../domain/monitoring/process';
import { respondentsOf } from '../../domain/monitoring/respondents';
import { linkedCode } from '../../domain/questionnaires/links';
import type { Item, Questionnaire } from '../../domain/questionnaires/model';
import { normaliseCode, TIMESTAMP_TITLE } from '../../domain/questionnaires/responses';
import { readWorkbookTables } from '../excel/bankFile';
import { appendAndProcess } from '../monitoring/submit';
import type { AppOptions } from './app';
import type { EditOutcome } from './bankAccess';
import { bare, type Html } from './layout';
import { OUTCOME_PARAM, type Outcomes } from './outcomes';
import { formToken, sameSecret } from './secrets';

export const FORMS_PREFIX = '/anketa';

export function isFormPath(path: string): boolean {
  return path.startsWith(`${FORMS_PREFIX}/`);
}

/** A teacher's personal link on this server. */
export function formPath(questionnaireId: string, code: string): string {
  return `${FORMS_PREFIX}/${encodeURIComponent(questionnaireId)}/${encodeURIComponent(linkedCode(code))}`;
}

interface Linked {
  questionnaire: Questionnaire;
  code: string;
  name: string;
}

/** The questionnaire and person of a link, or undefined for anything but a link the app would give out now. */
function linkTarget(workbook: ExcelJS.Workbook, questionnaireId: string, linked: string, now: Date): Linked | undefined {
  const tables = readWorkbookTables(workbook, MONITORING_SHEETS);
  const bank = readBank(tables);
  const entry = respondentsOf(catalogFor(bank), bank, tables, now).find((candidate) => candidate.questionnaire.id === questionnaireId);
  const person = entry?.respondents.find((respondent) => linkedCode(respondent.code) === linked);
  return entry && person ? { questionnaire: entry.questionnaire, code: person.code, name: person.name } : undefined;
}

type Answers = Map<string, string[]>;

function field(index: number): string {
  return `q${index}`;
}

function itemInput(item: Item, index: number, given: string[]): Html {
  const name = field(index);
  const required = item.required ? raw(' required') : '';
  const checked = (value: string) => (given.includes(value) ? raw(' checked') : '');
  const selected = (value: string) => (given.includes(value) ? raw(' selected') : '');
  switch (item.type) {
    case 'paragraph':
      return html`<textarea name="${name}" rows="4"${required}>${given[0] ?? ''}</textarea>`;
    case 'scale': {
      const { min, max, minLabel, maxLabel } = item.scale!;
      const marks = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
      return html`<div class="scale"><span class="muted">${minLabel ?? ''}</span>${marks.map((mark) => html`<label class="mark"><input type="radio" name="${name}" value="${mark}"${required}${checked(mark)}> ${mark}</label>`)}<span class="muted">${maxLabel ?? ''}</span></div>`;
    }
    case 'list':
      return html`<select name="${name}"${required}><option value="">— выберите —</option>${(item.choices ?? []).map((choice) => html`<option${selected(choice.label)}>${choice.label}</option>`)}</select>`;
    case 'choice':
    case 'checkbox': {
      const type = item.type === 'choice' ? 'radio' : 'checkbox';
      const req = item.type === 'choice' ? required : '';
      return html`<ul class="list choices">${(item.choices ?? []).map((choice) => html`<li><label><input type="${type}" name="${name}" value="${choice.label}"${req}${checked(choice.label)}> ${choice.label}</label></li>`)}</ul>`;
    }
    default: {
      const type = item.format?.kind === 'email' ? 'email' : item.format?.kind === 'number' ? 'number' : 'text';
      return html`<input type="${type}" name="${name}" value="${given[0] ?? ''}"${required}>`;
    }
  }
}

const FORM_CSS = 'form .item{border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:10px 0} .scale{display:flex;gap:10px;flex-wrap:wrap;align-items:center} textarea,input[type=number],input[type=email]{font:inherit;width:100%;padding:6px 8px;border:1px solid var(--line);border-radius:4px} .required{color:var(--red)}';

function formPage(root: string, target: Linked, token: string, answers: Answers, problems: string[]): Html {
  const { questionnaire } = target;
  return bare(root, questionnaire.title, html`<style>${FORM_CSS}</style>
<p>${questionnaire.description}</p>
<p class="muted">Код участника: ${target.code}. <span class="required">*</span> — обязательный вопрос.</p>
${problems.length ? html`<div class="status error" role="alert"><p>Ответ не записан:</p><ul>${problems.map((p) => html`<li>${p}</li>`)}</ul></div>` : ''}
<form method="post">
<input type="hidden" name="t" value="${token}">
${questionnaire.items.map((item, index) => (item.code ? '' : html`<fieldset class="item"><legend>${item.title}${item.required ? html` <span class="required">*</span>` : ''}</legend>${item.help ? html`<p class="muted">${item.help}</p>` : ''}${itemInput(item, index, answers.get(field(index)) ?? [])}</fieldset>`))}
<p><button class="action" type="submit">Отправить</button></p>
</form>`);
}

/** The response row as Google Forms writes it, or the problems that keep it out. */
function responseRecord(questionnaire: Questionnaire, code: string, answers: Answers, now: Date): { record: Record<string, Cell>; problems: string[] } {
  const record: Record<string, Cell> = { [TIMESTAMP_TITLE]: now };
  const problems: string[] = [];
  questionnaire.items.forEach((item, index) => {
    if (item.code) {
      record[item.title] = linkedCode(code);
      return;
    }
    const given = (answers.get(field(index)) ?? []).map((value) => value.trim()).filter(Boolean);
    if (given.length === 0) {
      if (item.required) problems.push(`нет ответа на вопрос «${item.title}»`);
      record[item.title] = null;
      return;
    }
    const labels = (item.choices ?? []).map((choice) => choice.label);
    if ((item.type === 'choice' || item.type === 'list' || item.type === 'checkbox') && given.some((value) => !labels.includes(value))) {
      problems.push(`«${item.title}»: такого варианта ответа нет`);
    } else if (item.type === 'scale' || item.format?.kind === 'number') {
      const value = Number(given[0]);
      const { min, max } = item.type === 'scale' ? item.scale! : (item.format as { min: number; max: number });
      if (!Number.isFinite(value) || value < min || value > max) problems.push(`«${item.title}»: нужно число от ${min} до ${max}`);
      record[item.title] = value;
      return;
    }
    record[item.title] = item.type === 'checkbox' ? labels.filter((label) => given.includes(label)).join(', ') : given[0];
  });
  return { record, problems };
}

async function formAnswers(body: Record<string, string | File | (string | File)[]>): Promise<Answers> {
  const answers: Answers = new Map();
  for (const [name, value] of Object.entries(body)) {
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    answers.set(name, values);
  }
  return answers;
}

type Submission =
  | { kind: 'unknown' }
  | { kind: 'forged' }
  | { kind: 'problems'; target: Linked; token: string; problems: string[] }
  | { kind: 'written'; target: Linked };

export function questionnaireForms(options: AppOptions, done: Outcomes): Hono {
  const forms = new Hono();
  forms.get('/:id/:code', async (c) => {
    const now = options.now();
    const target = await options.bank.read((workbook) => linkTarget(workbook, c.req.param('id'), c.req.param('code'), now));
    if (!target) return c.notFound();
    // After the answer (Post/Redirect/Get): a refresh shows the form again rather than sending the answer twice.
    const [thanks] = done.take(c.req.query(OUTCOME_PARAM));
    if (thanks) return c.html(bare(options.root, 'Спасибо!', html`<p role="status">${thanks}</p>`));
    return c.html(formPage(options.root, target, formToken(options.secrets, target.questionnaire.id, normaliseCode(target.code)), new Map(), []));
  });
  forms.post('/:id/:code', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const answers = await formAnswers(body);
    const now = options.now();
    const outcome = await options.bank.edit((workbook): EditOutcome<Submission> => {
      const target = linkTarget(workbook, c.req.param('id'), c.req.param('code'), now);
      if (!target) return { value: { kind: 'unknown' }, changed: false };
      const token = formToken(options.secrets, target.questionnaire.id, normaliseCode(target.code));
      if (!sameSecret(answers.get('t')?.[0], token)) return { value: { kind: 'forged' }, changed: false };
      const { record, problems } = responseRecord(target.questionnaire, target.code, answers, now);
      if (problems.length) return { value: { kind: 'problems', target, token, problems }, changed: false };
      appendAndProcess(workbook, target.questionnaire, [record], now);
      return { value: { kind: 'written', target }, changed: true };
    });
    switch (outcome.kind) {
      case 'unknown': return c.notFound();
      case 'forged': return c.html(bare(options.root, 'Ответ не принят', html`<p>Форма устарела или открыта не по личной ссылке. Откройте личную ссылку ещё раз и ответьте снова.</p>`), 403);
      case 'problems': return c.html(formPage(options.root, outcome.target, outcome.token, answers, outcome.problems), 400);
      default: return c.redirect(done.redirect(c.req.path, [`Ваш ответ на анкету «${outcome.target.questionnaire.title}» записан.`]), 303);
    }
  });
  return forms;
}
