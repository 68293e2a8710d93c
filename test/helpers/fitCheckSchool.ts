/**
 * The school of issue 12's fit check: НС-001 covers both of НП-001's deficits and is her mentor in П-001 since
 * 15 September; НС-002 covers one, so «Подобрать заново» proposes НС-002. The fit check's answers go into its
 * response sheet as (code, comfort, clarity, wish to go on).
 */
import { MENTEE_COLUMNS as E, MENTOR_COLUMNS as M, PAIR_COLUMNS as P } from '../../src/domain/bank/schema';
import type { Cell } from '../../src/domain/bank/table';
import { fitCheck } from '../../src/domain/questionnaires/catalog/fit-check';
import { linkedCode } from '../../src/domain/questionnaires/links';
import { TIMESTAMP_TITLE } from '../../src/domain/questionnaires/responses';
import { ICT, menteeRow, mentorRow, pairingGrids } from './pairingBank';

export const PARENTS = 'взаимодействие с родителями';

export type FitAnswer = [code: string, comfort: number, clarity: number, wish: string];

export function fitCheckSchool(answers: readonly FitAnswer[] = []): Record<string, Cell[][]> {
  const grids = pairingGrids({
    mentors: [
      mentorRow('НС-001', 'Орлова Вера Павловна', { [M.competences]: `${ICT}; ${PARENTS}` }),
      mentorRow('НС-002', 'Белова Анна Юрьевна', { [M.competences]: ICT }),
    ],
    mentees: [menteeRow('НП-001', 'Сидорова Анна Викторовна', { [E.deficits]: `${ICT}; ${PARENTS}` })],
    pairs: [{
      [P.code]: 'П-001', [P.mentorCode]: 'НС-001', [P.mentorName]: 'Орлова Вера Павловна', [P.menteeCodes]: 'НП-001',
      [P.menteeNames]: 'Сидорова Анна Викторовна', [P.start]: new Date(2026, 8, 15), [P.end]: new Date(2027, 4, 31), [P.status]: 'действует',
    }],
  });
  if (answers.length > 0) {
    const q = fitCheck();
    grids[q.responseSheet] = [
      [TIMESTAMP_TITLE, ...q.items.map((item) => item.title)],
      ...answers.map(([code, comfort, clarity, wish], i): Cell[] => [new Date(2026, 9, 10 + i, 10), linkedCode(code), comfort, clarity, wish, '']),
    ];
  }
  return grids;
}
