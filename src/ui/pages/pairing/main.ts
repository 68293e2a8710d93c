/**
 * Sidebar «Подбор пар»: unpaired mentees with search, ranked mentors for the selected one, the
 * curator's list (accept, pin, change, remove), «Подобрать всех», a manual pair, and the write to
 * «Пары». Every text from the sheet goes into the page through textContent only.
 */
import type { DraftLine, MenteeItem, PairingState, SuggestionsView } from './api';
import type { Proposal } from '../../../domain/matching/proposal';
import { callServer } from './server';

/** What a line of the list shows, kept from the suggestion or the proposal it came from. */
interface ListLine extends DraftLine {
  mentorName: string;
  menteeName: string;
  score: number;
  reasons: string[];
}

/** Suggestions shown at first; the rest on request, so the list stays readable in the sidebar. */
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

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Нет элемента #${id}`);
  return node as T;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: (Node | null)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const c of children) if (c) node.appendChild(c);
  return node;
}

function button(text: string, onClick: () => void, className = '', label?: string): HTMLButtonElement {
  const b = el('button', { className, text, attrs: { type: 'button', ...(label ? { 'aria-label': label, title: label } : {}) } });
  b.addEventListener('click', onClick);
  return b;
}

function clear(node: HTMLElement): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

function setStatus(text: string): void {
  byId('status').textContent = text;
}

function showAlert(text: string): void {
  const a = byId('alert');
  a.textContent = text;
  a.hidden = text === '';
}

function drafts(onlyPinned = false): DraftLine[] {
  return state.lines.filter((l) => !onlyPinned || l.pinned).map(({ mentorCode, menteeCode, pinned }) => ({ mentorCode, menteeCode, pinned }));
}

