/** Figures in words for the report and the summary: sentences that avoid verb agreement with numbers. */
import { count } from '../russian';
import { RUBRIC_LEVELS, RUBRIC_MAX } from '../scores';
import type { Item } from '../template';
import type { MonitoringFigures } from './figures';

/** «14,5»: Russian decimal comma, one digit after it, none for whole numbers. */
export function decimal(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1).replace('.', ',');
}

export function share(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((100 * part) / whole)} %` : '—';
}

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
    ['Пар с оценкой эффективности', String(f.assessed)],
  ];
  return rows.map(([показатель, значение]) => ({ показатель, значение }));
}

export function levelRows(f: MonitoringFigures): Item[] {
  return f.levels.map((l) => ({ уровень: l.name, пар: String(l.pairs), доля: share(l.pairs, f.assessed) }));
}

export function participationText(f: MonitoringFigures, year: string): string {
  return `В ${year} учебном году в системе наставничества участвовали ${count(f.mentorsInPairs, ['наставник', 'наставника', 'наставников'])} `
    + `и ${count(f.menteesInPairs, ['наставляемый', 'наставляемых', 'наставляемых'])}. Наставнических пар (групп): ${f.pairs}, в том числе групп: ${f.groups}; `
    + `завершили программу: ${f.completed}, прекратили досрочно: ${f.terminated}.`;
}

export function coverageText(f: MonitoringFigures): string {
  if (f.youngTotal === 0) return 'Молодых специалистов в банке наставляемых нет.';
  return `Молодых специалистов: ${f.youngTotal}, из них наставничеством охвачено: ${f.youngCovered} (${share(f.youngCovered, f.youngTotal)}).`;
}

export function dynamicsText(f: MonitoringFigures): string {
  const compared = f.dynamics.filter((d) => d.before !== undefined && d.after !== undefined).length;
  if (compared === 0 || f.beforeMean === undefined || f.afterMean === undefined) {
    return 'Сравнение входной и итоговой диагностики появится, когда наставляемые пройдут оба анкетирования.';
  }
  const change = f.afterMean - f.beforeMean;
  const direction = change > 0 ? 'вырос' : change < 0 ? 'снизился' : 'не изменился';
  const delta = change === 0 ? '' : ` (${change > 0 ? '+' : '−'}${decimal(Math.abs(change))} п. п.)`;
  return `Средний результат диагностики наставляемых ${direction}: ${decimal(f.beforeMean)} % на входе, ${decimal(f.afterMean)} % по итогам${delta}; `
    + `результат улучшился у ${f.improved} из ${compared}.`;
}

export function efficiencyText(f: MonitoringFigures): string {
  if (f.assessed === 0) return 'Оценка эффективности программ наставничества ещё не проводилась.';
  const parts = RUBRIC_LEVELS.map((level, i) => {
    const name = i === 0 ? `${level.label.charAt(0).toUpperCase()}${level.label.slice(1)} уровень` : level.label;
    const range = i === 0 ? `${level.from}–${level.to} баллов` : `${level.from}–${level.to}`;
    return `${name} (${range}): ${f.levels[i]?.pairs ?? 0}`;
  });
  return `Эффективность программ оценена у пар (групп): ${f.assessed}. ${parts.join(', ')}. Средний балл: ${decimal(f.rubricMean ?? 0)} из ${RUBRIC_MAX}.`;
}

export function satisfactionText(f: MonitoringFigures): string {
  if (f.satisfactionResponses === 0 || f.satisfactionMean === undefined) return 'Анкетирование удовлетворённости участников ещё не проводилось.';
  return `Средняя удовлетворённость участников программой: ${decimal(f.satisfactionMean / 10)} из 10 (анкет: ${f.satisfactionResponses}).`;
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
  const [optimal, , unacceptable] = f.levels.map((l) => l.pairs);
  if (optimal > 0) out.push(`Опыт пар с оптимальным уровнем эффективности (${optimal}) рекомендуется обобщить и представить на итоговом мероприятии, участников — поощрить.`);
  if (unacceptable > 0) out.push(`Парам с недопустимым уровнем эффективности (${unacceptable}) рекомендуется скорректировать программы или форму наставничества.`);
  if (f.terminated > 0) out.push(`Причины досрочного прекращения программ (${f.terminated}) следует учесть при формировании пар в следующем учебном году.`);
  if (out.length === 0) out.push('Данных мониторинга пока недостаточно для выводов: проведите входную и итоговую диагностику и оценку эффективности программ.');
  return out;
}
