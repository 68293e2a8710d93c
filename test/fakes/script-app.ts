/** In-memory ScriptApp (triggers), LockService and MailApp implementing the ports of src/gas/forms/ports.ts. */
import type { LockPort, LockServicePort, MailAppPort, ScriptAppPort, TriggerPort } from '../../src/gas/forms/ports';
import { CallLog } from './calls';
import { MAX_TRIGGERS, TOO_MANY_TRIGGERS } from './documents';

const ON_FORM_SUBMIT = 'ON_FORM_SUBMIT' as unknown as GoogleAppsScript.Script.EventType;
const ON_OPEN = 'ON_OPEN' as unknown as GoogleAppsScript.Script.EventType;
const CLOCK = 'CLOCK' as unknown as GoogleAppsScript.Script.EventType;

let nextTriggerId = 1;

export class FakeTrigger implements TriggerPort {
  readonly uniqueId = String(nextTriggerId++);
  constructor(
    readonly handler: string, readonly eventType: GoogleAppsScript.Script.EventType, readonly sourceId: string,
    /** For a one-off time trigger: when it fires, in milliseconds from its creation. */
    readonly afterMs?: number,
  ) {}
  getHandlerFunction() { return this.handler; }
  getEventType() { return this.eventType; }
  getTriggerSourceId() { return this.sourceId; }
  getUniqueId() { return this.uniqueId; }
}

/** ScriptApp of one user: getProjectTriggers() lists the triggers this user made, as Apps Script does. */
export class FakeScriptApp implements ScriptAppPort {
  readonly log = new CallLog();
  readonly EventType = { ON_FORM_SUBMIT, ON_OPEN, CLOCK };
  triggers: FakeTrigger[] = [];

  getProjectTriggers() { this.log.record('ScriptApp.getProjectTriggers'); return [...this.triggers]; }
  deleteTrigger(trigger: TriggerPort) {
    this.log.record('ScriptApp.deleteTrigger');
    this.triggers = this.triggers.filter((candidate) => candidate !== trigger);
  }
  newTrigger(functionName: string) {
    this.log.record('ScriptApp.newTrigger');
    const create = (trigger: FakeTrigger) => () => {
      this.log.record('TriggerBuilder.create');
      if (this.triggers.length >= MAX_TRIGGERS) throw new Error(TOO_MANY_TRIGGERS);
      this.triggers.push(trigger);
      return trigger;
    };
    return {
      forSpreadsheet: (key: string) => ({ onFormSubmit: () => ({ create: create(new FakeTrigger(functionName, ON_FORM_SUBMIT, key)) }) }),
      timeBased: () => ({
        after: (durationMilliseconds: number) => {
          // Apps Script refuses a negative or fractional delay.
          if (!Number.isInteger(durationMilliseconds) || durationMilliseconds < 0) throw new Error(`Invalid argument: ${durationMilliseconds}`);
          return { create: create(new FakeTrigger(functionName, CLOCK, '', durationMilliseconds)) };
        },
      }),
    };
  }
}

/**
 * One script lock; `held` lets a test hold it as a concurrent execution would. `writes` counts the spreadsheet writes
 * made so far (e.g. from the spreadsheet fake's call log), so a release with writes not flushed since the lock was
 * taken is recorded, as the Lock reference warns against.
 */
export class FakeLockService implements LockServicePort {
  readonly log = new CallLog();
  held = false;
  waits: number[] = [];
  /** Lock calls in order: «tryLock», «flush», «releaseLock». */
  readonly events: string[] = [];
  /** Per release: writes made under the lock and not flushed before releaseLock(). */
  readonly unflushedAtRelease: number[] = [];
  private flushedAt = 0;

  constructor(private readonly writes: () => number = () => 0) {}

  flush(): void {
    this.log.record('SpreadsheetApp.flush');
    this.events.push('flush');
    this.flushedAt = this.writes();
  }

  getScriptLock(): LockPort {
    this.log.record('LockService.getScriptLock');
    return {
      tryLock: (timeout: number) => {
        this.log.record('Lock.tryLock');
        this.events.push('tryLock');
        this.waits.push(timeout);
        if (this.held) return false;
        this.held = true;
        this.flushedAt = this.writes();
        return true;
      },
      releaseLock: () => {
        this.log.record('Lock.releaseLock');
        this.events.push('releaseLock');
        this.unflushedAtRelease.push(this.writes() - this.flushedAt);
        this.held = false;
      },
    };
  }
}

export interface SentMail {
  to: string;
  subject: string;
  body: string;
  options: GoogleAppsScript.Mail.MailAdvancedParameters;
}

export class FakeMailApp implements MailAppPort {
  readonly log = new CallLog();
  readonly sent: SentMail[] = [];
  /** Addresses MailApp refuses («Invalid email»). */
  readonly refuse = new Set<string>();

  constructor(public quota: number) {}

  getRemainingDailyQuota() { this.log.record('MailApp.getRemainingDailyQuota'); return this.quota; }
  sendEmail(to: string, subject: string, body: string, options: GoogleAppsScript.Mail.MailAdvancedParameters) {
    this.log.record('MailApp.sendEmail');
    if (this.quota <= 0) throw new Error('Service invoked too many times for one day: email.');
    if (this.refuse.has(to)) throw new Error(`Invalid email: ${to}`);
    this.quota -= 1;
    this.sent.push({ to, subject, body, options });
  }
}
