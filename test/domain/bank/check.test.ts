import { SHEET, MENTOR_COLUMNS as M, MENTEE_COLUMNS as E } from '../../../src/domain/bank/schema';
import { checkBank } from '../../../src/domain/bank/validation';
import { readBank } from '../../../src/domain/bank/bank';
import type { Cell } from '../../../src/domain/bank/table';
import { SETTING, settingText } from '../../../src/domain/bank/settings';
import { sampleGrids, tablesOf } from '../../helpers/sampleTables';

function withMentorRow(mutate: (row: Cell[], header: string[]) => void): Record<string, Cell[][]> {
  const grids = sampleGrids();
  const [header, first] = grids[SHEET.mentors];
  mutate(first, header as string[]);
  return grids;
}

function col(header: string[], name: string): number {
  return header.indexOf(name);
}

describe('«Проверить банк» on the sample school', () => {
  const report = checkBank(tablesOf(sampleGrids()));

  it('finds the planted errors with sheet, row and column', () => {
    const where = report.errors.map((e) => `${e.sheet}|${e.row}|${e.column}`);
    expect(where).toEqual([
      `${SHEET.mentors}|10|${M.experience}`,
      `${SHEET.mentors}|11|${M.capacity}`,
      `${SHEET.mentees}|27|${E.category}`,
      `${SHEET.mentees}|28|${E.email}`,
    ]);
    expect(report.errors[0].message).toBe('Ожидается число, указано «двенадцать».');
    expect(report.errors[2].message).toContain('«стажёр» нет в справочнике «Категории наставляемых»');
  });

  it('warns about consent, duplicate names, missing codes and formula-like text', () => {
    const messages = report.warnings.map((w) => `${w.sheet}|${w.row}|${w.message}`);
    expect(messages.some((m) => m.includes('|12|') && m.includes('не может участвовать в подборе'))).toBe(true);
    expect(messages.some((m) => m.includes('|29|') && m.includes('нет согласия на обработку персональных данных'))).toBe(true);
    expect(messages.some((m) => m.includes('|30|') && m.includes('повторяется (уже есть в строке 2)'))).toBe(true);
    expect(messages.filter((m) => m.includes('Нет кода')).length).toBe(2);
    expect(messages.some((m) => m.includes('начинается с «=»'))).toBe(true);
  });

  it('warns where one email stands on two rows of a sheet: pairing takes only the first', () => {
    expect(report.warnings.filter((w) => w.column === M.email || w.column === E.email)).toEqual([]);
    const grids = sampleGrids();
    const [header, first, second] = grids[SHEET.mentors] as string[][];
    first[header.indexOf(M.email)] = 'orlova@school.ru';
    second[header.indexOf(M.email)] = ' Orlova@School.ru ';
    expect(checkBank(tablesOf(grids)).warnings.filter((w) => w.column === M.email)).toEqual([{
      severity: 'warning',
      sheet: SHEET.mentors,
      row: 3,
      column: M.email,
      message: `Email orlova@school.ru уже есть в строке 2 (${first[header.indexOf(M.code)]}): это тот же человек, записанный дважды? ` +
        'В подборе участвует только строка 2 — удалите повторную строку или исправьте email.',
    }]);
  });

  it('warns about an active mentee with no deficits (requests), naming the cell', () => {
    expect(report.warnings.filter((w) => w.column === E.deficits)).toEqual([]);
    const grids = sampleGrids();
    const [header, ...rows] = grids[SHEET.mentees] as string[][];
    rows[0][header.indexOf(E.deficits)] = '';
    rows[1][header.indexOf(E.deficits)] = '';
    rows[1][header.indexOf(E.status)] = 'выбыл';
    const warnings = checkBank(tablesOf(grids)).warnings.filter((w) => w.column === E.deficits);
    expect(warnings).toEqual([{
      severity: 'warning',
      sheet: SHEET.mentees,
      row: 2,
      column: E.deficits,
      message: 'Иванова Анна Сергеевна: не указаны дефициты (запросы) — подбор не знает, в чём нужна помощь, и засчитывает критерий «закрытие дефицитов» наполовину.',
    }]);
  });

  it('says once, not per mentee, that the «Дефициты (запросы)» column is missing', () => {
    const grids = sampleGrids();
    const [header, ...rows] = grids[SHEET.mentees] as string[][];
    const at = header.indexOf(E.deficits);
    grids[SHEET.mentees] = [header, ...rows].map((row) => row.filter((_, index) => index !== at));
    const warnings = checkBank(tablesOf(grids)).warnings.filter((w) => w.column === E.deficits);
    expect(warnings.map((w) => `${w.row}|${w.message.slice(0, 32)}`)).toEqual(['1|Нет столбца «Дефициты (запросы)»']);
  });

  it('keeps the values it reads as typed', () => {
    const bank = readBank(tablesOf(sampleGrids()));
    const gogia = bank.mentees.find((m) => m.fullName === 'Гогия Нино Зурабовна');
    expect(gogia?.note).toBe('=HYPERLINK("https://example.org";"портфолио")');
    const semenov = bank.mentors.find((m) => m.fullName.startsWith('Семёнов'));
    expect(semenov?.problems).toEqual(['«Стаж (лет)»: ожидается число, указано «двенадцать»']);
  });
});

