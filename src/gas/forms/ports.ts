/**
 * The part of FormApp the product uses, as ports: each member exists in @types/google-apps-script (or in
 * types/forms-publishing.d.ts) with a compatible signature. main.ts passes the real FormApp where a FormAppPort is
 * expected, so a member that does not exist in Apps Script fails to compile; the fakes in tests implement the same
 * ports. Setters return `unknown`: the product never chains, so the fakes need not be whole Forms.
 */
export interface ItemResponsePort {
  getResponse(): string[][] | string[] | string;
}

export interface QuestionPort {
  setTitle(title: string): unknown;
  setHelpText(text: string): unknown;
  setRequired(enabled: boolean): unknown;
  getId(): number;
}

export interface TextItemPort extends QuestionPort {
  setValidation(validation: GoogleAppsScript.Forms.TextValidation): unknown;
  createResponse(response: string): ItemResponsePort;
}

export type ParagraphTextItemPort = QuestionPort;

export interface ChoiceItemPort extends QuestionPort {
  setChoiceValues(values: string[]): unknown;
}

export interface ScaleItemPort extends QuestionPort {
  setBounds(lower: number, upper: number): unknown;
  setLabels(lower: string, upper: string): unknown;
}

export interface SectionHeaderItemPort {
  setTitle(title: string): unknown;
  setHelpText(text: string): unknown;
}

/** An item of an existing form, as Form.getItems() and getItemById() give it. */
export interface ItemPort {
  getId(): number;
  getTitle(): string;
  /** Throws for an item that is not a drop-down list, as Apps Script does. */
  asListItem(): ChoiceItemPort;
}

export interface FormResponsePort {
  withItemResponse(response: ItemResponsePort): FormResponsePort;
  toPrefilledUrl(): string;
}

export interface TextValidationBuilderPort {
  requireNumberBetween(start: number, end: number): TextValidationBuilderPort;
  requireTextIsEmail(): TextValidationBuilderPort;
  setHelpText(text: string): TextValidationBuilderPort;
  build(): GoogleAppsScript.Forms.TextValidation;
}

export interface FormPort {
  getId(): string;
  getTitle(): string;
  getPublishedUrl(): string;
  getEditUrl(): string;
  setDescription(description: string): unknown;
  setConfirmationMessage(message: string): unknown;
  setAllowResponseEdits(enabled: boolean): unknown;
  setCollectEmail(collect: boolean): unknown;
  setProgressBar(enabled: boolean): unknown;
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): unknown;
  isPublished(): boolean;
  setPublished(enabled: boolean): unknown;
  addTextItem(): TextItemPort;
  addParagraphTextItem(): ParagraphTextItemPort;
  addMultipleChoiceItem(): ChoiceItemPort;
  addListItem(): ChoiceItemPort;
  addCheckboxItem(): ChoiceItemPort;
  addScaleItem(): ScaleItemPort;
  addSectionHeaderItem(): SectionHeaderItemPort;
  createResponse(): FormResponsePort;
  getItems(): ItemPort[];
  /** Null when the form has no item with this id (the curator deleted it). */
  getItemById(id: number): ItemPort | null;
}

export interface FormAppPort {
  DestinationType: { SPREADSHEET: GoogleAppsScript.Forms.DestinationType };
  create(title: string, isPublished: boolean): FormPort;
  openById(id: string): FormPort;
  createTextValidation(): TextValidationBuilderPort;
}

export interface TriggerPort {
  getHandlerFunction(): string;
  getEventType(): GoogleAppsScript.Script.EventType;
  getTriggerSourceId(): string;
  getUniqueId(): string;
}

export interface ScriptAppPort {
  EventType: { ON_FORM_SUBMIT: GoogleAppsScript.Script.EventType };
  getProjectTriggers(): TriggerPort[];
  deleteTrigger(trigger: TriggerPort): void;
  newTrigger(functionName: string): {
    forSpreadsheet(key: string): { onFormSubmit(): { create(): TriggerPort } };
    timeBased(): { after(durationMilliseconds: number): { create(): TriggerPort } };
  };
}

/** Document properties: what every user of the spreadsheet sees, kept with it. */
export interface PropertiesPort {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
}

export interface LockPort {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

export interface LockServicePort {
  getScriptLock(): LockPort;
  /** SpreadsheetApp.flush(): commits the pending writes; SpreadsheetApp.flush() itself when absent. */
  flush?(): void;
}

export interface MailAppPort {
  getRemainingDailyQuota(): number;
  sendEmail(recipient: string, subject: string, body: string, options: GoogleAppsScript.Mail.MailAdvancedParameters): void;
}
