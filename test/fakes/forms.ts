/** In-memory FormApp implementing the ports of src/gas/forms/ports.ts (themselves checked against the real types). */
import type {
  ChoiceItemPort, FormAppPort, FormPort, FormResponsePort, ItemPort, ItemResponsePort, ScaleItemPort, SectionHeaderItemPort,
  TextItemPort, TextValidationBuilderPort,
} from '../../src/gas/forms/ports';
import type { ResponderAccessPort, ResponderPermission } from '../../src/gas/forms/responders';
import { CallLog } from './calls';

export type FakeItemKind = 'text' | 'paragraph' | 'choice' | 'list' | 'checkbox' | 'scale' | 'section';

export interface FakeValidation extends GoogleAppsScript.Forms.TextValidation {
  rule: string;
  helpText: string;
}

let nextItemId = 1000;

export class FakeItem implements TextItemPort, ChoiceItemPort, ScaleItemPort, SectionHeaderItemPort, ItemPort {
  title = '';
  helpText = '';
  required = false;
  choices: string[] = [];
  bounds: [number, number] | null = null;
  labels: [string, string] | null = null;
  validation: FakeValidation | null = null;
  readonly id = nextItemId++;

  constructor(readonly kind: FakeItemKind, private readonly log: CallLog) {}

  setTitle(title: string) { this.log.record('Item.setTitle'); this.title = title; return this; }
  setHelpText(text: string) { this.log.record('Item.setHelpText'); this.helpText = text; return this; }
  setRequired(enabled: boolean) { this.log.record('Item.setRequired'); this.required = enabled; return this; }
  getId() { this.log.record('Item.getId'); return this.id; }
  getTitle() { this.log.record('Item.getTitle'); return this.title; }
  asListItem() {
    this.log.record('Item.asListItem');
    if (this.kind !== 'list') throw new Error(`Exception: Item ${this.id} is not a list item (${this.kind}).`);
    return this;
  }
  setChoiceValues(values: string[]) { this.log.record('Item.setChoiceValues'); this.choices = [...values]; return this; }
  /**
   * «The lower bound must be 0 or 1; the upper bound must be between 3 and 10» — Apps Script throws otherwise
   * (https://developers.google.com/apps-script/reference/forms/scale-item#setBounds(Integer,Integer)).
   */
  setBounds(lower: number, upper: number) {
    this.log.record('ScaleItem.setBounds');
    if ((lower !== 0 && lower !== 1) || !Number.isInteger(upper) || upper < 3 || upper > 10) {
      throw new Error(`Exception: Invalid scale bounds ${lower}..${upper}: the lower bound must be 0 or 1 and the upper bound between 3 and 10.`);
    }
    this.bounds = [lower, upper];
    return this;
  }
  setLabels(lower: string, upper: string) { this.log.record('ScaleItem.setLabels'); this.labels = [lower, upper]; return this; }
  setValidation(validation: GoogleAppsScript.Forms.TextValidation) { this.log.record('TextItem.setValidation'); this.validation = validation as FakeValidation; return this; }
  createResponse(response: string): ItemResponsePort {
    this.log.record('TextItem.createResponse');
    if (this.kind !== 'text') throw new Error('createResponse(string) exists on text items only');
    return { getResponse: () => response, itemId: this.id } as ItemResponsePort & { itemId: number };
  }
}

class FakeValidationBuilder implements TextValidationBuilderPort {
  private rule = '';
  private help = '';
  constructor(private readonly log: CallLog) {}
  requireNumberBetween(start: number, end: number) { this.log.record('TextValidationBuilder.requireNumberBetween'); this.rule = `number ${start}..${end}`; return this; }
  requireTextIsEmail() { this.log.record('TextValidationBuilder.requireTextIsEmail'); this.rule = 'email'; return this; }
  setHelpText(text: string) { this.log.record('TextValidationBuilder.setHelpText'); this.help = text; return this; }
  build(): FakeValidation { this.log.record('TextValidationBuilder.build'); return { rule: this.rule, helpText: this.help }; }
}

class FakeFormResponse implements FormResponsePort {
  private readonly answers: Array<{ itemId: number; value: string }> = [];
  constructor(private readonly form: FakeForm, private readonly log: CallLog) {}
  withItemResponse(response: ItemResponsePort) {
    this.log.record('FormResponse.withItemResponse');
    this.answers.push({ itemId: (response as ItemResponsePort & { itemId: number }).itemId, value: String(response.getResponse()) });
    return this;
  }
  toPrefilledUrl() {
    this.log.record('FormResponse.toPrefilledUrl');
    // An unpublished form takes no responses (https://developers.google.com/workspace/forms/api/guides/publish-form):
    // a link pre-filled into it would lead a respondent nowhere, so the fake refuses to make one.
    if (!this.form.published) throw new Error('Exception: The form is not published; it accepts no responses.');
    const query = this.answers.map(({ itemId, value }) => `entry.${itemId}=${encodeURIComponent(value)}`).join('&');
    return `${this.form.publishedUrl}?usp=pp_url&${query}`;
  }
}

export class FakeForm implements FormPort {
  readonly items: FakeItem[] = [];
  description = '';
  confirmation = '';
  allowEdits = true;
  collectEmail = true;
  progressBar = false;
  destination: { type: GoogleAppsScript.Forms.DestinationType; id: string } | null = null;
  readonly publishedUrl: string;

