import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SHEET } from '../../src/domain/bank/schema';
import { FakeLockService } from '../fakes/script-app';
import { createGasFakes, spreadsheetWith } from '../fakes/gas';
import type { FakeMenu } from '../fakes/spreadsheet';
import { ICT, menteeRow, mentorRow, pairingGrids } from '../helpers/pairingBank';
import { BUNDLE_PATH, call, loadBundle, topLevelFunctions, unpassable } from './loadBundle';

const PAIRING_ENTRY_POINTS = ['menuPairing', 'pairingLoad', 'pairingSuggest', 'pairingProposeAll', 'pairingCheck', 'pairingConfirm'];

describe('«Подбор пар» in build/Code.js', () => {
  it('declares the menu item and the sidebar server functions as top-level functions', () => {
    expect(topLevelFunctions()).toEqual(expect.arrayContaining(PAIRING_ENTRY_POINTS));
  });

  it('«Наставничество → Подбор пар» opens the pairing sidebar', () => {
    const fakes = createGasFakes(spreadsheetWith(pairingGrids({ mentors: [], mentees: [] })));
    const lockService = new FakeLockService();
    const context = loadBundle({ ...fakes.globals, LockService: lockService });
    call(context, 'onOpen', { authMode: 'LIMITED' });
    expect((fakes.app.ui.menus[0] as FakeMenu).items).toContainEqual({ caption: 'Подбор пар', functionName: 'menuPairing' });
    call(context, 'menuPairing');
    const sidebar = fakes.app.ui.sidebars[0];
    expect(sidebar.file).toBe('pairing');
    expect(sidebar.getTitle()).toBe('Подбор пар');
    expect(existsSync(join(BUNDLE_PATH, '../pairing.html'))).toBe(true);
  });

  it('the server functions answer with plain data and write «Пары» on confirm', () => {
    const grids = pairingGrids({
      mentors: [mentorRow('НС-001', 'Орлова Вера Павловна', { 'Компетенции': ICT })],
      mentees: [menteeRow('НП-001', 'Сидорова Анна Викторовна', { 'Дефициты (запросы)': ICT })],
    });
    const fakes = createGasFakes(spreadsheetWith(grids));
    const lockService = new FakeLockService();
    const context = loadBundle({ ...fakes.globals, LockService: lockService });
    const plain = (value: unknown) => expect(unpassable(value)).toEqual([]);
    const state = call(context, 'pairingLoad') as { mentees: { code: string }[] };
    plain(state);
    expect(state.mentees.map((m) => m.code)).toEqual(['НП-001']);
    plain(call(context, 'pairingSuggest', 'НП-001', []));
    plain(call(context, 'pairingSuggest', 'НП-001', [], true));
    const proposal = call(context, 'pairingProposeAll', []) as { pairs: { mentorCode: string; mentees: { menteeCode: string }[] }[] };
    plain(proposal);
    plain(call(context, 'pairingCheck', 'НС-001', 'НП-001', []));
    const result = call(context, 'pairingConfirm', [{ mentorCode: 'НС-001', menteeCode: 'НП-001', pinned: false }]) as { message: string };
    plain(result);
    expect(result.message).toContain('П-001');
    expect(fakes.spreadsheet.sheet(SHEET.pairs).grid()).toHaveLength(2);
    // Confirmation runs under the script lock and releases it.
    expect(lockService.log.count('Lock.tryLock')).toBe(1);
    expect(lockService.held).toBe(false);
  });

  it('excluded mentors, a blank capacity, a refused pin and an unpaired mentee still cross google.script.run', () => {
    const grids = pairingGrids({
      mentors: [
        mentorRow('НС-001', 'Орлова Вера Павловна', { 'Компетенции': ICT, 'Макс. наставляемых': '' }),
        mentorRow('НС-002', 'Белова Ирина Олеговна', { 'Согласие быть наставником': 'нет' }),
      ],
      mentees: [
        menteeRow('НП-001', 'Сидорова Анна Викторовна', { 'Дефициты (запросы)': ICT }),
        menteeRow('НП-002', 'Котова Мария Ильинична', { 'Согласие на обработку ПДн': 'нет' }),
      ],
    });
    const fakes = createGasFakes(spreadsheetWith(grids));
    const context = loadBundle({ ...fakes.globals, LockService: new FakeLockService() });
    const answers = [
      call(context, 'pairingLoad'),
      call(context, 'pairingSuggest', 'НП-001', [], true),
      call(context, 'pairingSuggest', 'НП-002', [], true),
      call(context, 'pairingProposeAll', [{ mentorCode: 'НС-002', menteeCode: 'НП-001', pinned: true }]),
      call(context, 'pairingCheck', 'НС-002', 'НП-002', []),
      call(context, 'pairingConfirm', [{ mentorCode: 'НС-002', menteeCode: 'НП-002', pinned: false }], { start: '2026-13-01', end: '' }),
    ];
    expect(answers.flatMap((answer, index) => unpassable(answer, `answer${index}`))).toEqual([]);
    expect(JSON.stringify(answers)).toContain('НС-002');
  });

  it('while another execution holds the lock, confirm writes nothing and says to retry', () => {
    const grids = pairingGrids({
      mentors: [mentorRow('НС-001', 'Орлова Вера Павловна')],
      mentees: [menteeRow('НП-001', 'Сидорова Анна Викторовна')],
    });
    const fakes = createGasFakes(spreadsheetWith(grids));
    const lockService = new FakeLockService();
    lockService.held = true;
    const context = loadBundle({ ...fakes.globals, LockService: lockService });
    expect(() => call(context, 'pairingConfirm', [{ mentorCode: 'НС-001', menteeCode: 'НП-001', pinned: false }])).toThrow(/Повторите через минуту/);
    expect(fakes.spreadsheet.sheet(SHEET.pairs).grid()).toHaveLength(1);
  });
});