describe('cell rules', () => {
  it('reports a renamed required column once, not per row', () => {
    const grids = withMentorRow((_, header) => {
      header[col(header, M.experience)] = 'Опыт работы';
    });
    const errors = checkBank(tablesOf(grids)).errors.filter((e) => e.column === M.experience);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ sheet: SHEET.mentors, row: 1, message: expect.stringContaining('Нет обязательного столбца «Стаж (лет)»') });
  });

  it('finds columns by header wherever they are and however they are spelled', () => {
    const grids = sampleGrids();
    const mentors = grids[SHEET.mentors];
    // Move «ФИО» to the end and mark it «ФИО*», as a curator might.
    const from = (mentors[0] as string[]).indexOf(M.fullName);
    const moved = mentors.map((row) => [...row.slice(0, from), ...row.slice(from + 1), row[from]]);
    moved[0][moved[0].length - 1] = ' фио* ';
    grids[SHEET.mentors] = moved;
    const bank = readBank(tablesOf(grids));
    expect(bank.mentors[0].fullName).toBe('Кузнецова Елена Викторовна');
  });

  it('skips blank rows in the middle and keeps the real row numbers', () => {
    const grids = sampleGrids();
    grids[SHEET.mentees].splice(3, 0, grids[SHEET.mentees][0].map(() => ''), grids[SHEET.mentees][0].map(() => null));
    const report = checkBank(tablesOf(grids));
    expect(report.errors.find((e) => e.column === E.category)?.row).toBe(29);
  });

  it('flags a duplicate code as an error on the second row', () => {
    const grids = sampleGrids();
    grids[SHEET.mentees][2][0] = 'НП-001';
    const errors = checkBank(tablesOf(grids)).errors.filter((e) => e.message.includes('повторяется'));
    expect(errors).toEqual([expect.objectContaining({ sheet: SHEET.mentees, row: 3, column: 'Код' })]);
  });

  it('requires a capacity of at least 1 and an integer', () => {
    for (const [value, text] of [[0, 'минимум 1'], ['', 'Не заполнено обязательное поле'], ['два', 'Ожидается число'], [1.5, 'целое']] as const) {
      const grids = withMentorRow((row, header) => {
        row[col(header, M.capacity)] = value;
      });
      const error = checkBank(tablesOf(grids)).errors.find((e) => e.row === 2 && e.column === M.capacity);
      expect(error?.message).toContain(text);
    }
  });

  it('accepts numbers typed as text, comma decimals and checkbox booleans', () => {
    const grids = withMentorRow((row, header) => {
      row[col(header, M.experience)] = ' 24,5 ';
      row[col(header, M.consentData)] = true;
      row[col(header, M.status)] = 'Активен';
    });
    const bank = readBank(tablesOf(grids));
    expect(bank.mentors[0]).toMatchObject({ experienceYears: 24.5, consentPersonalData: true, status: 'активен', problems: [] });
  });

  it('warns about names with markup but keeps them', () => {
    const grids = withMentorRow((row, header) => {
      row[col(header, M.fullName)] = '<img src=x onerror=alert(1)>';
    });
    const tables = tablesOf(grids);
    expect(checkBank(tables).warnings.some((w) => w.row === 2 && w.message.includes('необычные символы'))).toBe(true);
    expect(readBank(tables).mentors[0].fullName).toBe('<img src=x onerror=alert(1)>');
  });

  it('reports missing sheets as errors that say what to do', () => {
    const report = checkBank({});
    expect(report.errors.map((e) => e.sheet)).toEqual([SHEET.settings, SHEET.vocabularies, SHEET.mentors, SHEET.mentees]);
    expect(report.errors[0].message).toContain('Настроить банк');
  });

  it('checks multi-value cells item by item against «Справочники»', () => {
    const grids = withMentorRow((row, header) => {
      row[col(header, M.competences)] = 'цифровые инструменты и ИКТ; вязание; ВЗАИМОДЕЙСТВИЕ С РОДИТЕЛЯМИ';
    });
    const tables = tablesOf(grids);
    expect(readBank(tables).mentors[0].competences).toEqual(['цифровые инструменты и ИКТ', 'взаимодействие с родителями']);
    expect(checkBank(tables).warnings.find((w) => w.row === 2 && w.column === M.competences)?.message).toContain('«вязание»');
  });
});