  constructor(
    readonly id: string, readonly title: string, public published: boolean, private readonly log: CallLog,
    private readonly onDestination?: (form: FakeForm) => void,
  ) {
    this.publishedUrl = `https://docs.google.com/forms/d/e/${id}/viewform`;
  }

  getId() { this.log.record('Form.getId'); return this.id; }
  getTitle() { this.log.record('Form.getTitle'); return this.title; }
  getPublishedUrl() { this.log.record('Form.getPublishedUrl'); return this.publishedUrl; }
  getEditUrl() { this.log.record('Form.getEditUrl'); return `https://docs.google.com/forms/d/${this.id}/edit`; }
  setDescription(description: string) { this.log.record('Form.setDescription'); this.description = description; return this; }
  setConfirmationMessage(message: string) { this.log.record('Form.setConfirmationMessage'); this.confirmation = message; return this; }
  setAllowResponseEdits(enabled: boolean) { this.log.record('Form.setAllowResponseEdits'); this.allowEdits = enabled; return this; }
  setCollectEmail(collect: boolean) { this.log.record('Form.setCollectEmail'); this.collectEmail = collect; return this; }
  setProgressBar(enabled: boolean) { this.log.record('Form.setProgressBar'); this.progressBar = enabled; return this; }
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string) {
    this.log.record('Form.setDestination');
    this.destination = { type, id };
    this.onDestination?.(this);
    return this;
  }
  isPublished() { this.log.record('Form.isPublished'); return this.published; }
  setPublished(enabled: boolean) { this.log.record('Form.setPublished'); this.published = enabled; return this; }
  private add(kind: FakeItemKind): FakeItem {
    this.log.record(`Form.add:${kind}`);
    const item = new FakeItem(kind, this.log);
    this.items.push(item);
    return item;
  }
  addTextItem() { return this.add('text'); }
  addParagraphTextItem() { return this.add('paragraph'); }
  addMultipleChoiceItem() { return this.add('choice'); }
  addListItem() { return this.add('list'); }
  addCheckboxItem() { return this.add('checkbox'); }
  addScaleItem() { return this.add('scale'); }
  addSectionHeaderItem() { return this.add('section'); }
  createResponse() { this.log.record('Form.createResponse'); return new FakeFormResponse(this, this.log); }
  getItems() { this.log.record('Form.getItems'); return [...this.items]; }
  getItemById(id: number) { this.log.record('Form.getItemById'); return this.items.find((item) => item.id === id) ?? null; }

  /** Questions only (no section headers), as Google Forms writes response-sheet columns. */
  questions(): FakeItem[] {
    return this.items.filter((item) => item.kind !== 'section');
  }
}

/** SPREADSHEET as the enum value the real DestinationType holds. */
const SPREADSHEET = 'SPREADSHEET' as unknown as GoogleAppsScript.Forms.DestinationType;

export class FakeFormApp implements FormAppPort {
  readonly log = new CallLog();

  /** onDestination: what linking a form to a spreadsheet does there (see monitoring.ts). */
  constructor(private readonly onDestination?: (form: FakeForm) => void) {}

  readonly forms: FakeForm[] = [];
  /** What create(title, isPublished) was asked for; the 2026 default is a draft. */
  readonly DestinationType = { SPREADSHEET };

  create(title: string, isPublished: boolean): FakeForm {
    this.log.record('FormApp.create');
    const form = new FakeForm(`form${this.forms.length + 1}`, title, isPublished, this.log, this.onDestination);
    this.forms.push(form);
    return form;
  }

  openById(id: string): FakeForm {
    this.log.record('FormApp.openById');
    const form = this.forms.find((candidate) => candidate.id === id);
    if (!form) throw new Error(`No form with id ${id}`);
    return form;
  }

  createTextValidation() {
    this.log.record('FormApp.createTextValidation');
    return new FakeValidationBuilder(this.log);
  }
}

/**
 * The Drive v3 advanced service's permissions of forms, as forms/responders.ts uses them. `organisationOnly` models a
 * Workspace domain whose administrator forbids sharing outside it: creating an `anyone` permission is refused.
 */
export class FakeResponderAccess implements ResponderAccessPort {
  readonly log = new CallLog();
  readonly permissions = new Map<string, ResponderPermission[]>();
  organisationOnly = false;

  list(formId: string): ResponderPermission[] {
    this.log.record('Drive.Permissions.list');
    return [...(this.permissions.get(formId) ?? [])];
  }
  create(formId: string, permission: ResponderPermission): void {
    this.log.record('Drive.Permissions.create');
    if (this.organisationOnly && permission.type === 'anyone') {
      throw new Error('GoogleJsonResponseException: API call to drive.permissions.create failed with error: The user does not have sufficient permissions for this file.');
    }
    this.permissions.set(formId, [...(this.permissions.get(formId) ?? []), { ...permission }]);
  }

  /** The Drive global of the bundle (Drive.Permissions.list / create), for node:vm tests. */
  asDriveGlobal(): unknown {
    return {
      Permissions: {
        list: (formId: string) => ({ permissions: this.list(formId) }),
        create: (resource: ResponderPermission, formId: string) => this.create(formId, resource),
      },
    };
  }
}
