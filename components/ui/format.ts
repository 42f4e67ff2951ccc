// Number and date formats of the public pages: thousands separators, unambiguous dates.
import { parseCalendarDate } from "@/lib/domain/dates";

const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export const formatCount = (n: number | null) => (n === null ? "–" : numberFormat.format(n));

/** "2023-05-21" -> "21 May 2023". */
export function formatDay(iso: string): string {
  const date = parseCalendarDate(iso.slice(0, 10));
  return date ? longDate.format(date) : iso;
}
