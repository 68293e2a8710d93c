/**
 * Utilities.formatDate as Apps Script has it: the instant's wall-clock reading in the given IANA zone, in Java's
 * SimpleDateFormat pattern. Only the pattern letters the product uses are known; any other letter throws rather than
 * print something Apps Script would not.
 */

/** The wall-clock reading of an instant in a zone, kept in the UTC fields of a Date (how the fakes store date cells). */
export function wallClockIn(timeZone: string, date: Date): Date {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'), date.getUTCMilliseconds()));
}

/** The instant whose wall-clock reading in the zone is the given one (UTC fields), as Sheets resolves a date cell. */
export function instantOf(timeZone: string, wallClock: Date): Date {
  const offset = (at: number) => wallClockIn(timeZone, new Date(at)).getTime() - at;
  const guess = wallClock.getTime() - offset(wallClock.getTime());
  return new Date(wallClock.getTime() - offset(guess));
}

const FIELDS: Record<string, (d: Date) => number> = {
  yyyy: (d) => d.getUTCFullYear(),
  MM: (d) => d.getUTCMonth() + 1,
  dd: (d) => d.getUTCDate(),
  HH: (d) => d.getUTCHours(),
  mm: (d) => d.getUTCMinutes(),
  ss: (d) => d.getUTCSeconds(),
};

export class FakeUtilities implements Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate'> {
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    const wall = wallClockIn(timeZone, date as unknown as Date);
    return format.replace(/([A-Za-z])\1*/g, (token) => {
      const field = FIELDS[token];
      if (!field) throw new Error(`fake Utilities.formatDate: pattern «${token}» is not modelled`);
      return String(field(wall)).padStart(token.length, '0');
    });
  }
}

