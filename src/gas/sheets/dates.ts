/**
 * Dates between Google Sheets and the domain. Sheets keeps a date cell as a reading of the wall clock in the
 * SPREADSHEET's time zone, and getValues() hands it over as that instant; the script's Date getters read it in the
 * SCRIPT's zone (appsscript.json: Europe/Moscow). So in a sheet set to Yekaterinburg time (Ufa, UTC+5) «16.11.2022»
 * arrives as 15.11.2022 22:00 by Moscow getters: a day early. The domain works with wall-clock dates (as the Excel
 * adapter hands them over), so a date read is moved to the same wall-clock reading in the script's zone, and a date
 * written is moved back: «16.11.2022» written shows «16.11.2022» in any spreadsheet.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SheetDates {
  /** A Date from getValues() → the same wall-clock reading, as the domain reads it. */
  fromSheet(date: Date): Date;
  /** A Date of the domain → the instant that shows the same wall-clock reading in the spreadsheet. */
  toSheet(date: Date): Date;
}

/** Zone offsets change only on quarter hours: one formatDate per quarter hour of the dates met, not one per cell. */
const SLICE_MS = 15 * 60 * 1000;

/** The wall-clock reading of an instant in a zone, as a Date of the script's zone. */
function wallClock(date: Date, timeZone: string): Date {
  const [year, month, day, hours, minutes, seconds] = Utilities.formatDate(date, timeZone, 'yyyy-MM-dd-HH-mm-ss').split('-').map(Number);
  return new Date(year, month - 1, day, hours, minutes, seconds);
}

/** Dates of a spreadsheet whose time zone is asked for only when the first date is met (one call per action). */
function datesIn(timeZone: () => string): SheetDates {
  let zone: string | undefined;
  const shifts = new Map<number, number>();
  const shift = (time: number): number => {
    const slice = Math.floor(time / SLICE_MS) * SLICE_MS;
    let found = shifts.get(slice);
    if (found === undefined) {
      if (zone === undefined) zone = timeZone();
      found = wallClock(new Date(slice), zone).getTime() - slice;
      shifts.set(slice, found);
    }
    return found;
  };
  return {
    fromSheet: (date) => (Number.isNaN(date.getTime()) ? date : new Date(date.getTime() + shift(date.getTime()))),
    toSheet: (date) => {
      const time = date.getTime();
      if (Number.isNaN(time)) return date;
      // The shift is that of the instant sought, not of the wall-clock reading: a second step settles it.
      return new Date(time - shift(time - shift(time)));
    },
  };
}

const known = new WeakMap<object, SheetDates>();

/** The dates of a spreadsheet, shared by every read and write of the same Spreadsheet object. */
export function spreadsheetDates(spreadsheet: Spreadsheet): SheetDates {
  let dates = known.get(spreadsheet);
  if (!dates) {
    dates = datesIn(() => spreadsheet.getSpreadsheetTimeZone());
    known.set(spreadsheet, dates);
  }
  return dates;
}

/**
 * «Now» as the school's clock reads it: the wall-clock reading in the spreadsheet's time zone, in the form the domain
 * takes dates (see above). An order made at 01:30 in Yekaterinburg, when Moscow (the script's zone) still reads the day
 * before, is dated by the school's day; «Журнал» and the mail log show the school's time.
 */
export function schoolNow(spreadsheet: Spreadsheet, instant: Date = new Date()): Date {
  return spreadsheetDates(spreadsheet).fromSheet(instant);
}

/** For a sheet read on its own: its spreadsheet is looked up only if the sheet holds a date. */
export function sheetDates(sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetDates {
  return datesIn(() => sheet.getParent().getSpreadsheetTimeZone());
}
