import { buildDocuments, DOCUMENTS } from '../../../src/domain/documents/catalog';
import type { ScoreRecord } from '../../../src/domain/documents/context';
import { monitoringFigures } from '../../../src/domain/documents/report/figures';
import { context, pairs, renderLines } from './fixtures';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
const score = (questionnaire: string, stage: string, participantCode: string, pairCode: string, points: number, max: number, level = ''): ScoreRecord =>
  ({ questionnaire, stage, participantCode, pairCode, points, max, level, date: d(2023, stage === 'входная' ? 1 : 5, 10) });

const working = pairs.map((p, i) => ({ ...p, status: ['завершена', 'действует', 'прекращена'][i], endReason: i === 2 ? 'увольнение' : undefined }));
const scores = [
  score('Диагностика', 'входная', 'У-001', 'П-001', 10, 20), score('Диагностика', 'итоговая', 'У-001', 'П-001', 17, 20),
  score('Диагностика', 'входная', 'У-002', 'П-002', 12, 20), score('Диагностика', 'итоговая', 'У-002', 'П-002', 11, 20),
  score('Оценка эффективности программы', 'итоговая', '', 'П-001', 17, 18, 'оптимальный'),
  score('Оценка эффективности программы', 'итоговая', '', 'П-002', 8, 18, 'недопустимый'),
  score('Удовлетворённость наставляемого', 'итоговая', 'У-001', 'П-001', 27, 30),
];
const ctx = context({ pairs: working, scores, today: d(2023, 5, 29) });

describe('monitoring figures', () => {
  test('participation, coverage of young specialists, levels, before/after, satisfaction', () => {
    const f = monitoringFigures(ctx);
    expect(f).toMatchObject({ mentorsInPairs: 3, menteesInPairs: 4, pairs: 3, groups: 1, completed: 1, terminated: 1, youngTotal: 2, youngCovered: 1, assessed: 2, improved: 1, satisfactionResponses: 1 });
    expect(f.levels.map((l) => l.pairs)).toEqual([1, 0, 1]);
    expect(f.beforeMean).toBeCloseTo(55);
    expect(f.afterMean).toBeCloseTo(70);
    expect(f.satisfactionMean).toBeCloseTo(90);
    expect(f.byCategory.find((c) => c.name.startsWith('молодой'))).toMatchObject({ people: 2, pairs: 1 });
    expect(f.byForm[0]).toMatchObject({ pairs: 1 });
  });

  test('proposed pairs are not yet mentoring and do not count', () => {
    expect(monitoringFigures(context()).pairs).toBe(0);
    expect(buildDocuments('report', context(), []).skipped).toContain('нет утверждённых, действующих или завершённых пар');
  });
});

