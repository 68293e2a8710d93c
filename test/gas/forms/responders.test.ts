/** «Создать анкеты» opens each new form to anyone with the personal link, checks it, and says what to change where it cannot. */
import { SHEET } from '../../../src/domain/bank/schema';
import { createFormsMessage } from '../../../src/domain/monitoring/messages';
import { openToAnyoneWithLink } from '../../../src/gas/forms/responders';
import { createForms } from '../../../src/gas/monitoring/create-forms';
import { FakeProperties } from '../../fakes/documents';
import { FakeResponderAccess } from '../../fakes/forms';
import { createGasFakes, installGlobals } from '../../fakes/gas';
import { formsWritingInto } from '../../fakes/monitoring';
import { FakeScriptApp } from '../../fakes/script-app';
import { schoolSpreadsheet } from '../monitoring/school';

const NOW = new Date(2027, 4, 20, 12, 0);
const ANYONE = { type: 'anyone', role: 'reader', view: 'published' };

function create(responders: FakeResponderAccess | null) {
  const spreadsheet = schoolSpreadsheet();
  const uninstall = installGlobals(createGasFakes(spreadsheet));
  try {
    const formApp = formsWritingInto(spreadsheet);
    const outcome = createForms(spreadsheet as never, { formApp, scriptApp: new FakeScriptApp(), properties: new FakeProperties(), responders }, NOW);
    return { formApp, outcome, spreadsheet };
  } finally {
    uninstall();
  }
}

describe('who may answer the forms', () => {
  it('each new form answers anyone with the link, verified by reading the permission back', () => {
    const responders = new FakeResponderAccess();
    const { formApp, outcome } = create(responders);
    expect(formApp.forms.length).toBeGreaterThan(0);
    for (const form of formApp.forms) expect(responders.permissions.get(form.id)).toEqual([ANYONE]);
    expect(outcome.notes).toEqual([]);
    // list, create, list again: the setting is checked, not assumed.
    expect(responders.log.count('Drive.Permissions.list')).toBe(2 * formApp.forms.length);
  });

  it('a form already open to anyone with the link is left as it is', () => {
    const responders = new FakeResponderAccess();
    responders.permissions.set('form1', [ANYONE]);
    expect(openToAnyoneWithLink(responders, 'form1', 'Анкета')).toBeUndefined();
    expect(responders.log.count('Drive.Permissions.create')).toBe(0);
  });

  it('where the school domain forbids it, the curator is told what to change, form by form', () => {
    const responders = new FakeResponderAccess();
    responders.organisationOnly = true;
    const { formApp, outcome, spreadsheet } = create(responders);
    expect(outcome.notes).toHaveLength(formApp.forms.length);
    expect(outcome.notes[0]).toMatch(/^«.+»: ответить смогут только пользователи вашей организации \(.+\), а учителя с личной почтой — нет\./);
    expect(outcome.notes[0]).toContain('«Все, у кого есть ссылка»');
    const message = createFormsMessage({ ...outcome, triggerCreated: true, triggerRemoved: 0 });
    expect(message).toContain('Администратор Google Workspace школы должен разрешить доступ по ссылке');
    // The forms are made and listed all the same: the curator changes the setting, the links stay.
    expect(spreadsheet.sheet(SHEET.forms).grid().length - 1).toBe(formApp.forms.length);
  });

  it('without the Drive service enabled, the curator is asked to check the setting by hand', () => {
    expect(openToAnyoneWithLink(null, 'form1', 'Анкета')).toMatch(/^«Анкета»: не удалось проверить, кто может отвечать/);
  });
});