async function run<T>(busyText: string, action: () => Promise<T>): Promise<T | undefined> {
  if (state.busy) return undefined;
  state.busy = true;
  document.body.setAttribute('aria-busy', 'true');
  setStatus(busyText);
  try {
    const result = await action();
    setStatus('');
    return result;
  } catch (error) {
    setStatus('');
    showAlert(`Ошибка: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  } finally {
    state.busy = false;
    document.body.removeAttribute('aria-busy');
  }
}

// --- rendering ---

function scoreBadge(score: number, below = false): HTMLElement {
  return el('span', { className: `score${below ? ' below' : ''}`, text: String(score), attrs: { title: 'Совместимость, из 100' } });
}

function renderProblems(): void {
  const list = byId<HTMLUListElement>('problems');
  clear(list);
  const problems = state.data?.problems ?? [];
  for (const p of problems) list.appendChild(el('li', { text: p }));
  list.hidden = problems.length === 0;
}

function inList(menteeCode: string): ListLine | undefined {
  return state.lines.find((l) => l.menteeCode === menteeCode);
}

function matches(m: MenteeItem, query: string): boolean {
  if (query === '') return true;
  const hay = `${m.name} ${m.code} ${m.category} ${m.position} ${m.subjects.join(' ')} ${m.deficits.join(' ')}`.toLowerCase().replace(/ё/g, 'е');
  return query.split(/\s+/).every((w) => hay.includes(w));
}

function renderMentees(): void {
  const list = byId<HTMLUListElement>('mentee-list');
  clear(list);
  const query = byId<HTMLInputElement>('search').value.trim().toLowerCase().replace(/ё/g, 'е');
  const mentees = (state.data?.mentees ?? []).filter((m) => matches(m, query));
  const free = (state.data?.mentees ?? []).filter((m) => !inList(m.code)).length;
  byId('mentee-count').textContent = String(free);
  for (const m of mentees) {
    const line = inList(m.code);
    const b = button('', () => void selectMentee(m.code), 'mentee');
    b.setAttribute('aria-pressed', String(state.selected === m.code));
    b.appendChild(el('span', { className: 'name', text: m.name }));
    const meta = [m.category, line ? `в списке: ${line.mentorName}` : '', m.blockers.length ? 'нельзя подобрать' : ''].filter(Boolean).join(' · ');
    b.appendChild(el('span', { className: 'meta', text: meta }));
    list.appendChild(el('li', {}, [b]));
  }
  if (mentees.length === 0) list.appendChild(el('li', { className: 'empty', text: query ? 'Никого не найдено' : 'Все наставляемые в парах' }));
}

function renderSuggestions(): void {
  const s = state.suggestions;
  const section = byId('suggestions');
  section.hidden = !s;
  if (!s) return;
  byId('selected-name').textContent = s.menteeName;
  const blockers = byId('mentee-blockers');
  blockers.textContent = s.menteeRules.length ? `Подобрать нельзя: ${s.menteeRules.join('; ')}.` : '';
  blockers.hidden = s.menteeRules.length === 0;

  const list = byId<HTMLOListElement>('mentor-list');
  clear(list);
  const minScore = state.data?.minScore ?? 0;
  const shown = state.showAllMentors ? s.mentors : s.mentors.slice(0, TOP_MENTORS);
  for (const m of shown) {
    const capacity = m.capacity === null ? '—' : String(m.capacity);
    const reasons = el('ul', { className: 'reasons' });
    for (const c of m.criteria) if (c.text) reasons.appendChild(el('li', { className: c.favourable ? 'good' : 'weak', text: c.text }));
    const actions = el('div', { className: 'actions' }, s.menteeRules.length
      ? []
      : [
        button('Принять', () => accept(m.mentorCode, false), 'action', `Принять: ${m.mentorName}`),
        button('Закрепить', () => accept(m.mentorCode, true), '', `Закрепить: ${m.mentorName}`),
      ]);
    list.appendChild(el('li', { className: 'card' }, [
      el('div', { className: 'card-head' }, [scoreBadge(m.score, m.belowMinimum), el('span', { className: 'name', text: m.mentorName })]),
      el('div', { className: 'meta', text: `${m.position} · наставляемых ${m.load} из ${capacity}` }),
      m.belowMinimum ? el('div', { className: 'meta warn', text: `ниже минимальной совместимости ${minScore}: только вручную` }) : null,
      el('div', { className: 'meta', text: `${m.form || 'форма не определена'} · ${m.kind}` }),
      reasons,
      actions,
    ]));
  }
  if (s.mentors.length === 0) list.appendChild(el('li', { className: 'empty', text: 'Нет доступных наставников' }));
  if (shown.length < s.mentors.length) {
    list.appendChild(el('li', {}, [button(`Показать всех: ${s.mentors.length}`, () => {
      state.showAllMentors = true;
      renderSuggestions();
    })]));
  }

  const excluded = byId<HTMLUListElement>('excluded-list');
  clear(excluded);
  byId('excluded-count').textContent = String(s.excluded.length);
  for (const x of s.excluded) {
    excluded.appendChild(el('li', {}, [
      el('span', { className: 'name', text: x.mentorName }),
      el('span', { className: 'meta', text: x.rules.join('; ') }),
    ]));
  }
  byId('excluded').hidden = s.excluded.length === 0;

  const select = byId<HTMLSelectElement>('manual-mentor');
  clear(select);
  for (const m of state.data?.mentors ?? []) {
    const cap = m.capacity === null ? '—' : String(m.capacity);
    select.appendChild(el('option', { text: `${m.name} (${m.load} из ${cap})`, attrs: { value: m.code } }));
  }
}

function renderLines(): void {
  const list = byId<HTMLUListElement>('draft-list');
  clear(list);
  byId('draft-count').textContent = String(state.lines.length);
  for (const l of state.lines) {
    const pin = button(l.pinned ? 'Закреплена' : 'Закрепить', () => togglePin(l.menteeCode), `pin${l.pinned ? ' on' : ''}`, l.pinned ? `Открепить: ${l.menteeName}` : `Закрепить: ${l.menteeName}`);
    pin.setAttribute('aria-pressed', String(l.pinned));
    list.appendChild(el('li', { className: 'draft', attrs: { 'data-mentee': l.menteeCode } }, [
      el('div', { className: 'card-head' }, [scoreBadge(l.score), el('span', { className: 'name', text: l.menteeName })]),
      el('div', { className: 'meta', text: `наставник: ${l.mentorName}` }),
      el('div', { className: 'meta reasons-line', text: l.reasons.join('; ') }),
      el('div', { className: 'actions' }, [
        pin,
        button('Изменить', () => void selectMentee(l.menteeCode), '', `Изменить наставника: ${l.menteeName}`),
        button('✕', () => removeLine(l.menteeCode), '', `Убрать из списка: ${l.menteeName}`),
      ]),
    ]));
  }
  if (state.lines.length === 0) list.appendChild(el('li', { className: 'empty', text: 'Список пуст: примите предложение или нажмите «Подобрать всех»' }));
  byId<HTMLButtonElement>('confirm').disabled = state.lines.length === 0;

  const unpaired = byId<HTMLDetailsElement>('unpaired');
  const ul = byId<HTMLUListElement>('unpaired-list');
  clear(ul);
  const still = state.unpaired.filter((u) => !inList(u.menteeCode));
  for (const u of still) ul.appendChild(el('li', {}, [el('span', { className: 'name', text: u.menteeName }), el('span', { className: 'meta', text: u.reason })]));
  byId('unpaired-count').textContent = String(still.length);
  unpaired.hidden = still.length === 0;
}

function render(): void {
  renderProblems();
  renderMentees();
  renderSuggestions();
  renderLines();
}

// --- actions ---

async function load(): Promise<void> {
  const data = await run('Загрузка банка…', () => callServer('pairingLoad'));
  if (!data) return;
  state.data = data;
  render();
}

async function selectMentee(code: string): Promise<void> {
  showAlert('');
  // The mentee's own line must not block their new suggestions, so it is left out of the drafts.
  const others = drafts().filter((d) => d.menteeCode !== code);
  const s = await run('Подбор наставников…', () => callServer('pairingSuggest', code, others));
  if (s === undefined) return;
  state.selected = code;
  state.showAllMentors = false;
  state.suggestions = s ?? undefined;
  render();
  byId('suggestions-title').focus();
}

function upsertLine(line: ListLine): void {
  state.lines = [...state.lines.filter((l) => l.menteeCode !== line.menteeCode), line];
}

function accept(mentorCode: string, pinned: boolean): void {
  const s = state.suggestions;
  const m = s?.mentors.find((x) => x.mentorCode === mentorCode);
  if (!s || !m) return;
  upsertLine({ mentorCode, menteeCode: s.menteeCode, pinned, mentorName: m.mentorName, menteeName: s.menteeName, score: m.score, reasons: m.reasons });
  showAlert('');
  setStatus(`Добавлено: ${s.menteeName} — ${m.mentorName}`);
  state.selected = undefined;
  state.suggestions = undefined;
  render();
  byId('draft-title').focus();
}

async function addManual(): Promise<void> {
  const s = state.suggestions;
  if (!s) return;
  const mentorCode = byId<HTMLSelectElement>('manual-mentor').value;
  const others = drafts().filter((d) => d.menteeCode !== s.menteeCode);
  const check = await run('Проверка пары…', () => callServer('pairingCheck', mentorCode, s.menteeCode, others));
  if (!check) return;
  if (!check.ok) {
    showAlert(check.message);
    return;
  }
  const ranked = s.mentors.find((m) => m.mentorCode === mentorCode);
  const mentor = state.data?.mentors.find((m) => m.code === mentorCode);
  upsertLine({
    mentorCode,
    menteeCode: s.menteeCode,
    pinned: true,
    mentorName: mentor?.name ?? mentorCode,
    menteeName: s.menteeName,
    score: ranked?.score ?? 0,
    reasons: ranked?.reasons ?? [],
  });
  showAlert('');
  state.selected = undefined;
  state.suggestions = undefined;
  render();
}

function togglePin(menteeCode: string): void {
  state.lines = state.lines.map((l) => (l.menteeCode === menteeCode ? { ...l, pinned: !l.pinned } : l));
  renderLines();
}

function removeLine(menteeCode: string): void {
  state.lines = state.lines.filter((l) => l.menteeCode !== menteeCode);
  render();
}

async function proposeAll(): Promise<void> {
  showAlert('');
  const proposal = await run('Подбор пар для всех…', () => callServer('pairingProposeAll', drafts(true)));
  if (!proposal) return;
  state.lines = proposal.pairs.flatMap((p) =>
    p.mentees.map((m) => ({
      mentorCode: p.mentorCode,
      menteeCode: m.menteeCode,
      pinned: m.pinned,
      mentorName: p.mentorName,
      menteeName: m.menteeName,
      score: m.score,
      reasons: m.reasons,
    })),
  );
  state.unpaired = proposal.unpaired;
  state.selected = undefined;
  state.suggestions = undefined;
  if (proposal.refusedPins.length) showAlert(proposal.refusedPins.map((r) => r.message).join('\n'));
  const placed = proposal.pairs.reduce((s, p) => s + p.mentees.length, 0);
  setStatus(`Предложено: ${placed} наставляемых, без пары: ${proposal.unpaired.length}. Проверьте список и запишите.`);
  render();
  byId('draft-title').focus();
}

async function confirm(): Promise<void> {
  const result = await run('Запись в «Пары»…', () => callServer('pairingConfirm', drafts()));
  if (!result) return;
  const refused = new Set(result.refused.map((r) => r.menteeCode));
  state.lines = state.lines.filter((l) => refused.has(l.menteeCode));
  state.unpaired = [];
  showAlert(result.refused.map((r) => r.message).join('\n'));
  await load();
  setStatus(result.message);
}

function start(): void {
  byId('search').addEventListener('input', renderMentees);
  byId('propose-all').addEventListener('click', () => void proposeAll());
  byId('confirm').addEventListener('click', () => void confirm());
  byId('manual-add').addEventListener('click', () => void addManual());
  render();
  void load();
}

start();
