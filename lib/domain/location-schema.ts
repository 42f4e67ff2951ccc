// Places and their P-codes: the location form's schema and the admin-boundary CSV layout
// (admin0Pcode, admin0Name_en, admin0Name_uk, admin1Pcode, ... as in the common humanitarian
// tables), parsed into one row per place. Pure: the CSV text is parsed by csv-parse.
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { optionalVersionField, requiredTextField } from "./form-fields";
import { messages, type Messages } from "./messages";
import { recordIdField } from "./record-ref";

export const PCODE = /^[A-Z]{2}[0-9A-Z]*$/;
/** As the columns location.pcode VARCHAR(20) and name_en / name_uk VARCHAR(200). */
export const LOCATION_LIMITS = { pcode: 20, name: 200 } as const;
export const MAX_ADMIN_LEVEL = 4;

/** A child's P-code extends its parent's ("UA14" -> "UA1402"). */
export function pcodeFitsParent(pcode: string, parentPcode: string | null): boolean {
  return parentPcode === null ? true : pcode.length > parentPcode.length && pcode.startsWith(parentPcode);
}

/** A place sits one level below its parent; only a country (level 0) has none. */
export function levelFitsParent(adminLevel: number, parentLevel: number | null): boolean {
  return parentLevel === null ? adminLevel === 0 : adminLevel === parentLevel + 1;
}

/** The fields a place has in the form and in an import line: the same rules for both. */
function placeFields(t: Messages) {
  return {
    pcode: z
      .string({ error: t.errors.pcodeInvalid })
      .trim()
      .toUpperCase()
      .max(LOCATION_LIMITS.pcode, { error: t.errors.pcodeInvalid })
      .regex(PCODE, { error: t.errors.pcodeInvalid }),
    nameEn: requiredTextField(LOCATION_LIMITS.name, t.errors.placeNameRequired, t),
    nameUk: requiredTextField(LOCATION_LIMITS.name, t.errors.placeNameRequired, t),
  };
}

const optionalCoordinate = (min: number, max: number, t: Messages) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : v),
    z.coerce
      .number({ error: t.errors.coordinateInvalid })
      .min(min, { error: t.errors.coordinateInvalid })
      .max(max, { error: t.errors.coordinateInvalid })
      .nullable(),
  );

export function locationInputSchema(t: Messages = messages) {
  return z
    .object({
      ...placeFields(t),
      adminLevel: z.preprocess(
        (v) => (typeof v === "string" && /^\s*\d\s*$/.test(v) ? Number(v) : v),
        z
          .number({ error: t.errors.adminLevelInvalid })
          .int({ error: t.errors.adminLevelInvalid })
          .min(0, { error: t.errors.adminLevelInvalid })
          .max(MAX_ADMIN_LEVEL, { error: t.errors.adminLevelInvalid }),
      ),
      parentId: z.preprocess(
        (v) => (v === "" || v === undefined || v === null ? null : v),
        recordIdField(t.errors.parentMissing).nullable(),
      ),
      latitude: optionalCoordinate(-90, 90, t),
      longitude: optionalCoordinate(-180, 180, t),
      /** Set when the user has seen and accepted how many figures a move affects. */
      confirmMove: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
      version: optionalVersionField(t),
    })
    .superRefine((v, ctx) => {
      if ((v.latitude === null) !== (v.longitude === null))
        ctx.addIssue({ code: "custom", path: ["longitude"], message: t.errors.coordinatesTogether });
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

/** What only the database can tell about an import line (lib/data answers codes; the caller words them). */
export type PlacementProblem =
  | { line: number; code: "parent_unknown"; pcode: string; parentPcode: string }
  | { line: number; code: "parent_differs"; pcode: string; parentInDatabase: string | null; parentInFile: string | null };

/** The parse errors and the placement problems of an import as one list of worded lines, in line order. */
export function boundaryImportErrors(
  parseErrors: BoundaryParse["errors"],
  problems: readonly PlacementProblem[],
  t: Messages = messages,
): BoundaryParse["errors"] {
  const worded = problems.map((p) => ({
    line: p.line,
    message:
      p.code === "parent_unknown"
        ? t.errors.csvParentUnknown(p.pcode, p.parentPcode)
        : t.errors.csvParentDiffers(p.pcode, p.parentInDatabase ?? "—", p.parentInFile ?? "—"),
  }));
  return [...parseErrors, ...worded].sort((a, b) => a.line - b.line);
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
  const fields = z.object(placeFields(t));
  records.forEach((record, index) => {
    const line = index + 2; // the header is line 1
    let parent: { pcode: string; level: number } | null = null;
    for (let level = 0; level <= MAX_ADMIN_LEVEL; level++) {
      const rawPcode = record[`admin${level}Pcode`];
      if (!rawPcode) continue;
      const nameEn = record[`admin${level}Name_en`] ?? "";
      const nameUk = record[`admin${level}Name_uk`] ?? "";
      const place = fields.safeParse({ pcode: rawPcode, nameEn, nameUk });
      const shown = rawPcode.toUpperCase();
      if (!place.success) {
        const issue = place.error.issues[0]!;
        const field = String(issue.path[0]);
        if (field === "pcode") errors.push({ line, message: t.errors.csvBadPcode(shown.slice(0, 40)) });
        else if (!nameEn.trim() || !nameUk.trim()) errors.push({ line, message: t.errors.csvMissingName(shown) });
        else errors.push({ line, message: t.errors.csvBadName(shown, issue.message) });
        // The places below it cannot be checked against a parent that is not valid.
        break;
      }
      const { pcode } = place.data;
      // The same rules as the form: one level below the parent, P-code extending the parent's.
      if (!levelFitsParent(level, parent?.level ?? null)) {
        errors.push({ line, message: t.errors.csvLevelGap(pcode, level, parent?.pcode ?? null) });
        break;
      }
      if (!pcodeFitsParent(pcode, parent?.pcode ?? null)) {
        errors.push({ line, message: t.errors.csvParentMismatch(pcode, parent?.pcode ?? "") });
        break;
      }
      const seen = byPcode.get(pcode);
      const { nameEn: en, nameUk: uk } = place.data;
      const row = { line, pcode, nameEn: en, nameUk: uk, adminLevel: level, parentPcode: parent?.pcode ?? null };
      if (seen && (seen.nameEn !== row.nameEn || seen.nameUk !== row.nameUk || seen.parentPcode !== row.parentPcode)) {
        errors.push({ line, message: t.errors.csvConflict(pcode, seen.line) });
      } else if (!seen) {
        byPcode.set(pcode, row);
      }
      parent = { pcode, level };
    }
  });
  return { rows: [...byPcode.values()].sort((a, b) => a.adminLevel - b.adminLevel || a.pcode.localeCompare(b.pcode)), errors };
}
