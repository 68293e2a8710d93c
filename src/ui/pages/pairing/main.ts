/**
 * Sidebar «Подбор пар»: unpaired mentees with search, ranked mentors for the selected one, the
 * curator's list (accept, pin, change, remove), «Подобрать всех», a manual pair, and the write to
 * «Пары». Every text from the sheet goes into the page as text (shared/dom.ts), never as markup.
 */
import type { Proposal } from '../../../domain/matching/proposal';
import type { DraftLine, MenteeItem, PairingState, PeriodInput, SuggestionsView } from '../../../gas/pairing/contract';
import { byId, el, replaceChildren } from '../../shared/dom';
import { callServer, errorText } from '../../shared/server';

/** What a line of the list shows, kept from the suggestion or the proposal it came from. */
interface ListLine extends DraftLine {
  mentorName: string;
  menteeName: string;
  score: number;
  reasons: string[];
}

/** Suggestions shown at first (of the SUGGESTIONS_SHOWN the server sends); the rest on request, so the list stays readable in 300 px. */
const TOP_MENTORS = 5;

const state = {
  data: undefined as PairingState | undefined,
  selected: undefined as string | undefined,
  showAllMentors: false,
  suggestions: undefined as SuggestionsView | undefined,
  lines: [] as ListLine[],
  unpaired: [] as Proposal['unpaired'],
  busy: false,
};

function button(text: string, onClick: () => void, options: { class?: string; label?: string } = {}): HTMLButtonElement {
  const attributes: Record<string, string> = { type: 'button' };
  if (options.class) attributes.class = options.class;
  if (options.label) {
    attributes['aria-label'] = options.label;
    attributes.title = options.label;
  }
  const b = el('button', attributes, text);
  b.addEventListener('click', onClick);
  return b;
}

/**
 * Where a message appears: next to the control the curator has just used, so that at 300 px it is
 * on screen where they clicked (a message at the top of a scrolled panel goes unseen).
 */
type Place = 'top' | 'manual' | 'propose' | 'confirm' | 'repair';
const PLACES: readonly Place[] = ['top', 'manual', 'propose', 'confirm', 'repair'];

function reveal(node: HTMLElement): void {
  node.scrollIntoView({ block: 'nearest' });
}

function setStatus(place: Place, text: string): void {
  const status = byId(`${place}-status`);
  status.textContent = text;
  if (text) reveal(status);
}

function showAlert(place: Place, text: string): void {
  const alert = byId(`${place}-alert`);
  alert.textContent = text;
  alert.hidden = text === '';
  if (text) reveal(alert);
}

function clearMessages(): void {
  for (const place of PLACES) {
    showAlert(place, '');
    setStatus(place, '');
  }
}

function drafts(onlyPinned = false): DraftLine[] {
  return state.lines.filter((l) => !onlyPinned || l.pinned).map(({ mentorCode, menteeCode, pinned }) => ({ mentorCode, menteeCode, pinned }));
}

function inList(menteeCode: string): ListLine | undefined {
  return state.lines.find((l) => l.menteeCode === menteeCode);
}

/**
 * One server call at a time, with every control disabled meanwhile: a click while «Записать» runs would otherwise
 * change the list on screen (remove, pin, accept) after it was sent, and the sheet would get what the list no longer
 * shows; a second «Записать» could not even be seen to be refused. Focus comes back where it was.
 */
async function run<T>(place: Place, busyText: string, action: () => Promise<T>): Promise<T | undefined> {
  if (state.busy) return undefined;
  state.busy = true;
  const controls = byId<HTMLFieldSetElement>('controls');
  const focused = document.activeElement;
  controls.disabled = true;
  document.body.setAttribute('aria-busy', 'true');
  setStatus(place, busyText);
  try {
    const result = await action();
    setStatus(place, '');
    return result;
  } catch (error) {
    setStatus(place, '');
    showAlert(place, `Ошибка: ${errorText(error)}`);
    return undefined;
  } finally {
    state.busy = false;
    controls.disabled = false;
    document.body.removeAttribute('aria-busy');
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost && focused instanceof HTMLElement && focused.isConnected) focused.focus();
  }
}

