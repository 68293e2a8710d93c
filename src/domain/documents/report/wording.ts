/**
 * Figures in words for the report and the summary: sentences a report to the director is written in («оценена в 10
 * парах (группах)», «по 33 анкетам»), avoiding a verb that would have to agree with a number. Every measured value
 * has one decimal after a comma: «58,1 %», «+26,0 п. п.».
 */
import { count } from '../russian';
import { RUBRIC_LEVELS, RUBRIC_MAX } from '../scores';
import type { Item } from '../template';
import type { MonitoringFigures } from './figures';

/** «14,5», «60,0»: Russian decimal comma, always one digit after it. */
export function decimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1).replace('.', ',');
}

/** «+26,0», «−5,0», «0,0»: a change with its sign (a true minus). */
export function signedDecimal(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${decimal(Math.abs(rounded))}`;
}

export function share(part: number, whole: number): string {
  return whole > 0 ? `${decimal((100 * part) / whole)}\u00a0%` : '—';
}

const PAIRS_IN: readonly [string, string, string] = ['паре (группе)', 'парах (группах)', 'парах (группах)'];
const OF_PAIRS: readonly [string, string, string] = ['пары (группы)', 'пар (групп)', 'пар (групп)'];

export function indicatorRows(f: MonitoringFigures): Item[] {
  const rows: [string, string][] = [
    ['Наставников в парах (группах)', String(f.mentorsInPairs)],
    ['Наставляемых в парах (группах)', String(f.menteesInPairs)],
    ['Наставнических пар (групп)', String(f.pairs)],
    ['в том числе групп', String(f.groups)],
    ['Завершили программу', String(f.completed)],
    ['Прекратили программу досрочно', String(f.terminated)],
    ['Молодых специалистов', String(f.youngTotal)],
    ['из них охвачено наставничеством', `${f.youngCovered} (${share(f.youngCovered, f.youngTotal)})`],
    ['Пар (групп) с оценкой эффективности', String(f.assessed)],
  ];
  return rows.map(([показатель, значение]) => ({ показатель, значение }));
}

export function levelRows(f: MonitoringFigures): Item[] {
  return f.levels.map((l) => ({ уровень: l.name, пар: String(l.pairs), доля: share(l.pairs, f.assessed) }));
}

export function participationText(f: MonitoringFigures, year: string): string {
  return `В ${year} учебном году в системе наставничества участвовали ${count(f.mentorsInPairs, ['наставник', 'наставника', 'наставников'])} `
    + `и ${count(f.menteesInPairs, ['наставляемый', 'наставляемых', 'наставляемых'])}. Наставнических пар (групп) — ${f.pairs}, из них групп — ${f.groups}; `
    + `завершили программу — ${f.completed}, прекратили досрочно — ${f.terminated}.`;
}

export function coverageText(f: MonitoringFigures): string {
  if (f.youngTotal === 0) return 'Молодых специалистов в банке наставляемых нет.';
  if (f.youngCovered === f.youngTotal) return `Наставничеством охвачены все молодые специалисты (${f.youngTotal}).`;
  return `Наставничеством охвачено ${f.youngCovered} из ${f.youngTotal} молодых специалистов (${share(f.youngCovered, f.youngTotal)}).`;
}

export function dynamicsText(f: MonitoringFigures): string {
  const compared = f.dynamics.filter((d) => d.before !== undefined && d.after !== undefined).length;
  if (compared === 0 || f.beforeMean === undefined || f.afterMean === undefined) {
    return 'Сравнение входной и итоговой диагностики появится, когда наставляемые пройдут оба анкетирования.';
  }
  const change = f.afterMean - f.beforeMean;
  const direction = change > 0 ? 'вырос' : change < 0 ? 'снизился' : 'не изменился';
  const delta = Math.round(change * 10) === 0 ? '' : ` (${signedDecimal(change)}\u00a0п.\u00a0п.)`;
  const mentees = count(compared, ['наставляемого', 'наставляемых', 'наставляемых']);
  const both = compared === 1 ? 'прошедшего входную и итоговую диагностику' : 'прошедших входную и итоговую диагностику';
  const improved = f.improved !== compared ? `результат улучшился у ${f.improved} из ${mentees}, ${both}`
    : compared === 1 ? `результат улучшился у единственного наставляемого, ${both}` : `результат улучшился у всех ${mentees}, ${both}`;
  return `Средний результат диагностики наставляемых ${direction}: по входной диагностике — ${decimal(f.beforeMean)}\u00a0%, по итоговой — ${decimal(f.afterMean)}\u00a0%${delta}; ${improved}.`;
}

export function efficiencyText(f: MonitoringFigures): string {
  if (f.assessed === 0) return 'Оценка эффективности программ наставничества ещё не проводилась.';
  const parts = RUBRIC_LEVELS.map((level, i) => `${level.label} уровень (${level.from}–${level.to} баллов) — ${f.levels[i]?.pairs ?? 0}`);
  return `Эффективность программ оценена в ${count(f.assessed, PAIRS_IN)}: ${parts.join(', ')}. Средний балл — ${decimal(f.rubricMean ?? 0)} из ${RUBRIC_MAX}.`;
}

export function satisfactionText(f: MonitoringFigures): string {
  if (f.satisfactionResponses === 0 || f.satisfactionMean === undefined) return 'Анкетирование удовлетворённости участников ещё не проводилось.';
  return `Средняя удовлетворённость участников программой — ${decimal(f.satisfactionMean / 10)} из 10 (по ${count(f.satisfactionResponses, ['анкете', 'анкетам', 'анкетам'])}).`;
}

/**
 * «наставнической пары П-008», «наставнических групп П-003, П-005», «наставнических пар и групп П-003, П-008»: the
 * product knows which is which, so a recommendation names them exactly (in the genitive).
 */
function pairsOf(codes: readonly string[], groups: readonly string[]): string {
  const grouped = codes.filter((c) => groups.includes(c)).length;
  const noun = codes.length === 1 ? (grouped ? 'наставнической группы' : 'наставнической пары')
    : grouped === codes.length ? 'наставнических групп' : grouped === 0 ? 'наставнических пар' : 'наставнических пар и групп';
  return `${noun} ${codes.join(', ')}`;
}

/** Conclusions and recommendations the curator can edit before signing. */
export function conclusions(f: MonitoringFigures): string[] {
  const out: string[] = [];
  if (f.youngTotal > 0) {
    out.push(f.youngCovered === f.youngTotal
      ? 'Наставничеством охвачены все молодые специалисты.'
      : `Наставничеством охвачены не все молодые специалисты (${f.youngCovered} из ${f.youngTotal}): рекомендуется подобрать наставников остальным.`);
  }
  const compared = f.dynamics.filter((d) => d.before !== undefined && d.after !== undefined).length;
  if (compared > 0) {
    const everyone = compared === 1 ? 'у наставляемого, прошедшего входную и итоговую диагностику,'
      : `у всех ${count(compared, ['наставляемого', 'наставляемых', 'наставляемых'])}, прошедших входную и итоговую диагностику,`;
    out.push(f.improved === compared
      ? `Положительная динамика результатов диагностики ${everyone} подтверждает результативность программ.`
      : f.improved * 2 > compared
        ? `Положительная динамика результатов диагностики у большинства наставляемых (${f.improved} из ${compared}) подтверждает результативность программ.`
        : 'Положительная динамика отмечена не более чем у половины наставляемых: планы мероприятий рекомендуется проанализировать и скорректировать.');
  }
  const [optimal, , unacceptable] = f.levelPairs;
  if (optimal.length > 0) out.push(`Опыт ${count(optimal.length, OF_PAIRS)} с оптимальным уровнем эффективности (${optimal.join(', ')}) рекомендуется обобщить и представить на итоговом мероприятии, участников — поощрить.`);
  // A programme already completed cannot be corrected: its lessons go into next year's pairing and programmes.
  const running = unacceptable.filter((c) => !f.endedCodes.includes(c));
  const ended = unacceptable.filter((c) => f.endedCodes.includes(c));
  if (running.length > 0) out.push(`Для ${pairsOf(running, f.groupCodes)} с недопустимым уровнем эффективности рекомендуется скорректировать ${running.length === 1 ? 'программу' : 'программы'} или форму наставничества.`);
  if (ended.length > 0) out.push(`Причины недопустимого уровня эффективности ${ended.length === 1 ? 'программы' : 'программ'} ${pairsOf(ended, f.groupCodes)} рекомендуется проанализировать и учесть при формировании пар и составлении программ в следующем учебном году.`);
  if (f.terminatedPairs.length > 0) {
    const reasons = f.terminatedPairs.map((p) => (p.reason ? `${p.code} — ${p.reason}` : p.code)).join('; ');
    out.push(f.terminatedPairs.length === 1
      ? `Причину досрочного прекращения программы (${reasons}) следует учесть при формировании пар в следующем учебном году.`
      : `Причины досрочного прекращения программ (${reasons}) следует учесть при формировании пар в следующем учебном году.`);
  }
  if (out.length === 0) out.push('Данных мониторинга пока недостаточно для выводов: проведите входную и итоговую диагностику и оценку эффективности программ.');
  return out;
}
