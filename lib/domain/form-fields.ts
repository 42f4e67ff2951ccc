// Field schemas shared by the input schemas. Form values arrive as strings (FormData), from a
// client component as strings or numbers, and from code as numbers, booleans and Dates; every
// field accepts all of these and turns an empty or blank value into null ("not given").
//
// Whole numbers: plain digits, or digits grouped in threes by commas, spaces, no-break spaces
// or thin spaces ("8000000", "8,000,000", "8 000 000"), because that is how sources print
// them. Anything else is refused rather than guessed: "8.000.000" and "1,5" mean different
// numbers in English and Ukrainian, and a count has no decimals.
import { z } from "zod";
import { CREDIBILITIES } from "./grades";
import { EARLIEST_DATE, formatCalendarDate, parseCalendarDate, startOfUtcDay } from "./dates";
import type { Messages } from "./messages";
import { MAX_RECORD_ID } from "./record-ref";
import { isStorableText } from "./text";

/** A sane upper bound for any count (and below PostgreSQL's Int maximum). */
export const MAX_COUNT = 2_000_000_000;
export const URL_MAX_LENGTH = 2000;

const GROUPED_DIGITS = /^(?:\d+|\d{1,3}(?:[, \u00A0\u2009\u202F]\d{3})+)$/;
const GROUP_SEPARATORS = /[, \u00A0\u2009\u202F]/g;