// --- rendering ---

function scoreBadge(score: number, below = false): HTMLElement {
  return el('span', { class: below ? 'score below' : 'score', title: 'Совместимость, из 100' }, String(score));
}

function renderProblems(): void {
  const problems = state.data?.problems ?? [];
  const list = byId('problems');
  replaceChildren(list, ...problems.map((p) => el('li', {}, p)));
  list.hidden = problems.length === 0;
}

function normalized(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

function matches(m: MenteeItem, query: string): boolean {
  if (query === '') return true;
  const hay = normalized(`${m.name} ${m.code} ${m.category} ${m.position} ${m.subjects.join(' ')} ${m.deficits.join(' ')}`);
  return query.split(/\s+/).every((word) => hay.includes(word));
}

function renderMentees(): void {
  const all = state.data?.mentees ?? [];
  const query = normalized(byId<HTMLInputElement>('search').value.trim());
  const shown = all.filter((m) => matches(m, query));
  byId('mentee-count').textContent = String(all.filter((m) => !inList(m.code)).length);
  const items = shown.map((m) => {
    const line = inList(m.code);
    // The code tells namesakes apart (both take part in pairing, as «Проверить банк» says).
    const meta = [m.code, m.category, line ? `в списке: ${line.mentorName}` : '', m.blockers.length ? 'подобрать нельзя' : ''].filter(Boolean).join(' · ');
    const b = button('', () => void selectMentee(m.code), { class: 'mentee' });
    b.setAttribute('aria-pressed', String(state.selected === m.code));
    b.append(el('span', { class: 'name' }, m.name), el('span', { class: 'meta' }, meta));
    return el('li', {}, b);
  });
  if (shown.length === 0) items.push(el('li', { class: 'empty' }, query ? 'Никого не найдено' : 'Все наставляемые в парах'));
  replaceChildren(byId('mentee-list'), ...items);
}

function renderSuggestions(): void {
  const s = state.suggestions;
  byId('suggestions').hidden = !s;
  if (!s) return;
  byId('selected-name').textContent = s.menteeName;
  const blockers = byId('mentee-blockers');
  blockers.textContent = s.menteeRules.length ? `Подобрать нельзя: ${s.menteeRules.join('; ')}.` : '';
  blockers.hidden = s.menteeRules.length === 0;

  const minScore = state.data?.minScore ?? 0;
  const shown = state.showAllMentors ? s.mentors : s.mentors.slice(0, TOP_MENTORS);
  const cards = shown.map((m) => {
    const capacity = m.capacity === null ? '—' : String(m.capacity);
    const reasons = el('ul', { class: 'reasons' }, ...m.reasons.map((r) => el('li', { class: r.favourable ? 'good' : 'weak' }, r.text)));
    const actions = s.menteeRules.length
      ? null
      : el('div', { class: 'actions' },
        button('Принять', () => accept(m.mentorCode, false), { class: 'action', label: `Принять: ${m.mentorName}` }),
        button('Закрепить', () => accept(m.mentorCode, true), { label: `Закрепить: ${m.mentorName}` }));
    return el('li', { class: 'card' },
      el('div', { class: 'card-head' }, scoreBadge(m.score, m.belowMinimum), el('span', { class: 'name' }, m.mentorName)),
      el('div', { class: 'meta' }, `${m.mentorCode} · ${m.position} · наставляемых ${m.load} из ${capacity}`),
      m.belowMinimum && el('div', { class: 'meta warn' }, `ниже минимальной совместимости ${minScore}: только вручную`),
      el('div', { class: 'meta' }, `${m.form} · ${m.kind}`),
      reasons,
      actions);
  });
  if (s.mentorCount === 0) cards.push(el('li', { class: 'empty' }, 'Нет доступных наставников'));
  if (shown.length < s.mentorCount) {
    cards.push(el('li', {}, button(`Показать всех: ${s.mentorCount}`, () => void showAll())));
  }
  replaceChildren(byId('mentor-list'), ...cards);

  byId('excluded-count').textContent = String(s.excludedCount);
  replaceChildren(byId('excluded-summary'), ...s.excludedSummary.map((x) => el('li', {}, `${x.reason}: ${x.count}`)));
  replaceChildren(byId('excluded-list'), ...s.excluded.map((x) =>
    el('li', {}, el('span', { class: 'name' }, x.mentorName), el('span', { class: 'meta' }, x.rules.join('; ')))));
  byId('excluded-all').hidden = s.excluded.length === s.excludedCount;
  byId('excluded').hidden = s.excludedCount === 0;

  replaceChildren(byId('manual-mentor'), ...(state.data?.mentors ?? []).map((m) =>
    el('option', { value: m.code }, `${m.name}, ${m.code} (${m.load} из ${m.capacity === null ? '—' : m.capacity})`)));
}

function renderLines(): void {
  byId('draft-count').textContent = String(state.lines.length);
  const items = state.lines.map((l) => {
    const pin = button(l.pinned ? 'Закреплена' : 'Закрепить', () => togglePin(l.menteeCode), {
      class: l.pinned ? 'pin on' : 'pin',
      label: l.pinned ? `Открепить: ${l.menteeName}` : `Закрепить: ${l.menteeName}`,
    });
    pin.setAttribute('aria-pressed', String(l.pinned));
    return el('li', { class: 'draft', 'data-mentee': l.menteeCode },
      el('div', { class: 'card-head' }, scoreBadge(l.score), el('span', { class: 'name' }, l.menteeName)),
      el('div', { class: 'meta' }, `наставник: ${l.mentorName}`),
      el('div', { class: 'meta reasons-line' }, l.reasons.join('; ')),
      el('div', { class: 'actions' },
        pin,
        button('Изменить', () => void selectMentee(l.menteeCode), { label: `Изменить наставника: ${l.menteeName}` }),
        button('✕', () => removeLine(l.menteeCode), { label: `Убрать из списка: ${l.menteeName}` })));
  });
  if (state.lines.length === 0) items.push(el('li', { class: 'empty' }, 'Список пуст: примите предложение или нажмите «Подобрать всех»'));
  replaceChildren(byId('draft-list'), ...items);
  byId<HTMLButtonElement>('confirm').disabled = state.lines.length === 0;

  const still = state.unpaired.filter((u) => !inList(u.menteeCode));
  replaceChildren(byId('unpaired-list'), ...still.map((u) =>
    el('li', {}, el('span', { class: 'name' }, u.menteeName), el('span', { class: 'meta' }, u.reason))));
  byId('unpaired-count').textContent = String(still.length);
  byId('unpaired').hidden = still.length === 0;
}

function renderAttention(): void {
  const pairs = state.data?.attention ?? [];
  byId('attention').hidden = pairs.length === 0;
  byId('attention-count').textContent = String(pairs.length);
  replaceChildren(byId('attention-list'), ...pairs.map((p) => el('li', { class: 'draft' },
    el('div', { class: 'card-head' }, el('span', { class: 'name' }, `${p.pairCode}: ${p.mentorName} — ${p.menteeNames.join(', ')}`)),
    el('ul', { class: 'reasons' }, ...p.reasons.map((r) => el('li', { class: 'weak' }, r))),
    el('div', { class: 'actions' }, button('Подобрать заново', () => void repair(p.pairCode), { class: 'action', label: `Подобрать заново: пара ${p.pairCode}` })))));
  const forbidden = state.data?.forbidden ?? [];
  byId('forbidden').hidden = forbidden.length === 0;
  byId('forbidden-count').textContent = String(forbidden.length);
  replaceChildren(byId('forbidden-list'), ...forbidden.map((f) => el('li', {},
    el('span', { class: 'name' }, `${f.mentorName || f.mentorCode} — ${f.menteeName || f.menteeCode}`),
    el('span', { class: 'meta' }, [f.reason, `строка ${f.row}`].filter(Boolean).join(' · ')))));
}

function render(): void {
  renderAttention();
  renderProblems();
  renderMentees();
  renderSuggestions();
  renderLines();
}

// --- actions ---

async function load(): Promise<void> {
  const data = await run('top', 'Загрузка банка…', () => callServer('pairingLoad'));
  if (!data) return;
  // The default period fills the fields once; what the curator typed is kept across reloads.
  if (!state.data) {
    byId<HTMLInputElement>('period-start').value = data.period.start;
    byId<HTMLInputElement>('period-end').value = data.period.end;
  }
  state.data = data;
  render();
}

function chosenPeriod(): PeriodInput {
  return { start: byId<HTMLInputElement>('period-start').value, end: byId<HTMLInputElement>('period-end').value };
}

async function selectMentee(code: string): Promise<void> {
  clearMessages();
  // The mentee's own line must not block their new suggestions, so it is left out of the drafts.
  const others = drafts().filter((d) => d.menteeCode !== code);
  const s = await run('top', 'Подбор наставников…', () => callServer('pairingSuggest', code, others));
  if (s === undefined) return;
  state.selected = code;
  state.showAllMentors = false;
  state.suggestions = s ?? undefined;
  render();
  byId('suggestions-title').focus();
}

/**
 * «Показать всех»: the whole ranking and the unavailable mentors one by one, asked for only now. The list is drawn
 * anew, so the focus goes to the first card not shown before (or to «Недоступны» when that was asked for).
 */
async function showAll(from: 'mentors' | 'excluded' = 'mentors'): Promise<void> {
  const s = state.suggestions;
  if (!s) return;
  const shownBefore = state.showAllMentors ? s.mentors.length : Math.min(TOP_MENTORS, s.mentors.length);
  if (s.mentors.length < s.mentorCount || s.excluded.length < s.excludedCount) {
    const others = drafts().filter((d) => d.menteeCode !== s.menteeCode);
    const all = await run('top', 'Загрузка всех наставников…', () => callServer('pairingSuggest', s.menteeCode, others, true));
    if (!all || state.suggestions !== s) return;
    state.suggestions = all;
  }
  state.showAllMentors = true;
  renderSuggestions();
  const next = byId('mentor-list').querySelectorAll('li.card')[shownBefore]?.querySelector('button');
  const target = from === 'excluded' ? byId('excluded').querySelector('summary') : next;
  (target ?? byId('suggestions-title')).focus();
}

function upsertLine(line: ListLine): void {
  state.lines = [...state.lines.filter((l) => l.menteeCode !== line.menteeCode), line];
}

function closeSuggestions(): void {
  state.selected = undefined;
  state.suggestions = undefined;
  render();
  byId('draft-title').focus();
}

function accept(mentorCode: string, pinned: boolean): void {
  const s = state.suggestions;
  const m = s?.mentors.find((x) => x.mentorCode === mentorCode);
  if (!s || !m) return;
  upsertLine({ mentorCode, menteeCode: s.menteeCode, pinned, mentorName: m.mentorName, menteeName: s.menteeName, score: m.score, reasons: m.reasons.map((r) => r.text) });
  clearMessages();
  closeSuggestions();
  setStatus('propose', `В списке: ${s.menteeName} — ${m.mentorName}`);
}

async function addManual(): Promise<void> {
  const s = state.suggestions;
  if (!s) return;
  const mentorCode = byId<HTMLSelectElement>('manual-mentor').value;
  const others = drafts().filter((d) => d.menteeCode !== s.menteeCode);
  showAlert('manual', '');
  const check = await run('manual', 'Проверка пары…', () => callServer('pairingCheck', mentorCode, s.menteeCode, others));
  if (!check) return;
  if (!check.ok) {
    showAlert('manual', check.message);
    return;
  }
  const mentor = state.data?.mentors.find((m) => m.code === mentorCode);
  upsertLine({
    mentorCode,
    menteeCode: s.menteeCode,
    pinned: true,
    mentorName: mentor?.name ?? mentorCode,
    menteeName: s.menteeName,
    score: check.score ?? 0,
    reasons: check.reasons,
  });
  clearMessages();
  closeSuggestions();
  setStatus('propose', `В списке: ${s.menteeName} — ${mentor?.name ?? mentorCode}`);
}

/** A button of a line of the list: the list is drawn anew on every change, and the keyboard focus must not be lost. */
function lineButton(menteeCode: string, selector: string): HTMLElement | null {
  const line = Array.from(byId('draft-list').querySelectorAll<HTMLElement>('li.draft')).find((li) => li.dataset.mentee === menteeCode);
  return line ? line.querySelector<HTMLElement>(selector) : null;
}

function togglePin(menteeCode: string): void {
  state.lines = state.lines.map((l) => (l.menteeCode === menteeCode ? { ...l, pinned: !l.pinned } : l));
  renderLines();
  lineButton(menteeCode, 'button.pin')?.focus();
}

function removeLine(menteeCode: string): void {
  const index = state.lines.findIndex((l) => l.menteeCode === menteeCode);
  state.lines = state.lines.filter((l) => l.menteeCode !== menteeCode);
  render();
  const next = state.lines[index] ?? state.lines[index - 1];
  ((next && lineButton(next.menteeCode, 'button.pin')) ?? byId('draft-title')).focus();
}

async function proposeAll(): Promise<void> {
  clearMessages();
  const proposal = await run('propose', 'Подбор пар для всех…', () => callServer('pairingProposeAll', drafts(true)));
  if (!proposal) return;
  state.lines = proposal.pairs.flatMap((p) => p.mentees.map((m) => ({
    mentorCode: p.mentorCode,
    menteeCode: m.menteeCode,
    pinned: m.pinned,
    mentorName: p.mentorName,
    menteeName: m.menteeName,
    score: m.score,
    reasons: m.reasons,
  })));
  state.unpaired = proposal.unpaired;
  closeSuggestions();
  const placed = proposal.pairs.reduce((n, p) => n + p.mentees.length, 0);
  setStatus('propose', `Предложено наставляемых: ${placed}, без пары: ${proposal.unpaired.length}. Проверьте список и запишите.`);
  if (proposal.refusedPins.length) showAlert('propose', proposal.refusedPins.map((r) => r.message).join('\n'));
}

async function confirm(): Promise<void> {
  clearMessages();
  const result = await run('confirm', 'Запись в «Пары»…', () => callServer('pairingConfirm', drafts(), chosenPeriod()));
  if (!result) return;
  if (result.problem) {
    showAlert('confirm', `${result.message} ${result.problem}`);
    return;
  }
  const refused = new Set(result.refused.map((r) => r.menteeCode));
  state.lines = state.lines.filter((l) => refused.has(l.menteeCode));
  state.unpaired = [];
  // The open mentor cards are stale now (loads, and «Принять» for a mentee just written): they close, and the list
  // shows what is left even if the reload below fails.
  state.selected = undefined;
  state.suggestions = undefined;
  render();
  await load();
  setStatus('confirm', result.message);
  showAlert('confirm', result.refused.map((r) => r.message).join('\n'));
  if (document.activeElement === null || document.activeElement === document.body) byId('draft-title').focus({ preventScroll: true });
}

/** «Подобрать заново»: the server ends and forbids the pair; the proposed mentors join the list to be written as usual. */
async function repair(pairCode: string): Promise<void> {
  clearMessages();
  const result = await run('repair', 'Подбор заново…', () => callServer('pairingRepair', pairCode, drafts()));
  if (!result) return;
  if (!result.ok) {
    showAlert('repair', result.message);
    return;
  }
  for (const p of result.proposals) {
    upsertLine({ mentorCode: p.mentorCode, menteeCode: p.menteeCode, pinned: false, mentorName: p.mentorName, menteeName: p.menteeName, score: p.score, reasons: p.reasons });
  }
  state.unpaired = [...state.unpaired.filter((u) => !result.unplaced.some((x) => x.menteeCode === u.menteeCode)), ...result.unplaced.map((u) => ({ ...u }))];
  await load();
  // At the top, not in «Требуют внимания»: that section is gone once its last pair is re-paired.
  setStatus('top', result.message);
}

byId('search').addEventListener('input', renderMentees);
byId('propose-all').addEventListener('click', () => void proposeAll());
byId('confirm').addEventListener('click', () => void confirm());
byId('manual-add').addEventListener('click', () => void addManual());
byId('excluded-all').addEventListener('click', () => void showAll('excluded'));
render();
void load();
