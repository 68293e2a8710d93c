/**
 * The fakes refuse what Google refuses. Each of these was accepted by an earlier fake, so a product bug of that kind
 * (an alert from a trigger, a link into a draft form, undefined written into a cell, a 1..2 scale) passed every test.
 */
import { SHEET } from '../../src/domain/bank/schema';
import { asTrigger, createGasFakes, spreadsheetWith } from '../fakes/gas';
import { FakeFormApp } from '../fakes/forms';
import { FakeMonitoringSpreadsheet, formsWritingInto, submitResponse } from '../fakes/monitoring';
import { buildForm } from '../../src/gas/forms/build-form';
import { buildCatalog } from '../../src/domain/questionnaires/catalog';

describe('the fakes are no kinder than Google', () => {
  it('getUi() throws inside a trigger and works from the menu', () => {
    const fakes = createGasFakes();
    expect(() => asTrigger(fakes.app, () => fakes.app.getUi())).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(() => fakes.app.getUi().alert('ok')).not.toThrow();
  });

  it('an unpublished form gives no pre-filled link and takes no answer; published, it does both', () => {
    const spreadsheet = new FakeMonitoringSpreadsheet();
    const formApp = formsWritingInto(spreadsheet);
    const form = formApp.create('Анкета', false);
    const code = form.addTextItem().setTitle('Код');
    form.setDestination(formApp.DestinationType.SPREADSHEET, 'id');
    const prefilled = () => form.createResponse().withItemResponse(code.createResponse('НП-001')).toPrefilledUrl();
    expect(prefilled).toThrow('not published');
    expect(() => submitResponse(spreadsheet, form, new Date(), { 'Код': 'НП-001' })).toThrow('not published');
    form.setPublished(true);
    expect(prefilled()).toContain('entry.');
    expect(() => submitResponse(spreadsheet, form, new Date(), { 'Код': 'НП-001' })).not.toThrow();
  });

  it('setValues refuses undefined, a flat row and a grid of the wrong size, and writes nothing', () => {
    const fakes = createGasFakes(spreadsheetWith({ [SHEET.pairs]: [['a', 'b']] }));
    const range = fakes.app.getActiveSpreadsheet().getSheetByName(SHEET.pairs)!.getRange(1, 1, 1, 2);
    expect(() => range.setValues([['x', undefined]])).toThrow('undefined');
    expect(() => range.setValues(['x', 'y'] as never)).toThrow("don't match the method signature");
    expect(() => range.setValues([['x']])).toThrow('number of columns');
    expect(() => range.setValues([['x', 'y'], ['z', 'w']])).toThrow('number of rows');
    expect(range.getValues()).toEqual([['a', 'b']]);
    range.setValues([['x', null]]);
    expect(range.getValues()).toEqual([['x', '']]);
  });

  it('a scale runs from 0 or 1 to 3..10, as ScaleItem.setBounds requires', () => {
    const item = new FakeFormApp().create('Анкета', true).addScaleItem();
    expect(() => item.setBounds(1, 5)).not.toThrow();
    expect(() => item.setBounds(0, 10)).not.toThrow();
    for (const [lower, upper] of [[2, 5], [1, 2], [1, 11], [-1, 4]]) expect(() => item.setBounds(lower, upper)).toThrow('Invalid scale bounds');
  });

  it('every questionnaire of the product builds into a form within those bounds', () => {
    const catalog = buildCatalog({ mentors: [{ code: 'НС-1', fullName: 'Петрова Анна Ивановна' }], mentees: [{ code: 'НП-1', fullName: 'Иванов Пётр' }] });
    for (const questionnaire of catalog) expect(() => buildForm(new FakeFormApp(), questionnaire, 'id')).not.toThrow();
  });
});