function isBlank(value: unknown): value is null | undefined | "" {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** Turns blank into null and a digit string into a number; leaves anything else for the schema to refuse. */
function toCount(value: unknown): unknown {
  if (isBlank(value)) return null;
  if (typeof value !== "string") return value;
  const text = value.trim();
  return GROUPED_DIGITS.test(text) ? Number(text.replace(GROUP_SEPARATORS, "")) : text;
}

/** "issue for a missing value" vs "issue for a wrong value", for a zod `error` option. */
function missingOr(missing: string, wrong: string) {
  return (issue: { input?: unknown }) => (issue.input === null || issue.input === undefined ? missing : wrong);
}

/** A required reference to another record, chosen from a list. */
export function idField(missing: string, t: Messages) {
  const wrong = t.errors.invalidChoice;
  return z.preprocess(
    toCount,
    z
      .number({ error: missingOr(missing, wrong) })
      .int({ error: wrong })
      .min(1, { error: wrong })
      .max(MAX_RECORD_ID, { error: wrong }),
  );
}

/** An optional whole number from 0 to MAX_COUNT; null when not given. */
export function countField(t: Messages) {
  const wrong = t.errors.notWholeNumber;
  return z.preprocess(
    toCount,
    z
      .number({ error: wrong })
      .int({ error: wrong })
      .min(0, { error: wrong })
      .max(MAX_COUNT, { error: t.errors.numberTooLarge(MAX_COUNT) })
      .nullable(),
  );
}

export function credibilityField(t: Messages) {
  return z.preprocess(toCount, z.literal(CREDIBILITIES, { error: t.errors.credibilityRequired }));
}

/** The optimistic-concurrency version a person read; an edit must send it back. */
export function versionField(t: Messages) {
  const wrong = t.errors.versionInvalid;
  return z.preprocess(
    toCount,
    z.number({ error: wrong }).int({ error: wrong }).min(1, { error: wrong }).max(MAX_RECORD_ID, { error: wrong }),
  );
}

/** As versionField, but may be left out (a create has no version yet). */
export function optionalVersionField(t: Messages) {
  const wrong = t.errors.versionInvalid;
  return z.preprocess(
    (value) => (isBlank(value) ? undefined : toCount(value)),
    z.number({ error: wrong }).int({ error: wrong }).min(1, { error: wrong }).max(MAX_RECORD_ID, { error: wrong }).optional(),
  );
}

/** A checkbox: "on" (what a browser posts), "true" or true; unchecked boxes are simply absent. */
export function checkboxField(t: Messages) {
  return z.preprocess(
    (value) => {
      if (value === true || value === "on" || value === "true") return true;
      if (value === false || value === "off" || value === "false" || isBlank(value)) return false;
      return value;
    },
    z.boolean({ error: t.errors.checkboxInvalid }),
  );
}

interface DateRules {
  /** Message when the date is missing; omit for an optional date. */
  missing?: string;
  /** The latest allowed date (today; only its UTC calendar day counts) and the message when it is later. */
  notAfter: Date;
  tooLate: string;
}

/** Turns "YYYY-MM-DD" into a Date at 00:00Z; an impossible or malformed date fails. */
function toCalendarDate(value: unknown): unknown {
  if (isBlank(value)) return null;
  if (typeof value === "string") return parseCalendarDate(value.trim()) ?? new Date(Number.NaN);
  if (value instanceof Date && value.getTime() % 86_400_000 !== 0) return new Date(Number.NaN);
  return value;
}

function calendarDate(rules: DateRules, t: Messages) {
  const wrong = t.errors.invalidDate;
  return z
    .date({ error: rules.missing ? missingOr(rules.missing, wrong) : wrong })
    .min(EARLIEST_DATE, { error: t.errors.dateTooEarly(formatCalendarDate(EARLIEST_DATE)) })
    .max(startOfUtcDay(rules.notAfter), { error: rules.tooLate });
}

export function requiredDateField(rules: DateRules & { missing: string }, t: Messages) {
  return z.preprocess(toCalendarDate, calendarDate(rules, t));
}

export function optionalDateField(rules: DateRules, t: Messages) {
  return z.preprocess(toCalendarDate, calendarDate(rules, t).nullable());
}

function toTrimmedText(value: unknown): unknown {
  if (isBlank(value)) return null;
  return typeof value === "string" ? value.trim() : value;
}

/** Text the database can store: at most `max` characters, no NUL (refused, not stripped). */
export function storableText(max: number, t: Messages, typeError: Parameters<typeof z.string>[0] = { error: t.errors.textTooLong(max) }) {
  return z
    .string(typeError)
    .max(max, { error: t.errors.textTooLong(max) })
    .refine(isStorableText, { error: t.errors.textUnstorable });
}

export function optionalTextField(max: number, t: Messages) {
  return z.preprocess(toTrimmedText, storableText(max, t).nullable());
}

export function requiredTextField(max: number, missing: string, t: Messages) {
  return z.preprocess(toTrimmedText, storableText(max, t, { error: missingOr(missing, t.errors.textTooLong(max)) }));
}

/** Same rule as the database's `~* '^https?://'`, plus: it must parse as a URL with a host. */
export function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    return new URL(text).hostname !== "";
  } catch {
    return false;
  }
}

export function optionalUrlField(t: Messages) {
  return z.preprocess(
    toTrimmedText,
    z
      .string({ error: t.errors.urlInvalid })
      .max(URL_MAX_LENGTH, { error: t.errors.textTooLong(URL_MAX_LENGTH) })
      .refine(isStorableText, { error: t.errors.textUnstorable })
      .refine(isHttpUrl, { error: t.errors.urlInvalid })
      .nullable(),
  );
}

export function optionalEnumField<const T extends readonly [string, ...string[]]>(values: T, wrong: string) {
  return z.preprocess((value) => (isBlank(value) ? null : value), z.enum(values, { error: wrong }).nullable());
}

/** An enum whose blank value means the database default (e.g. verification "reported"). */
export function enumFieldWithDefault<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number], wrong: string) {
  return z.preprocess((value) => (isBlank(value) ? fallback : value), z.enum(values, { error: wrong }));
}

/**
 * For an object-level refinement that reads `fields`: run it only when those fields parsed,
 * so cross-field errors still appear beside unrelated field errors, never on garbage.
 */
export function whenFieldsParsed(...fields: string[]) {
  return (payload: z.core.ParsePayload) => !payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));
}
