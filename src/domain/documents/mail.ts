/** The letter to the director with a new order: what it is, the link to sign it, the PDF attached. */
import type { DocumentSettings } from './context';
import { positionInSentence } from '../language/position';
import { longDate } from './russian';

export interface OrderLetter {
  subject: string;
  body: string;
}

export function orderLetter(settings: DocumentSettings, order: { number: string; date: Date; title: string }, docUrl: string, pdfUrl: string): OrderLetter {
  const phone = settings.curatorPhone?.trim() ? `, тел. ${settings.curatorPhone.trim()}` : '';
  const curator = settings.curatorName.trim()
    ? `\n\nКуратор: ${settings.curatorName.trim()}${settings.curatorPosition ? `, ${positionInSentence(settings.curatorPosition)}` : ''}${phone}.` : '';
  return {
    subject: `Проект приказа № ${order.number} от ${longDate(order.date)} «${order.title}»`,
    body: `Здравствуйте!\n\nПодготовлен проект приказа № ${order.number} от ${longDate(order.date)} «${order.title}».\n\n`
      + `Документ: ${docUrl}\nPDF: ${pdfUrl} (приложен к письму)\n\n`
      + 'После подписания куратор отметит приказ как «подписан» на листе «Приказы».'
      + curator
      + '\n\nПисьмо отправлено системой «Наставник».',
  };
}
