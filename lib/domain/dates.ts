// Calendar dates ("as of", period start, publication date) are days, not instants. They are
// represented as a Date at 00:00 UTC, which is what Prisma reads from and writes to a
// `@db.Date` column, so a date never shifts by a day with the server's time zone.

const DAY_MS = 86_400_000;

/** The area the data is about; "today" for an editor there is what counts. */
export const DEFAULT_TIME_ZONE = "Europe/Kyiv";

/**
 * Strictly "YYYY-MM-DD" -> Date at 00:00Z. Anything else (other formats, a time part,
 * impossible days such as 2023-02-30) -> null.
 */
export function parseCalendarDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  const roundTrips = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return roundTrips ? date : null;
}

/**
 * The dates the app accepts anywhere (forms, filters, searches). Before 1900 is a typing
 * mistake ("0223-05-20"), not humanitarian data, and after 2100 too; PostgreSQL cannot take
 * year 0 or a five-digit year at all, which used to make such a filter answer 500.
 */
export const EARLIEST_DATE = parseCalendarDate("1900-01-01") as Date;
export const LATEST_DATE = parseCalendarDate("2100-12-31") as Date;

/** As parseCalendarDate, but null outside EARLIEST_DATE..LATEST_DATE. */
export function parseCalendarDateInRange(text: string): Date | null {
  const date = parseCalendarDate(text);
  return date && date >= EARLIEST_DATE && date <= LATEST_DATE ? date : null;
}

/** Date -> "YYYY-MM-DD" (its UTC calendar day). */
export function formatCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The UTC calendar day of an instant, as a Date at 00:00Z. */
export function startOfUtcDay(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / DAY_MS) * DAY_MS);
}

/**
 * The calendar day it is at `instant` in `timeZone`, as a Date at 00:00Z. Pass this as `today`
 * to the input schemas: shortly after midnight in Kyiv it is still yesterday in UTC, and an
 * editor entering today's figure must not be told the date is in the future.
 */
export function calendarDateIn(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): Date {
  // en-CA formats as YYYY-MM-DD.
  const text = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
  const date = parseCalendarDate(text);
  if (!date) throw new Error(`Unexpected calendar date format: ${text}`);
  return date;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((startOfUtcDay(to).getTime() - startOfUtcDay(from).getTime()) / DAY_MS);
}
