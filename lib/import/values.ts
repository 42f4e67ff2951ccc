// The cells of an imported file as the figure schema reads them. Sources print numbers and dates
// in their own style; these turn the styles we can read without guessing into the form's (digits,
// "YYYY-MM-DD", "true"/"false", enum codes) and leave anything else as it is, for the schema to
// refuse with the form's own words.
import { QUALIFIERS } from "@/lib/domain/enums";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { LOCALES } from "@/lib/i18n/routing";

/** A cell as a reader gives it: CSV text, or an XLSX value. */
export type RawCell = string | number | boolean | Date | null;

/** Every space sources put between digit groups: space, no-break, narrow no-break, thin. */
const SPACES = "[ \\u00A0\\u202F\\u2009]";
const ENGLISH_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.0+)?$/;
const SPACE_GROUPED = new RegExp(`^\\d{1,3}(?:${SPACES}\\d{3})+(?:,0+)?$`);
const PLAIN_WITH_ZERO_DECIMALS = /^\d+(?:\.0+|,0{1,2})$/;

/**
 * A count as written by an English ("1,234", "1,234.0") or Ukrainian source ("1 234", with a
 * no-break or narrow no-break space, "1 234,0"), as digits; a zero fraction is dropped. "1,000"
 * is a thousand (never one), "1,5" and "12.5" stay as they are (a count has no fraction: the
 * schema refuses them), and so does anything else ("about 300").
 */
export function normalizeCount(cell: RawCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isInteger(cell) ? String(cell) : String(cell);
  if (typeof cell !== "string") return String(cell);
  const text = cell.trim();
  if (ENGLISH_GROUPED.test(text)) return text.replace(/\.0+$/, "").replace(/,/g, "");
  if (SPACE_GROUPED.test(text)) return text.replace(/,0+$/, "").replace(new RegExp(SPACES, "g"), "");
  if (PLAIN_WITH_ZERO_DECIMALS.test(text)) return text.replace(/[.,]0+$/, "");
  return text;
}

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?$/;

/** A date as "YYYY-MM-DD": ISO as is, "DD.MM.YYYY" (the Ukrainian style), an XLSX date cell, a midnight ISO timestamp. */
export function normalizeDate(cell: RawCell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  const text = String(cell).trim();
  const dotted = DOTTED.exec(text);
  if (dotted) return `${dotted[3]}-${dotted[2]!.padStart(2, "0")}-${dotted[1]!.padStart(2, "0")}`;
  const stamped = ISO_DATE_TIME.exec(text);
  if (stamped) return stamped[1]!;
  return text;
}

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "так", "x"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "ні", ""]);

/** "no information": true / yes / 1 / так, or false / no / 0 / ні / empty; anything else is left for the schema to refuse. */
export function normalizeBoolean(cell: RawCell): string {
  if (cell === null) return "false";
  if (typeof cell === "boolean") return String(cell);
  const text = String(cell).trim().toLowerCase();
  if (TRUE_WORDS.has(text)) return "true";
  if (FALSE_WORDS.has(text)) return "false";
  return String(cell).trim();
}

/** Qualifiers also by their words, in every language of the interface ("about", "at least", "щонайменше", "понад"). */
const QUALIFIER_WORDS: Record<string, string> = Object.fromEntries([
  ...LOCALES.flatMap((locale) => QUALIFIERS.map((q) => [messagesFor(locale).qualifierPhrase[q].toLowerCase(), q] as const)),
  ["approximate", "approximately"],
  ["approx", "approximately"],
  ["~", "approximately"],
]);

/** An enum code as written in a file: "At least", "at-least", "AT_LEAST" all mean at_least. */
export function normalizeCode(cell: RawCell): string {
  if (cell === null) return "";
  return String(cell)
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

export function normalizeQualifier(cell: RawCell): string {
  if (cell === null) return "";
  const words = String(cell).trim().toLowerCase().replace(/\s+/g, " ");
  return QUALIFIER_WORDS[words] ?? normalizeCode(cell);
}

/** Plain text: trimmed; numbers as written; dates as "YYYY-MM-DD". */
export function normalizeText(cell: RawCell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return normalizeDate(cell);
  return String(cell).trim();
}

/** How a cell is shown in a message: the text as the file had it, shortened. */
export function cellText(cell: RawCell): string {
  const text = cell instanceof Date ? normalizeDate(cell) : cell === null ? "" : String(cell);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
