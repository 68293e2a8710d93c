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
  const both = 'с входной и итоговой диагностикой';
  const improved = f.improved !== compared ? `результат улучшился у ${f.improved} из ${mentees} ${both}`
    : compared === 1 ? `результат улучшился у единственного наставляемого ${both}` : `результат улучшился у всех ${mentees} ${both}`;
  return `Средний результат диагностики наставляемых ${direction}: ${decimal(f.beforeMean)}\u00a0% на входе и ${decimal(f.afterMean)}\u00a0% по итогам${delta}; ${improved}.`;
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

/** «Паре (группе) П-008», «Парам (группам) П-008, П-009»: the pairs a recommendation is addressed to, in the dative. */
function toPairs(codes: readonly string[]): string {
  return `${codes.length === 1 ? 'Паре (группе)' : 'Парам (группам)'} ${codes.join(', ')}`;
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
    out.push(f.improved * 2 > compared
      ? 'Положительная динамика результатов диагностики у большинства наставляемых подтверждает результативность программ.'
      : 'Положительная динамика отмечена не более чем у половины наставляемых: планы мероприятий рекомендуется проанализировать и скорректировать.');
  }
  const [optimal, , unacceptable] = f.levelPairs;
  if (optimal.length > 0) out.push(`Опыт ${count(optimal.length, OF_PAIRS)} с оптимальным уровнем эффективности (${optimal.join(', ')}) рекомендуется обобщить и представить на итоговом мероприятии, участников — поощрить.`);
  if (unacceptable.length > 0) out.push(`${toPairs(unacceptable)} с недопустимым уровнем эффективности рекомендуется скорректировать ${unacceptable.length === 1 ? 'программу' : 'программы'} или форму наставничества.`);
  if (f.terminatedPairs.length > 0) {
    const reasons = f.terminatedPairs.map((p) => (p.reason ? `${p.code} — ${p.reason}` : p.code)).join('; ');
    out.push(f.terminatedPairs.length === 1
      ? `Причину досрочного прекращения программы (${reasons}) следует учесть при формировании пар в следующем учебном году.`
      : `Причины досрочного прекращения программ (${reasons}) следует учесть при формировании пар в следующем учебном году.`);
  }
  if (out.length === 0) out.push('Данных мониторинга пока недостаточно для выводов: проведите входную и итоговую диагностику и оценку эффективности программ.');
  return out;
}
