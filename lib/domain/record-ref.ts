// The one parser of record ids and versions, for every server action and every page with an id
// in its path. An id or version is a whole number from 1 to 2^31-1 (PostgreSQL's int), written
// as plain digits: "1.5", "1e3", "0x10", "Infinity", "-1" and "2147483648" are refused, never
// rounded, clamped or read as "no id". On a form, an absent or empty id means "create"; any
// other id that does not parse is an error, so a garbled id can never create a new record.
import { z } from "zod";

export const MAX_RECORD_ID = 2_147_483_647;

const DIGITS = /^\d{1,10}$/;

/** A digit string -> number; anything else is left for the schema to refuse. */
function toWholeNumber(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim();
  return DIGITS.test(text) ? Number(text) : value;
}

/** A whole number 1..2^31-1 from a number or a digit string; `error` is the field's message. */
export function recordIdField(error?: string) {
  return z.preprocess(toWholeNumber, z.number({ error }).int({ error }).min(1, { error }).max(MAX_RECORD_ID, { error }));
}

/** A record id (form field, JSON or path segment). */
export const idSchema = recordIdField();
/** An optimistic-concurrency version (a record's version starts at 1). */
export const versionSchema = recordIdField();

/** A path segment such as /figures/<id> -> the id, or null (the page answers 404). */
export function parseRecordId(raw: unknown): number | null {
  const parsed = idSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

const isAbsent = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

export type RecordRef = { mode: "create" } | { mode: "update"; id: number; version: number };

/** Why a record reference was refused: a field error on `id` or `version`. */
export type RecordRefError = "id_invalid" | "version_invalid" | "version_missing";

export type RecordRefResult = { ok: true; ref: RecordRef } | { ok: false; field: "id" | "version"; code: RecordRefError };

/** What identifies the record of a form: `id` and `version` from FormData or a plain object. */
function field(input: FormData | Record<string, unknown>, name: string): unknown {
  if (input instanceof FormData) {
    const values = input.getAll(name);
    // A repeated field is ambiguous (which one did the person mean?): refused, not guessed.
    return values.length > 1 ? values : values[0];
  }
  return input[name];
}

/**
 * Create or update? No id (absent or empty): create (a version, if sent, is ignored). An id:
 * update, which needs a valid id and the version the person loaded. Anything else is refused.
 */
export function parseRecordRef(input: FormData | Record<string, unknown>): RecordRefResult {
  const rawId = field(input, "id");
  if (isAbsent(rawId)) return { ok: true, ref: { mode: "create" } };
  const id = idSchema.safeParse(rawId);
  if (!id.success) return { ok: false, field: "id", code: "id_invalid" };
  const rawVersion = field(input, "version");
  if (isAbsent(rawVersion)) return { ok: false, field: "version", code: "version_missing" };
  const version = versionSchema.safeParse(rawVersion);
  if (!version.success) return { ok: false, field: "version", code: "version_invalid" };
  return { ok: true, ref: { mode: "update", id: id.data, version: version.data } };
}

/** An existing record named by a form (workflow buttons, delete): a valid id and version. */
export function parseExistingRef(
  input: FormData | Record<string, unknown>,
): { ok: true; id: number; version: number } | Extract<RecordRefResult, { ok: false }> {
  const result = parseRecordRef(input);
  if (!result.ok) return result;
  if (result.ref.mode === "create") return { ok: false, field: "id", code: "id_invalid" };
  return { ok: true, id: result.ref.id, version: result.ref.version };
}
