/**
 * Invariants a questionnaire must keep to be built as a form and scored. Checked in tests over the whole catalog and
 * by the form builder before it touches Google Forms, so a broken definition never becomes a half-built form.
 */
import { isScored, itemRange, type Questionnaire } from './model';

/** Title equality as Google Forms headers are compared: trimmed, inner whitespace collapsed. */
export function normaliseTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

export function questionnaireProblems(questionnaire: Questionnaire): string[] {
  const problems: string[] = [];
  const say = (message: string) => problems.push(`Анкета «${questionnaire.title}»: ${message}`);

  const keys = new Set<string>();
  const titles = new Set<string>();
  for (const item of questionnaire.items) {
    if (keys.has(item.key)) say(`ключ вопроса «${item.key}» повторяется.`);
    keys.add(item.key);
    const title = normaliseTitle(item.title);
    if (!title) say(`у вопроса «${item.key}» нет текста.`);
    // The response sheet has one column per title: two equal titles would share a column.
    if (titles.has(title)) say(`вопрос «${title}» повторяется.`);
    titles.add(title);

    if (item.type === 'choice' || item.type === 'list' || item.type === 'checkbox') {
      const labels = (item.choices ?? []).map((choice) => choice.label);
      if (labels.length === 0) say(`у вопроса «${title}» нет вариантов ответа.`);
      if (new Set(labels).size !== labels.length) say(`у вопроса «${title}» повторяются варианты ответа.`);
    } else if (item.choices) {
      say(`у вопроса «${title}» типа ${item.type} не может быть вариантов ответа.`);
    }
    if (item.type === 'scale') {
      const scale = item.scale;
      // Google Forms accepts a linear scale from 0 or 1 up to 2..10.
      if (!scale || !Number.isInteger(scale.min) || !Number.isInteger(scale.max)
        || (scale.min !== 0 && scale.min !== 1) || scale.max < 2 || scale.max > 10) {
        say(`шкала вопроса «${title}» должна начинаться с 0 или 1 и заканчиваться числом от 2 до 10.`);
      }
    }
    if (item.format?.kind === 'number' && item.format.min > item.format.max) {
      say(`у вопроса «${title}» наименьшее допустимое число больше наибольшего.`);
    }
    if (item.reverse && !isScored(item)) say(`обратный вопрос «${title}» не оценивается баллами.`);
  }

  if (questionnaire.responseSheet.length > 31 || /[:\\/?*[\]]/.test(questionnaire.responseSheet)) {
    say(`имя листа ответов «${questionnaire.responseSheet}» длиннее 31 знака или содержит : \\ / ? * [ ] — Excel его не примет.`);
  }

  const codeItems = questionnaire.items.filter((item) => item.code !== undefined);
  if (codeItems.length !== 1) say(`должен быть ровно один вопрос с кодом участника или пары, а их ${codeItems.length}.`);
  else if (codeItems[0].type !== 'text') say('код участника должен быть текстовым вопросом (его заполняет личная ссылка).');

  const scored = questionnaire.items.filter(isScored);
  const scoring = questionnaire.scoring;
  if (questionnaire.kind === 'scored') {
    if (!scoring) say('нет правил подсчёта баллов.');
    if (scored.length === 0) say('нет вопросов, оцениваемых баллами.');
  }
  if (scoring && scored.length > 0) {
    let lowest: number;
    if (scoring.method === 'sum') {
      // A blank optional item would silently lower a sum whose levels are absolute: sums take required items only.
      for (const item of scored) if (!item.required) say(`вопрос «${item.title}» входит в сумму баллов и должен быть обязательным.`);
      const max = scored.reduce((sum, item) => sum + itemRange(item).max, 0);
      lowest = scored.reduce((sum, item) => sum + itemRange(item).min, 0);
      if (max !== scoring.max) say(`максимум ${scoring.max} не равен сумме максимумов вопросов (${max}).`);
    } else {
      const ranges = scored.map(itemRange);
      const first = ranges[0];
      if (ranges.some((range) => range.min !== first.min || range.max !== first.max)) {
        say('у вопросов, по которым считается среднее, разные шкалы.');
      }
      if (first.max !== scoring.max) say(`максимум ${scoring.max} не равен максимуму шкалы (${first.max}).`);
      lowest = first.min;
    }
    const levels = scoring.levels;
    if (levels.length === 0) say('не заданы уровни.');
    for (let i = 1; i < levels.length; i += 1) {
      if (levels[i].min >= levels[i - 1].min) say(`уровни должны идти от высшего к низшему (${levels[i - 1].label}, ${levels[i].label}).`);
    }
    if (levels.length > 0 && levels[levels.length - 1].min > lowest) {
      say(`самый низкий уровень должен начинаться с ${lowest}, иначе часть результатов останется без уровня.`);
    }
    if (levels.some((level) => level.min > scoring.max)) say('порог уровня больше максимума.');
  }
  return problems;
}
