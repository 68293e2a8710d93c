/**
 * A questionnaire → a Google Form: published, its responses going to this spreadsheet, every item typed as the
 * definition says, and the pre-filled link template for personal links. The definition is checked first, so a broken
 * one never leaves a half-built form behind.
 */
import { CODE_PLACEHOLDER } from '../../domain/questionnaires/links';
import { codeItem, type Item, type Questionnaire } from '../../domain/questionnaires/model';
import { questionnaireProblems } from '../../domain/questionnaires/validation';
import type { FormAppPort, FormPort, QuestionPort, TextItemPort } from './ports';

export interface BuiltForm {
  questionnaireId: string;
  formId: string;
  publishedUrl: string;
  editUrl: string;
  /** The published URL pre-filled with CODE_PLACEHOLDER in the code item. */
  linkTemplate: string;
  /** Question key → the form item's id: what identifies a question after the curator rewords it in the form. */
  itemIds: Map<string, number>;
}

const CONFIRMATION = 'Спасибо! Ваши ответы записаны. Результаты появятся у куратора программы наставничества автоматически.';

function describe(question: QuestionPort, item: Item): void {
  question.setTitle(item.title);
  if (item.help) question.setHelpText(item.help);
  question.setRequired(item.required);
}

/** The item added; `text` when it is a text item (the code item's pre-filled response is made from it). */
function addItem(formApp: FormAppPort, form: FormPort, item: Item): { question: QuestionPort; text?: TextItemPort } {
  const labels = (item.choices ?? []).map((choice) => choice.label);
  switch (item.type) {
    case 'text': {
      const text = form.addTextItem();
      describe(text, item);
      if (item.format?.kind === 'number') {
        text.setValidation(formApp.createTextValidation().requireNumberBetween(item.format.min, item.format.max)
          .setHelpText(`Введите число от ${item.format.min} до ${item.format.max}.`).build());
      } else if (item.format?.kind === 'email') {
        text.setValidation(formApp.createTextValidation().requireTextIsEmail().setHelpText('Введите адрес электронной почты.').build());
      }
      return { question: text, text };
    }
    case 'paragraph': {
      const paragraph = form.addParagraphTextItem();
      describe(paragraph, item);
      return { question: paragraph };
    }
    case 'choice':
    case 'list':
    case 'checkbox': {
      const question = item.type === 'choice' ? form.addMultipleChoiceItem() : item.type === 'list' ? form.addListItem() : form.addCheckboxItem();
      describe(question, item);
      question.setChoiceValues(labels);
      return { question };
    }
    case 'scale': {
      const scale = form.addScaleItem();
      describe(scale, item);
      scale.setBounds(item.scale!.min, item.scale!.max);
      if (item.scale!.minLabel || item.scale!.maxLabel) scale.setLabels(item.scale!.minLabel ?? '', item.scale!.maxLabel ?? '');
      return { question: scale };
    }
  }
}

export function buildForm(formApp: FormAppPort, questionnaire: Questionnaire, spreadsheetId: string): BuiltForm {
  const problems = questionnaireProblems(questionnaire);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  // Created published: since the 2026 publishing change a script-made form is otherwise a draft nobody can answer.
  const form = formApp.create(questionnaire.title, true);
  form.setDescription(questionnaire.description);
  form.setConfirmationMessage(CONFIRMATION);
  // An edited response would change after it was scored; a collected Google address is not needed (the code is).
  form.setAllowResponseEdits(false);
  form.setCollectEmail(false);
  form.setProgressBar(questionnaire.items.length > 10);
  form.setDestination(formApp.DestinationType.SPREADSHEET, spreadsheetId);

  const code = codeItem(questionnaire);
  let codeQuestion: TextItemPort | undefined;
  let section: string | undefined;
  const itemIds = new Map<string, number>();
  for (const item of questionnaire.items) {
    // A section header where the subscale changes: the rubric's criteria read as in seed 001.
    if (item.subscale && item.subscale !== section) form.addSectionHeaderItem().setTitle(item.subscale);
    section = item.subscale ?? section;
    const added = addItem(formApp, form, item);
    itemIds.set(item.key, added.question.getId());
    if (item === code) codeQuestion = added.text;
  }
  if (!form.isPublished()) form.setPublished(true);
  const linkTemplate = form.createResponse().withItemResponse(codeQuestion!.createResponse(CODE_PLACEHOLDER)).toPrefilledUrl();
  return {
    questionnaireId: questionnaire.id,
    formId: form.getId(),
    publishedUrl: form.getPublishedUrl(),
    editUrl: form.getEditUrl(),
    linkTemplate,
    itemIds,
  };
}
