// Every number and date the interface shows goes through here, in the reader's language: no other
// file names a locale for Intl. Calendar dates are UTC days (an "as of" date has no time zone).
// English keeps the British forms the site always had (26 August 2022, 350,000); Ukrainian follows
// the forms of OCHA Ukraine's and the ministries' Ukrainian texts (26 серпня 2022, 350 000), i.e.
// CLDR's without the "р." after a year.
import type { Formats } from "next-intl";
import { parseCalendarDate } from "@/lib/domain/dates";
import type { Locale } from "./routing";

export const TIME_ZONE = "UTC";

/** The Intl locale behind each interface language. */
const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", uk: "uk-UA" };

/** Named formats for ICU messages: "{count, number}" and "{day, date, long}" use these. */
export const formats = {
  dateTime: {
    long: { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE },
    short: { day: "numeric", month: "short", year: "numeric", timeZone: TIME_ZONE },
    stamp: { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE },
  },
  number: { count: { maximumFractionDigits: 0 } },
} satisfies Formats;

export interface Format {
  readonly locale: Locale;
  /** "350,000" / "350 000"; null is shown as a dash. */
  count(n: number | null): string;
  /** "8,000–10,000" / "8 000–10 000". */
  range(low: number, high: number): string;
  /** A calendar day: "26 August 2022" / "26 серпня 2022". Takes "YYYY-MM-DD..." or a Date. */
  day(value: string | Date): string;
  /** A calendar day, short: "26 Aug 2022" / "26 серп. 2022". */
  dayShort(value: string | Date): string;
  /** A month: "Aug 2022" / "серп. 2022" (chart ticks). */
  month(value: Date): string;
  /** A year: "2022". */
  year(value: Date): string;
  /** A moment, for logs and histories: "26 Aug 2022, 14:05" (UTC). */
  stamp(value: Date): string;
  /** How long ago, in days: "1,558 days ago" / "1 558 днів тому". */
  daysAgo(days: number): string;
  /**
   * Orders two texts by the reader's alphabet, for sorting lists by the name shown (place pickers):
   * in Ukrainian ґ follows г, є follows е, і and ї follow и. Negative, zero or positive, as sort wants.
   */
  compare(a: string, b: string): number;
}

const cache = new Map<Locale, Format>();

export function formatFor(locale: Locale): Format {
  const known = cache.get(locale);
  if (known) return known;
  const intl = INTL_LOCALE[locale];
  const count = new Intl.NumberFormat(intl, formats.number.count);
  const long = new Intl.DateTimeFormat(intl, formats.dateTime.long);
  const short = new Intl.DateTimeFormat(intl, formats.dateTime.short);
  const month = new Intl.DateTimeFormat(intl, { month: "short", year: "numeric", timeZone: TIME_ZONE });
  const year = new Intl.DateTimeFormat(intl, { year: "numeric", timeZone: TIME_ZONE });
  const stamp = new Intl.DateTimeFormat(intl, formats.dateTime.stamp);
  const relative = new Intl.RelativeTimeFormat(intl, { numeric: "always" });
  const collator = new Intl.Collator(intl, { usage: "sort" });
  const withoutYearMark = locale === "uk" ? (s: string) => s.replace(/\s*р\.$/u, "").replace(/\s*р\.,/u, ",") : (s: string) => s;
  const asDate = (value: string | Date): Date | null => (typeof value === "string" ? parseCalendarDate(value.slice(0, 10)) : value);
  const day = (f: Intl.DateTimeFormat) => (value: string | Date) => {
    const date = asDate(value);
    return date ? withoutYearMark(f.format(date)) : String(value);
  };
  const format: Format = {
    locale,
    count: (n) => (n === null ? "–" : count.format(n)),
    range: (low, high) => count.formatRange(low, high),
    day: day(long),
    dayShort: day(short),
    month: (value) => withoutYearMark(month.format(value)),
    year: (value) => withoutYearMark(year.format(value)),
    stamp: (value) => withoutYearMark(stamp.format(value)),
    daysAgo: (days) => relative.format(-days, "day"),
    compare: collator.compare,
  };
  cache.set(locale, format);
  return format;
}
