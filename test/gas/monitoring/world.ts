/** A school's spreadsheet with every form created, its fakes installed as globals: the start of most monitoring tests. */
import { createForms } from '../../../src/gas/monitoring/create-forms';
import { FakeProperties } from '../../fakes/documents';
import type { FakeForm } from '../../fakes/forms';
import { createGasFakes, installGlobals } from '../../fakes/gas';
import { type FakeMonitoringSpreadsheet, formsWritingInto } from '../../fakes/monitoring';
import { FakeLockService, FakeScriptApp } from '../../fakes/script-app';
import { schoolGrids, schoolSpreadsheet } from './school';

/** The day the forms are created. */
export const NOW = new Date(2027, 4, 20, 12, 0);

export interface World {
  spreadsheet: FakeMonitoringSpreadsheet;
  formApp: ReturnType<typeof formsWritingInto>;
  scriptApp: FakeScriptApp;
  properties: FakeProperties;
  lock: FakeLockService;
  /** What the trigger gets: the lock and ScriptApp (for the catch-up). */
  services: { lockService: FakeLockService; scriptApp: FakeScriptApp; formApp: ReturnType<typeof formsWritingInto>; properties: FakeProperties };
  form(id: string): FakeForm;
  uninstall(): void;
}

export function world(grids = schoolGrids()): World {
  const spreadsheet = schoolSpreadsheet(grids);
  const uninstall = installGlobals(createGasFakes(spreadsheet));
  const formApp = formsWritingInto(spreadsheet);
  const scriptApp = new FakeScriptApp();
  const properties = new FakeProperties();
  createForms(spreadsheet as never, { formApp, scriptApp, properties }, NOW);
  const form = (id: string) => {
    const titles: Record<string, string> = {
      'efficiency-rubric': 'Показатели эффективности реализации Программы наставничества',
      'mentee-satisfaction': 'Удовлетворённость наставляемого участием в программе наставничества',
      'mentor-intake': 'Анкета потенциального наставника',
      'mentee-preference': 'С кем из наставников вы хотели бы работать?',
      'diagnostics-entry': 'Входная диагностика участника программы наставничества',
    };
    return formApp.forms.find((candidate) => candidate.title === titles[id])!;
  };
  // The lock fake sees the spreadsheet's writes, so a release before they were flushed shows.
  const lock = new FakeLockService(() => spreadsheet.log.total('Range.set', 'Range.clear', 'Sheet.clear', 'Sheet.insert', 'Sheet.remove', 'Spreadsheet.insert'));
  return { spreadsheet, formApp, scriptApp, properties, lock, services: { lockService: lock, scriptApp, formApp, properties }, form, uninstall };
}
