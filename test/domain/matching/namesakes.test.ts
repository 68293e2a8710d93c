import { prepareMatching } from '../../../src/domain/matching/context';
import { namesakeWarnings } from '../../../src/domain/matching/namesakes';
import { bank, mentee, mentor } from './builders';

const at = (sheet: string, row: number) => ({ ref: { sheet, row, column: 'ФИО' } });

describe('possible namesakes: the same full name without a common email', () => {
  test('one warning per repeated name and sheet, naming the rows and codes; both rows still take part', () => {
    const ctx = prepareMatching(bank({
      mentors: [
        mentor('НС-001', { fullName: 'Орлова Вера Павловна', email: 'orlova@school.ru', ...at('Наставники', 2) }),
        mentor('НС-004', { fullName: 'орлова  вера павловна', ...at('Наставники', 5) }),
        mentor('НС-009', { fullName: 'Орлова Вера Павловна', email: 'v.orlova@school.ru', ...at('Наставники', 10) }),
        mentor('НС-002', { fullName: 'Белов Игорь Сергеевич', ...at('Наставники', 3) }),
      ],
      mentees: [
        mentee('НП-001', { fullName: 'Иванова Анна Сергеевна', email: 'a@school.ru', ...at('Наставляемые', 2) }),
        mentee('НП-029', { fullName: 'Иванова Анна Сергеевна', email: 'b@school.ru', ...at('Наставляемые', 30) }),
      ],
    }));
    expect(namesakeWarnings(ctx)).toEqual([
      'лист «Наставники», строки 2, 5 и 10, столбец «ФИО»: «Орлова Вера Павловна» (НС-001, НС-004, НС-009) — однофамильцы или один человек? ' +
        'В подборе участвуют все эти строки; если это один человек, оставьте одну строку.',
      'лист «Наставляемые», строки 2 и 30, столбец «ФИО»: «Иванова Анна Сергеевна» (НП-001, НП-029) — однофамильцы или один человек? ' +
        'В подборе участвуют все эти строки; если это один человек, оставьте одну строку.',
    ]);
  });

  test('rows kept out as the same person (one email) are not namesakes', () => {
    const ctx = prepareMatching(bank({
      mentors: [
        mentor('НС-001', { fullName: 'Орлова Вера Павловна', email: 'orlova@school.ru', ...at('Наставники', 2) }),
        mentor('НС-002', { fullName: 'Орлова Вера Павловна', email: 'orlova@school.ru', ...at('Наставники', 3) }),
      ],
    }));
    expect(namesakeWarnings(ctx)).toEqual([]);
  });
});
