/** The local app in a test: a school with one pair at work, and the server started per test and stopped after it. */
import { MENTEE_COLUMNS as E, MENTOR_COLUMNS as M, PAIR_COLUMNS as P } from '../../src/domain/bank/schema';
import { startApp, type RunningApp, type ServeOptions } from '../../src/local/server/start';
import { type BankRows, menteeRow, mentorRow } from './pairingBank';

/** НС-001 and НП-001 work in П-001 since September: both are asked this year's questionnaires, both have an address. */
export const ONE_PAIR: BankRows = {
  mentors: [mentorRow('НС-001', 'Белов Игорь Сергеевич', { [M.email]: 'belov@school.test' })],
  mentees: [menteeRow('НП-001', 'Кузнецов Олег Игоревич', { [E.email]: 'kuznetsov@school.test' })],
  pairs: [{
    [P.code]: 'П-001', [P.mentorCode]: 'НС-001', [P.mentorName]: 'Белов Игорь Сергеевич', [P.menteeCodes]: 'НП-001', [P.menteeNames]: 'Кузнецов Олег Игоревич',
    [P.start]: new Date(2026, 8, 15), [P.end]: new Date(2027, 4, 31), [P.status]: 'действует',
  }],
};

/** Starts the app for a test; the server started last is stopped after each test (registered here, in the caller's file). */
export function appPerTest(): { start(options: ServeOptions): Promise<RunningApp>; readonly app: RunningApp } {
  let current: RunningApp | undefined;
  afterEach(async () => {
    await current?.stop();
    current = undefined;
  });
  return {
    async start(options) {
      current = await startApp(options);
      return current;
    },
    get app() {
      if (!current) throw new Error('no app started in this test');
      return current;
    },
  };
}