describe('«Склонение ФИО»', () => {
  it('is read for documents and checked for mistakes', () => {
    const grids = sampleGrids();
    const header = grids[SHEET.mentors][0] as string[];
    header.push(M.nameOverride);
    grids[SHEET.mentors][1].push('Р: Кузнецовой Елены Викторовны; Д: Кузнецовой Елене Викторовне');
    grids[SHEET.mentors][2].push('Родительный Смирнова');
    const tables = tablesOf(grids);
    expect(readBank(tables).mentors[0].nameOverride).toBe('Р: Кузнецовой Елены Викторовны; Д: Кузнецовой Елене Викторовне');
    const errors = checkBank(tables).errors.filter((e) => e.column === M.nameOverride);
    expect(errors.map((e) => e.row)).toEqual([3]);
  });
});

describe('matching settings in «Настройки»', () => {
  it('are checked with the bank: a bad weight is a warning on its row', () => {
    const grids = sampleGrids();
    const index = grids[SHEET.settings].findIndex((row) => row[0] === 'Вес: тот же предмет');
    grids[SHEET.settings][index][1] = 'много';
    const warning = checkBank(tablesOf(grids)).warnings.find((w) => w.sheet === SHEET.settings && w.message.includes('Вес'));
    expect(warning).toMatchObject({ row: index + 1, column: 'Значение' });
    expect(warning?.message).toContain('«Вес: тот же предмет»: значение «много» не число');
  });
});

describe('«Настройки» typed by hand', () => {
  function withSettings(rows: Cell[][]): Record<string, Cell[][]> {
    const grids = sampleGrids();
    grids[SHEET.settings] = [['Параметр', 'Значение'], ...rows];
    return grids;
  }

  it('finds a parameter whatever its case, «е» for «ё» and spaces', () => {
    const settings = readBank(tablesOf(withSettings([['Населенный пункт', 'г. Уфа'], ['  суффикс  номера приказа ', '/к']]))).settings;
    expect(settingText(settings, SETTING.locality)).toBe('г. Уфа');
    expect(settingText(settings, SETTING.orderSuffix)).toBe('/к');
  });

  it('warns about a parameter it does not know and names the one probably meant', () => {
    const report = checkBank(tablesOf(withSettings([['Суфикс номера приказа', '/к'], ['Наименование организации', 'Школа'], ['Любимый цвет', 'синий']])));
    const unknown = report.warnings.filter((w) => w.sheet === SHEET.settings && w.message.startsWith('Неизвестный параметр'));
    expect(unknown.map((w) => [w.row, w.message])).toEqual([
      [2, 'Неизвестный параметр «Суфикс номера приказа»: его значение не используется. Возможно, имелось в виду «Суффикс номера приказа».'],
      [3, 'Неизвестный параметр «Наименование организации»: его значение не используется. Возможно, имелось в виду «Полное наименование организации».'],
      [4, 'Неизвестный параметр «Любимый цвет»: его значение не используется.'],
    ]);
  });

  it('reports one error, not a crash, when «Параметр» or «Значение» is renamed', () => {
    const grids = sampleGrids();
    grids[SHEET.settings][0] = ['Параметр', 'Знач.'];
    const errors = checkBank(tablesOf(grids)).errors.filter((e) => e.sheet === SHEET.settings);
    expect(errors).toEqual([expect.objectContaining({ row: 1, column: 'Значение', message: expect.stringContaining('нет столбца «Значение»') })]);
  });
});

