// Places and their P-codes: the location form's schema and the admin-boundary CSV layouts, parsed
// into one row per place. Two header layouts are read: the COD admin-boundary tables on HDX
// (ADM0_PCODE, ADM0_EN, ADM0_UA, ADM1_PCODE, ...: one line per lowest-level unit, its parents
// implied by the columns of the levels above) and the older one (admin0Pcode, admin0Name_en,
// admin0Name_uk, admin1Pcode, ...). Other columns (dates, ADM1_REF, Shape_Leng ...) are ignored.
// Pure: the CSV text is parsed by csv-parse.
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

/** A header name without case, spaces, "_" or "-": "ADM1_PCODE" -> "adm1pcode", "admin1Name_en" -> "admin1nameen". */
const headerKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/** The header keys a level's P-code, English and Ukrainian name may have, in either layout. */
function levelKeys(level: number) {
  const prefixes = [`admin${level}`, `adm${level}`];
  const keys = (suffixes: string[]) => prefixes.flatMap((p) => suffixes.map((s) => p + s));
  return { pcode: keys(["pcode"]), nameEn: keys(["nameen", "en"]), nameUk: keys(["nameuk", "nameua", "uk", "ua"]) };
}

interface LevelColumns {
  level: number;
  pcode: number;
  nameEn: number | undefined;
  nameUk: number | undefined;
  /** The column names as the file spells them, for messages. */
  label: string;
}

/** The columns of each level present in the header (by position), or none. */
function levelColumns(header: string[]): LevelColumns[] {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = headerKey(name);
    if (!index.has(key)) index.set(key, i);
  });
  const find = (candidates: string[]) => candidates.map((k) => index.get(k)).find((i) => i !== undefined);
  const levels: LevelColumns[] = [];
  for (let level = 0; level <= MAX_ADMIN_LEVEL; level++) {
    const keys = levelKeys(level);
    const pcode = find(keys.pcode);
    const nameEn = find(keys.nameEn);
    const nameUk = find(keys.nameUk);
    if (pcode === undefined && nameEn === undefined && nameUk === undefined) continue;
    levels.push({ level, pcode: pcode ?? -1, nameEn, nameUk, label: header[pcode ?? nameEn ?? nameUk ?? 0] ?? `level ${level}` });
  }
  return levels;
}

interface CsvLine {
  line: number;
  values: string[];
}

/** csv-parse's error on one line, in words. */
function csvProblem(error: unknown, t: Messages): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === "CSV_QUOTE_NOT_CLOSED") return t.errors.csvQuoteNotClosed;
  if (code === "CSV_INVALID_CLOSING_QUOTE" || code === "INVALID_OPENING_QUOTE") return t.errors.csvQuoteInside;
  if (code === "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE") return t.errors.csvTextAfterQuote;
  return t.errors.csvNotCsv;
}

/**
 * The file's lines as values, with their line numbers. A file that csv-parse cannot read as a
 * whole (an unclosed quote runs to the end) is read line by line instead, so that one broken
 * line is reported and every other line is still checked.
 */
function readCsvLines(text: string, t: Messages): { lines: CsvLine[]; errors: BoundaryParse["errors"] } {
  const options = { relax_column_count: true, skip_empty_lines: true, trim: true } as const;
  try {
    const parsed = parse(text, { ...options, bom: true, info: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return { lines: parsed.map((r) => ({ line: r.info.lines, values: r.record })), errors: [] };
  } catch {
    const lines: CsvLine[] = [];
    const errors: BoundaryParse["errors"] = [];
    text
      .replace(/^\uFEFF/, "")
      .split(/\r\n|\n|\r/)
      .forEach((content, i) => {
        if (!content.trim()) return;
        try {
          const [values] = parse(content, options) as string[][];
          if (values) lines.push({ line: i + 1, values });
        } catch (error) {
          errors.push({ line: i + 1, message: csvProblem(error, t) });
        }
      });
    return { lines, errors };
  }
}

/**
 * Reads an admin-boundary table: for each line, every level present (admin0 ... admin4) gives
 * a place whose parent is the level above. A place named on many lines is listed once. Every
 * line is checked, whatever is wrong with another: the errors name the line and say what is wrong.
 */
export function parseBoundaryCsv(text: string, t: Messages = messages): BoundaryParse {
  const read = readCsvLines(text, t);
  const errors: BoundaryParse["errors"] = [...read.errors];
  const [header, ...body] = read.lines;
  const levels = header ? levelColumns(header.values) : [];
  if (!header || !levels.some((l) => l.pcode >= 0)) {
    return {
      rows: [],
      errors: [...errors, { line: header?.line ?? 1, message: t.errors.csvNoPcodeColumns }].sort((a, b) => a.line - b.line),
    };
  }

  const byPcode = new Map<string, BoundaryRow>();
  const fields = z.object(placeFields(t));
  for (const { line, values } of body) {
    if (values.length !== header.values.length) {
      errors.push({ line, message: t.errors.csvFieldCount(values.length, header.values.length) });
      continue;
    }
    const cell = (i: number | undefined) => (i === undefined || i < 0 ? "" : (values[i] ?? ""));
    let parent: { pcode: string; level: number } | null = null;
    for (const columns of levels) {
      const { level } = columns;
      const rawPcode = cell(columns.pcode);
      const nameEn = cell(columns.nameEn);
      const nameUk = cell(columns.nameUk);
      if (!rawPcode) {
        // A named place without a P-code cannot be placed (nor can the places below it).
        if (nameEn.trim() || nameUk.trim()) {
          errors.push({ line, message: t.errors.csvNameWithoutPcode(columns.label, (nameEn.trim() || nameUk.trim()).slice(0, 80)) });
          break;
        }
        continue;
      }
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
  }
  return {
    rows: [...byPcode.values()].sort((a, b) => a.adminLevel - b.adminLevel || a.pcode.localeCompare(b.pcode)),
    errors: errors.sort((a, b) => a.line - b.line),
  };
}
