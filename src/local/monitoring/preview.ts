/** A questionnaire as a readable HTML page (CLI `forms`): what the Google Form will show, every text escaped. */
import type { Item, Questionnaire, ScoringSpec } from '../../domain/questionnaires/model';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function points(value: number | undefined): string {
  return value === undefined ? '' : ` <span class="points">${value} б.</span>`;
}

function itemHtml(item: Item, number: number): string {
  const title = `<h2>${number}. ${escape(item.title)}${item.required ? ' <span class="required" title="обязательный вопрос">*</span>' : ''}</h2>`;
  const help = item.help ? `<p class="help">${escape(item.help)}</p>` : '';
  let body: string;
  switch (item.type) {
    case 'text':
      body = `<div class="answer line">${item.code === 'pair' ? 'заполняется по ссылке для пары' : item.code ? 'заполняется по личной ссылке' : item.format?.kind === 'number' ? `число от ${item.format.min} до ${item.format.max}` : item.format?.kind === 'email' ? 'адрес электронной почты' : 'короткий ответ'}</div>`;
      break;
    case 'paragraph':
      body = '<div class="answer box">развёрнутый ответ</div>';
      break;
    case 'scale': {
      const scale = item.scale!;
      const marks = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => `<span class="mark">${scale.min + i}</span>`).join('');
      body = `<div class="scale"><span class="label">${escape(scale.minLabel ?? '')}</span>${marks}<span class="label">${escape(scale.maxLabel ?? '')}</span></div>`;
      break;
    }
    default: {
      const symbol = item.type === 'checkbox' ? '☐' : item.type === 'list' ? '▾' : '○';
      const choices = (item.choices ?? []).map((choice) => `<li>${symbol} ${escape(choice.label)}${points(choice.points)}</li>`).join('');
      body = choices ? `<ul class="choices">${choices}</ul>` : '<p class="help">Вариантов пока нет: список появится, когда в банке будут участники.</p>';
    }
  }
  return `<section class="item">${title}${help}${body}</section>`;
}

/**
 * How the questionnaire is scored, in words. A sum of whole points names each level's range as seed 001 does
 * («15–18 баллов – оптимальный уровень»); a mean, its lower bound.
 */
function scoringText(spec: ScoringSpec): string {
  if (spec.method === 'sum') {
    const ranges = spec.levels.map((level, index) => {
      const upper = index === 0 ? spec.max : spec.levels[index - 1].min - 1;
      return `${level.min === upper ? level.min : `${level.min}–${upper}`} баллов – ${level.label} уровень`;
    });
    return `Подсчёт: сумма баллов, максимум ${spec.max}. Уровни: ${ranges.join('; ')}.`;
  }
  return `Подсчёт: среднее по вопросам, максимум ${spec.max}. Уровни: ${spec.levels.map((level) => `${level.label} — от ${level.min}`).join('; ')}.`;
}

export function questionnaireHtml(questionnaire: Questionnaire): string {
  let section: string | undefined;
  const parts: string[] = [];
  questionnaire.items.forEach((item, index) => {
    if (item.subscale && item.subscale !== section) parts.push(`<h3 class="section">${escape(item.subscale)}</h3>`);
    section = item.subscale ?? section;
    parts.push(itemHtml(item, index + 1));
  });
  const scoring = questionnaire.scoring ? `<footer><p>${escape(scoringText(questionnaire.scoring))}</p></footer>` : '';
  return `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>${escape(questionnaire.title)}</title>
<style>
body{font-family:Arial,sans-serif;max-width:760px;margin:24px auto;color:#202124;background:#f0ebf8}
header,.item,.section,footer{background:#fff;border-radius:8px;padding:16px 24px;margin:12px 0}
header{border-top:10px solid #673ab7}h1{font-size:26px;margin:0 0 8px}h2{font-size:16px;font-weight:normal}
.required{color:#d93025}.help{color:#5f6368;font-size:13px}.answer{color:#70757a;border-bottom:1px solid #dadce0;padding:4px 0;font-size:13px}
.box{height:48px;border:1px solid #dadce0;padding:4px}.choices{list-style:none;padding:0}.choices li{margin:6px 0}
.points{color:#188038;font-size:12px}.scale{display:flex;gap:10px;align-items:center;flex-wrap:wrap}.mark{border:1px solid #dadce0;border-radius:50%;width:26px;height:26px;display:inline-flex;align-items:center;justify-content:center}
.label{color:#5f6368;font-size:13px}.section{font-size:17px;background:#673ab7;color:#fff}footer{font-size:13px;color:#5f6368}
</style></head>
<body><header><h1>${escape(questionnaire.title)}</h1><p>${escape(questionnaire.description)}</p><p class="help"><span class="required">*</span> обязательный вопрос</p></header>
${parts.join('\n')}
${scoring}
</body></html>
`;
}
