/** What the curator reads after each monitoring action (alerts of the Sheets menu, lines of the CLI). */
import { formatDateNumeric } from '../language/dates';
import { formatCount } from '../language/plural';

export function createFormsMessage(outcome: {
  created: string[]; refreshed?: string[]; notes?: string[]; alreadyThere: number; postponed: string[]; triggerCreated: boolean; triggerRemoved: number; triggerInstalledByAnotherUser?: Date;
}): string {
  const lines: string[] = [];
  if (outcome.created.length > 0) lines.push(`Созданы формы (${outcome.created.length}):`, ...outcome.created.map((title) => `• ${title}`));
  else lines.push('Новых форм нет.');
  if (outcome.alreadyThere > 0) lines.push(`Уже были созданы раньше: ${formatCount(outcome.alreadyThere, 'анкета', 'анкеты', 'анкет')}.`);
  if (outcome.refreshed?.length) {
    lines.push('Обновлены списки выбора по банку (добавленные участники можно выбрать):', ...outcome.refreshed.map((title) => `• ${title}`));
  }
  if (outcome.postponed.length > 0) lines.push('Пока не созданы:', ...outcome.postponed.map((text) => `• ${text}`));
  if (outcome.notes?.length) lines.push(...outcome.notes);
  if (outcome.triggerInstalledByAnotherUser) {
    lines.push(`Автоматическую обработку ответов ${formatDateNumeric(outcome.triggerInstalledByAnotherUser)} включил другой пользователь этой таблицы: `
      + 'ответы обрабатываются от его имени, второй обработчик не нужен.');
  } else {
    lines.push(outcome.triggerCreated
      ? 'Включена автоматическая обработка ответов: баллы появятся в «Результатах» сразу после отправки формы.'
      : 'Автоматическая обработка ответов уже включена.');
  }
  if (outcome.triggerRemoved > 0) lines.push(`Удалены лишние копии обработчика: ${outcome.triggerRemoved}.`);
  lines.push('Ссылки на формы — на листе «Анкеты». Чтобы разослать анкету участникам, поставьте «да» в столбце «Рассылать».');
  return lines.join('\n');
}

/** Asked of a curator who runs «Создать анкеты» when another user's trigger processes the responses. */
export function takeOverQuestion(installedAt: Date): string {
  return `Обработку ответов ${formatDateNumeric(installedAt)} включил другой пользователь таблицы; она работает, пока у него есть доступ к таблице. `
    + 'Включить обработку и от вашего имени? Это нужно, только если тот сотрудник больше не работает с таблицей '
    + '(ответы перестали появляться в «Результатах»): иначе каждый ответ будут проверять два обработчика — это безопасно, но лишняя работа.';
}

export function mailingMessage(
  kind: 'приглашения' | 'напоминания', outcome: { sent: number; waiting: number; deferred?: number; failed: string[]; notes: string[] },
): string {
  const lines: string[] = [];
  const deferred = outcome.deferred ?? 0;
  if (outcome.sent + outcome.waiting + deferred + outcome.failed.length === 0) {
    lines.push(kind === 'приглашения'
      ? 'Отправлять некому: все участники уже получили отмеченные анкеты (или ни одна анкета не отмечена «да» в столбце «Рассылать» листа «Анкеты»).'
      : 'Напоминать некому: все ответили или напоминание уже отправлялось в последние сутки.');
  } else {
    lines.push(`Отправлено писем: ${outcome.sent}.`);
  }
  if (deferred > 0) {
    const menu = kind === 'приглашения' ? 'Разослать анкеты' : 'Напомнить не ответившим';
    lines.push(`Ещё ${formatCount(deferred, 'письмо ждёт', 'письма ждут', 'писем ждут')} отправки: одно выполнение скрипта `
      + `ограничено 6 минутами. Выберите «${menu}» ещё раз — отправленным повторно писать не будем.`);
  }
  if (outcome.waiting > 0) {
    lines.push(`Ещё ${formatCount(outcome.waiting, 'письмо ждёт', 'письма ждут', 'писем ждут')} отправки: дневной лимит писем исчерпан. Повторите завтра — отправленным повторно писать не будем.`);
  }
  if (outcome.failed.length > 0) lines.push('Не удалось отправить:', ...outcome.failed.map((text) => `• ${text}`));
  lines.push(...outcome.notes);
  return lines.join('\n');
}

export function recomputeMessage(outcome: { ran: boolean; responses: number; scored: number; rejected: number; caughtUp: number }): string {
  if (!outcome.ran) return 'Сейчас обрабатываются ответы форм. Повторите «Пересчитать всё» через минуту.';
  const lines = [
    `Прочитано ответов: ${outcome.responses}.`,
    `Оценено: ${outcome.scored}. Отклонено: ${outcome.rejected} (причины — на листе «Обработка ответов»).`,
  ];
  if (outcome.caughtUp > 0) lines.push(`Обработано пропущенных ответов анкет и предпочтений: ${outcome.caughtUp}.`);
  lines.push('«Результаты» и «Мониторинг» обновлены.');
  return lines.join('\n');
}