describe('аналитическая справка', () => {
  const built = buildDocuments('report', ctx, []);
  const text = renderLines(DOCUMENTS.report.template(), DOCUMENTS.report.schema, built.documents[0].data).join('\n');

  test('figures in words a report is written in, with plurals and one decimal after a comma', () => {
    expect(text).toContain('В 2022/2023 учебном году в системе наставничества участвовали 3 наставника и 4 наставляемых. Наставнических пар (групп) — 3, из них групп — 1; завершили программу — 1, прекратили досрочно — 1.');
    expect(text).toContain('Наставничеством охвачено 1 из 2 молодых специалистов (50,0 %).');
    expect(text).toContain('Средний результат диагностики наставляемых вырос: по входной диагностике — 55,0 %, по итоговой — 70,0 % (+15,0 п. п.); результат улучшился у 1 из 2 наставляемых, прошедших входную и итоговую диагностику.');
    expect(text).toContain('Эффективность программ оценена в 2 парах (группах): оптимальный уровень (15–18 баллов) — 1, допустимый уровень (9–14 баллов) — 0, недопустимый уровень (0–8 баллов) — 1. Средний балл — 12,5 из 18.');
    expect(text).toContain('Средняя удовлетворённость участников программой — 9,0 из 10 (по 1 анкете).');
    expect(text).not.toMatch(/у пар \(групп\):|\(анкет:|\(\d+\) рекомендуется/);
  });

  test('is signed by the curator: a blank director does not stop it, and stops the summary and programmes in their own words', () => {
    const noDirector = context({ pairs: working, scores, today: d(2023, 5, 29), settings: { ...ctx.settings, directorName: '' } });
    expect(buildDocuments('report', noDirector, []).problems).toEqual([]);
    expect(buildDocuments('summary', noDirector, []).problems)
      .toContain('На листе «Настройки» не заполнен параметр «ФИО руководителя»: сведения некому подписать.');
    expect(buildDocuments('programmes', noDirector, []).problems.join('\n'))
      .toContain('На листе «Настройки» не заполнен параметр «ФИО руководителя»: программу некому утвердить.');
  });

  test('the before/after table and conclusions name pairs by code', () => {
    expect(text).toContain('№ | Пара | Наставляемый | Входная, % | Итоговая, % | Изменение, п. п.');
    expect(text).toContain('1 | П-001 | Петров Илья Ильич | 50,0 | 85,0 | +35,0');
    expect(text).toContain('2 | П-002 | Швец Анна Сергеевна | 60,0 | 55,0 | −5,0');
    expect(text).toContain('Опыт 1 пары (группы) с оптимальным уровнем эффективности (П-001) рекомендуется обобщить');
    expect(text).toContain('Для наставнической пары П-002 с недопустимым уровнем эффективности рекомендуется скорректировать программу или форму наставничества.');
    expect(text).toContain('Причину досрочного прекращения программы (П-003 — увольнение) следует учесть');
    expect(text).toContain('Наставничеством охвачены не все молодые специалисты (1 из 2)');
  });

  test('«у всех», «у единственного», when every mentee improved', () => {
    const all = scores.filter((r) => r.participantCode !== 'У-002');
    const only = buildDocuments('report', context({ pairs: working, scores: all, today: d(2023, 5, 29) }), []);
    expect(renderLines(DOCUMENTS.report.template(), DOCUMENTS.report.schema, only.documents[0].data).join('\n')).toContain('результат улучшился у единственного наставляемого, прошедшего входную и итоговую диагностику');
  });

  test('charts carry the same figures; the diagnostics chart is by pair code, so namesakes stay apart', () => {
    const charts = built.documents[0].data.charts ?? {};
    expect(charts.диаграмма_уровни.series[0].values).toEqual([1, 0, 1]);
    expect(charts.диаграмма_динамика.categories).toEqual(['П\u2011001', 'П\u2011002']);
    expect(charts.диаграмма_динамика.series.map((s) => s.values)).toEqual([[50, 60], [85, 55]]);
    expect(charts.диаграмма_динамика.labels).toBe(false);
  });
});

describe('сводка для управления образования', () => {
  test('counts by form, kind and category with coverage', () => {
    const built = buildDocuments('summary', ctx, []);
    const lines = renderLines(DOCUMENTS.summary.template(), DOCUMENTS.summary.schema, built.documents[0].data);
    expect(lines).toContain('групповое | 1 | 2');
    expect(lines).toContain('молодые специалисты (стаж 0–3 года) | 2 | 1 | 50,0 %');
    expect(lines).toContain('из них охвачено наставничеством | 1 (50,0 %)');
    expect(lines).toContain('недопустимый | 1 | 50,0 %');
  });

  test('«Исполнитель»: the curator\'s position in small letters, the phone when «Настройки» has it', () => {
    const withPhone = context({ pairs: working, scores, today: d(2023, 5, 29), settings: { ...context().settings, curatorPosition: 'Заместитель директора по УВР', curatorPhone: '+7 (347) 234-89-92' } });
    const lines = renderLines(DOCUMENTS.summary.template(), DOCUMENTS.summary.schema, buildDocuments('summary', withPhone, []).documents[0].data);
    expect(lines.at(-1)).toBe('Исполнитель: Гумерова Гульсасак Манжуровна, заместитель директора по УВР, тел. +7 (347) 234-89-92');
    const without = renderLines(DOCUMENTS.summary.template(), DOCUMENTS.summary.schema, buildDocuments('summary', ctx, []).documents[0].data);
    expect(without.at(-1)).toBe('Исполнитель: Гумерова Гульсасак Манжуровна, заместитель директора по учебно-воспитательной работе');
  });
});
