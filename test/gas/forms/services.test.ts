import { withScriptLock } from '../../../src/gas/forms/lock';
import { MAIL_BUDGET_MS, sendWithinQuota } from '../../../src/gas/forms/mail';
import { createFormsMessage } from '../../../src/domain/monitoring/messages';
import { ensureSubmitTrigger, SUBMIT_HANDLER, SUBMIT_TRIGGER_PROPERTY } from '../../../src/gas/forms/triggers';
import { FakeProperties } from '../../fakes/documents';
import type { MailAppPort } from '../../../src/gas/forms/ports';
import { FakeLockService, FakeMailApp, FakeScriptApp, FakeTrigger } from '../../fakes/script-app';

describe('the form-submit trigger', () => {
  const NOW = new Date(2027, 4, 20, 12, 0);

  it('is installed once however many times forms are created', () => {
    const scriptApp = new FakeScriptApp();
    const services = { scriptApp, properties: new FakeProperties() };
    expect(ensureSubmitTrigger(services, 'ss1', NOW)).toEqual({ created: true, removed: 0 });
    expect(ensureSubmitTrigger(services, 'ss1', NOW)).toEqual({ created: false, removed: 0 });
    expect(ensureSubmitTrigger(services, 'ss1', NOW)).toEqual({ created: false, removed: 0 });
    expect(scriptApp.triggers.map((trigger) => [trigger.handler, trigger.sourceId])).toEqual([[SUBMIT_HANDLER, 'ss1']]);
    expect(scriptApp.log.count('TriggerBuilder.create')).toBe(1);
  });

  it('removes duplicates left by an older version, keeps other triggers', () => {
    const scriptApp = new FakeScriptApp();
    const other = new FakeTrigger('onOpenInstalled', scriptApp.EventType.ON_OPEN, 'ss1');
    scriptApp.triggers = [
      new FakeTrigger(SUBMIT_HANDLER, scriptApp.EventType.ON_FORM_SUBMIT, 'ss1'), other,
      new FakeTrigger(SUBMIT_HANDLER, scriptApp.EventType.ON_FORM_SUBMIT, 'ss1'),
    ];
    expect(ensureSubmitTrigger({ scriptApp, properties: new FakeProperties() }, 'ss1', NOW)).toEqual({ created: false, removed: 1 });
    expect(scriptApp.triggers).toHaveLength(2);
    expect(scriptApp.triggers).toContain(other);
  });

  it('tells a second curator (who sees only their own triggers) that another user installed it, and adds one only when asked', () => {
    // One spreadsheet, so one set of document properties; each user's ScriptApp lists that user's triggers only.
    const properties = new FakeProperties();
    const first = new FakeScriptApp();
    const second = new FakeScriptApp();
    expect(ensureSubmitTrigger({ scriptApp: first, properties }, 'ss1', NOW)).toEqual({ created: true, removed: 0 });
    expect(JSON.parse(properties.getProperty(SUBMIT_TRIGGER_PROPERTY)!)).toEqual({ id: first.triggers[0].getUniqueId(), installedAt: NOW.toISOString() });
    const later = new Date(2027, 8, 1, 9, 0);
    expect(ensureSubmitTrigger({ scriptApp: second, properties }, 'ss1', later)).toEqual({ created: false, removed: 0, installedByAnotherUser: NOW });
    expect(second.triggers).toEqual([]);
    expect(ensureSubmitTrigger({ scriptApp: first, properties }, 'ss1', later)).toEqual({ created: false, removed: 0 });
    // The first curator has left: the second takes over when they say so.
    expect(ensureSubmitTrigger({ scriptApp: second, properties }, 'ss1', later, true)).toEqual({ created: true, removed: 0 });
    expect(JSON.parse(properties.getProperty(SUBMIT_TRIGGER_PROPERTY)!).id).toBe(second.triggers[0].getUniqueId());
    expect(createFormsMessage({ created: [], alreadyThere: 9, postponed: [], triggerCreated: false, triggerRemoved: 0, triggerInstalledByAnotherUser: NOW }))
      .toContain('Автоматическую обработку ответов 20.05.2027 включил другой пользователь этой таблицы');
  });
});