describe('optional columns', () => {
  function renamed(sheet: string, from: string, to: string): Record<string, Cell[][]> {
    const grids = sampleGrids();
    const header = grids[sheet][0] as string[];
    header[header.indexOf(from)] = to;
    return grids;
  }

  it('says what a renamed optional column disables and what it was probably renamed to', () => {
    const cases = [
      [SHEET.mentees, E.deficits, 'Дефициты', 'Нет столбца «Дефициты (запросы)»: дефициты не учитываются при подборе. Возможно, он переименован в «Дефициты»'],
      [SHEET.mentors, M.competences, 'Компетенции наставника', 'Нет столбца «Компетенции»: компетенции наставников не учитываются при подборе'],
      [SHEET.mentors, M.email, 'E-mail', 'Нет столбца «Email»: анкеты и письма участникам не отправляются. Возможно, он переименован в «E-mail»'],
    ] as const;
    for (const [sheet, from, to, text] of cases) {
      const warnings = checkBank(tablesOf(renamed(sheet, from, to))).warnings.filter((w) => w.column === from && w.row === 1);
      expect(warnings).toEqual([expect.objectContaining({ sheet, message: expect.stringContaining(text) })]);
    }
    const competences = checkBank(tablesOf(renamed(SHEET.mentors, M.competences, 'Компетенции наставника'))).warnings.find((w) => w.column === M.competences && w.row === 1);
    expect(competences?.message).toContain('переименован в «Компетенции наставника»');
  });

  it('says nothing when every optional column is there', () => {
    expect(checkBank(tablesOf(sampleGrids())).warnings.filter((w) => w.row === 1)).toEqual([]);
  });
});

describe('consent to mentor', () => {
  it('is warned about even when the row has another error', () => {
    const grids = withMentorRow((row, header) => {
      row[col(header, M.consentMentor)] = 'нет';
      row[col(header, M.experience)] = 'много';
    });
    const warnings = checkBank(tablesOf(grids)).warnings.filter((w) => w.row === 2 && w.column === M.consentMentor);
    expect(warnings).toEqual([expect.objectContaining({ message: expect.stringContaining('не может участвовать в подборе') })]);
  });
});

describe('what orders will need from the bank', () => {
  const menteeGrids = (mutate: (row: Cell[], header: string[]) => void) => {
    const grids = sampleGrids();
    const [header, first] = grids[SHEET.mentees];
    mutate(first, header as string[]);
    return grids;
  };

  it('a name whose declension depends on an unknown gender: a warning at «Пол», with the way out', () => {
    const grids = menteeGrids((row, header) => {
      row[col(header, E.fullName)] = 'Коломиец Саша';
      row[col(header, E.gender)] = '';
    });
    const warning = checkBank(tablesOf(grids)).warnings.find((w) => w.sheet === SHEET.mentees && w.row === 2 && w.column === E.gender);
    expect(warning?.message).toBe('Коломиец Саша: Пол не определяется ни по отчеству, ни по фамилии, а склонение от него зависит (кому? — «Коломийцу Саше» или «Коломиец Саше»): укажите пол или «Склонение ФИО».');
  });

  it('«Пол» contradicting the patronymic is a warning at «Пол»', () => {
    const grids = menteeGrids((row, header) => { row[col(header, E.gender)] = 'м'; });
    const warning = checkBank(tablesOf(grids)).warnings.find((w) => w.row === 2 && w.column === E.gender);
    expect(warning?.message).toContain('Пол «м» не совпадает с отчеством «Сергеевна»');
  });

  it('the director\'s email and a declension override in «Настройки» are checked where they are typed', () => {
    const grids = sampleGrids();
    const settings = grids[SHEET.settings];
    const row = (name: string) => settings.findIndex((r) => r[0] === name);
    settings[row(SETTING.directorEmail)][1] = 'директор школа.ru';
    settings[row(SETTING.curatorNameOverride)][1] = 'Д Орловой Наталье Петровне';
    const errors = checkBank(tablesOf(grids)).errors.filter((e) => e.sheet === SHEET.settings);
    expect(errors.map((e) => [e.row, e.column])).toEqual([[row(SETTING.directorEmail) + 1, 'Значение'], [row(SETTING.curatorNameOverride) + 1, 'Значение']]);
    expect(errors[0].message).toBe('«Email руководителя»: «директор школа.ru» — не адрес электронной почты; письма с приказами не уйдут.');
    expect(errors[1].message).toContain('нет двоеточия');
  });
});

describe('«Положение о наставничестве утверждено приказом» in «Настройки»', () => {
  it('is a warning while it is blank: orders would name the Положение without its order', () => {
    const grids = sampleGrids();
    const blank = checkBank(tablesOf(grids)).warnings.find((w) => w.message.includes('Положение о наставничестве утверждено приказом'));
    const index = grids[SHEET.settings].findIndex((row) => row[0] === 'Положение о наставничестве утверждено приказом');
    expect(blank).toMatchObject({ sheet: SHEET.settings, row: index + 1, column: 'Значение' });
    grids[SHEET.settings][index][1] = '№ 348/1 от 16.11.2022';
    expect(checkBank(tablesOf(grids)).warnings.some((w) => w.message.includes('Положение о наставничестве'))).toBe(false);
  });
});
