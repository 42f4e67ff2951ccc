// Places and their P-codes: the location form's schema and the admin-boundary CSV layout
// (admin0Pcode, admin0Name_en, admin0Name_uk, admin1Pcode, ... as in the common humanitarian
// tables), parsed into one row per place. Pure: the CSV text is parsed by csv-parse.
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { optionalVersionField, requiredTextField } from "./form-fields";
import { messages, type Messages } from "./messages";

export const PCODE = /^[A-Z]{2}[0-9A-Z]*$/;

/** A child's P-code extends its parent's ("UA14" -> "UA1402"). */
export function pcodeFitsParent(pcode: string, parentPcode: string | null): boolean {
  return parentPcode === null ? true : pcode.length > parentPcode.length && pcode.startsWith(parentPcode);
}

const optionalCoordinate = (min: number, max: number, t: Messages) =>
  z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), z.coerce.number({ error: t.errors.coordinateInvalid }).min(min, { error: t.errors.coordinateInvalid }).max(max, { error: t.errors.coordinateInvalid }).nullable());

export function locationInputSchema(t: Messages = messages) {
  return z
    .object({
      pcode: z.string({ error: t.errors.pcodeInvalid }).trim().toUpperCase().max(20, { error: t.errors.pcodeInvalid }).regex(PCODE, { error: t.errors.pcodeInvalid }),
      nameEn: requiredTextField(200, t.errors.placeNameRequired, t),
      nameUk: requiredTextField(200, t.errors.placeNameRequired, t),
      adminLevel: z.coerce.number({ error: t.errors.adminLevelInvalid }).int().min(0, { error: t.errors.adminLevelInvalid }).max(4, { error: t.errors.adminLevelInvalid }),
      parentId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.coerce.number().int().positive().nullable()),
      latitude: optionalCoordinate(-90, 90, t),
      longitude: optionalCoordinate(-180, 180, t),
      /** Set when the user has seen and accepted how many figures a move affects. */
      confirmMove: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
      version: optionalVersionField(t),
    })
    .superRefine((v, ctx) => {
      if ((v.latitude === null) !== (v.longitude === null)) ctx.addIssue({ code: "custom", path: ["longitude"], message: t.errors.coordinatesTogether });
    });
}
export type LocationInput = z.output<ReturnType<typeof locationInputSchema>>;

export interface BoundaryRow {
  line: number;
  pcode: string;
  nameEn: string;
  nameUk: string;
  adminLevel: number;
  parentPcode: string | null;
}

export interface BoundaryParse {
  rows: BoundaryRow[];
  errors: Array<{ line: number; message: string }>;
}

/**
 * Reads an admin-boundary table: for each line, every level present (admin0 ... admin4) gives
 * a place whose parent is the level above. A place named on many lines is listed once.
 */
export function parseBoundaryCsv(text: string, t: Messages = messages): BoundaryParse {
  let records: Array<Record<string, string>>;
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    return { rows: [], errors: [{ line: 0, message: t.errors.csvUnreadable(error instanceof Error ? error.message : String(error)) }] };
  }
  const columns = Object.keys(records[0] ?? {});
  if (!columns.some((c) => /^admin\dPcode$/.test(c))) return { rows: [], errors: [{ line: 1, message: t.errors.csvNoPcodeColumns }] };

  const byPcode = new Map<string, BoundaryRow>();
  const errors: BoundaryParse["errors"] = [];
  records.forEach((record, index) => {
    const line = index + 2; // the header is line 1
    let parent: string | null = null;
    for (let level = 0; level <= 4; level++) {
      const pcode = record[`admin${level}Pcode`]?.toUpperCase();
      if (!pcode) continue;
      const nameEn = record[`admin${level}Name_en`] ?? "";
      const nameUk = record[`admin${level}Name_uk`] ?? "";
      if (!PCODE.test(pcode)) errors.push({ line, message: t.errors.csvBadPcode(pcode) });
      else if (!nameEn || !nameUk) errors.push({ line, message: t.errors.csvMissingName(pcode) });
      else if (!pcodeFitsParent(pcode, parent)) errors.push({ line, message: t.errors.csvParentMismatch(pcode, parent ?? "") });
      else {
        const seen = byPcode.get(pcode);
        if (seen && (seen.nameEn !== nameEn || seen.nameUk !== nameUk || seen.parentPcode !== parent)) {
          errors.push({ line, message: t.errors.csvConflict(pcode, seen.line) });
        } else if (!seen) {
          byPcode.set(pcode, { line, pcode, nameEn, nameUk, adminLevel: level, parentPcode: parent });
        }
      }
      parent = pcode;
    }
  });
  return { rows: [...byPcode.values()].sort((a, b) => a.adminLevel - b.adminLevel || a.pcode.localeCompare(b.pcode)), errors };
}