describe('the script lock', () => {
  it('runs the action holding the lock and releases it, even when the action throws', () => {
    const lockService = new FakeLockService();
    expect(withScriptLock(lockService, () => (lockService.held ? 'held' : 'free'))).toEqual({ ran: true, value: 'held' });
    expect(lockService.held).toBe(false);
    expect(() => withScriptLock(lockService, () => { throw new Error('boom'); })).toThrow('boom');
    expect(lockService.held).toBe(false);
  });

  it('flushes the spreadsheet writes before releasing, on every path, so the next execution reads them', () => {
    let writes = 0;
    const lockService = new FakeLockService(() => writes);
    withScriptLock(lockService, () => { writes += 3; });
    expect(() => withScriptLock(lockService, () => { writes += 1; throw new Error('boom'); })).toThrow('boom');
    expect(lockService.events).toEqual(['tryLock', 'flush', 'releaseLock', 'tryLock', 'flush', 'releaseLock']);
    expect(lockService.unflushedAtRelease).toEqual([0, 0]);
  });

  it('flushes through SpreadsheetApp when the caller passes only getScriptLock (pairing, bank setup)', () => {
    const lockService = new FakeLockService();
    const order: string[] = [];
    const target = globalThis as Record<string, unknown>;
    const previous = target.SpreadsheetApp;
    target.SpreadsheetApp = { flush: () => order.push('SpreadsheetApp.flush') };
    try {
      const lock = lockService.getScriptLock();
      const outcome = withScriptLock({ getScriptLock: () => ({ tryLock: (ms) => lock.tryLock(ms), releaseLock: () => { order.push('releaseLock'); lock.releaseLock(); } }) }, () => 'done');
      expect(outcome).toEqual({ ran: true, value: 'done' });
      expect(order).toEqual(['SpreadsheetApp.flush', 'releaseLock']);
    } finally {
      target.SpreadsheetApp = previous;
    }
  });

  it('does not run when another execution holds the lock past the wait', () => {
    const lockService = new FakeLockService();
    lockService.held = true;
    let ran = false;
    expect(withScriptLock(lockService, () => { ran = true; })).toEqual({ ran: false });
    expect(ran).toBe(false);
    expect(lockService.waits).toEqual([30_000]);
    expect(lockService.events).toEqual(['tryLock']);
  });
});

describe('sending within the daily quota', () => {
  const letter = (to: string) => ({ to, subject: 'Анкета', body: 'текст' });

  it('sends what the quota allows, carries the rest over, reads the quota once', () => {
    const mailApp = new FakeMailApp(2);
    const outcome = sendWithinQuota(mailApp, ['a@x.ru', 'b@x.ru', 'c@x.ru'], letter, 'Куратор');
    expect(outcome).toEqual({ sent: ['a@x.ru', 'b@x.ru'], waiting: ['c@x.ru'], deferred: [], failed: [] });
    expect(mailApp.sent.map((mail) => [mail.to, mail.options.name])).toEqual([['a@x.ru', 'Куратор'], ['b@x.ru', 'Куратор']]);
    expect(mailApp.log.count('MailApp.getRemainingDailyQuota')).toBe(1);
  });

  it('reports an address MailApp refuses and goes on with the others', () => {
    const mailApp = new FakeMailApp(10);
    mailApp.refuse.add('bad@x.ru');
    const outcome = sendWithinQuota(mailApp, ['a@x.ru', 'bad@x.ru', 'c@x.ru'], letter, 'Куратор');
    expect(outcome.sent).toEqual(['a@x.ru', 'c@x.ru']);
    expect(outcome.failed).toEqual([{ item: 'bad@x.ru', error: 'Invalid email: bad@x.ru' }]);
  });

  it('stops before the 6-minute limit could cut the run off, leaving the rest for the next run', () => {
    const mailApp = new FakeMailApp(100);
    let now = 0;
    // Each letter "takes" a minute: three fit in the 4-minute budget, the fourth might not.
    const slow: MailAppPort = {
      getRemainingDailyQuota: () => mailApp.getRemainingDailyQuota(),
      sendEmail: (...args) => { now += 60_000; mailApp.sendEmail(...args); },
    };
    const outcome = sendWithinQuota(slow, ['a@x.ru', 'b@x.ru', 'c@x.ru', 'd@x.ru', 'e@x.ru'], letter, 'Куратор', () => now);
    expect(MAIL_BUDGET_MS).toBe(240_000);
    expect(outcome).toEqual({ sent: ['a@x.ru', 'b@x.ru', 'c@x.ru'], waiting: [], deferred: ['d@x.ru', 'e@x.ru'], failed: [] });
    expect(mailApp.sent).toHaveLength(3);
  });
});
