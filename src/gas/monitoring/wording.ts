/**
 * A question the curator reworded in a Google Form gets a column under its new title. The questionnaire is read with
 * the form's current titles (found by the item ids recorded when the form was made), so its answers still count. The
 * form is opened only when a question has no column of its title, which is seldom: a submission normally costs no
 * FormApp call.
 */
import { asWorded, itemIdsProperty, keysWithoutColumn, parseItemIds } from '../../domain/questionnaires/form-items';
import type { Questionnaire } from '../../domain/questionnaires/model';
import type { FormRecord } from '../../domain/questionnaires/registry';
import type { ResponseTable } from '../../domain/questionnaires/responses';
import type { FormAppPort, FormPort, PropertiesPort } from '../forms/ports';

export interface FormsAccess {
  formApp: FormAppPort;
  properties: PropertiesPort;
}

export function currentWording(forms: FormsAccess, record: FormRecord, questionnaire: Questionnaire, table: ResponseTable): Questionnaire {
  // No responses yet, nothing to read: the form is not opened for a sheet Forms has not written to.
  if (!record.formId || table.rows.length === 0) return questionnaire;
  const { header } = table;
  const missing = keysWithoutColumn(questionnaire, header);
  if (missing.length === 0) return questionnaire;
  const ids = parseItemIds(forms.properties.getProperty(itemIdsProperty(record.formId)));
  const wanted = missing.filter((key) => ids.has(key));
  if (wanted.length === 0) return questionnaire;
  let form: FormPort;
  try {
    form = forms.formApp.openById(record.formId);
  } catch {
    // The form was deleted: the responses are rejected naming the missing column, which says what to do.
    return questionnaire;
  }
  const current = new Map<string, string>();
  for (const key of wanted) {
    const item = form.getItemById(ids.get(key)!);
    if (item) current.set(key, item.getTitle());
  }
  return asWorded(questionnaire, header, current);
}
