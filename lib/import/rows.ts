// One imported row -> the figure form's input, checked by the same schema as the form
// (lib/domain/figure-schema.ts) and the same rules the form's choices enforce: the indicator, the
// place and the source exist (given by code, hashtag, P-code, number or exact name), the source
// is active, the indicator allows the breakdown. Every problem names the line and the column.
import { formatCalendarDate } from "@/lib/domain/dates";
import { hxlKey } from "@/lib/domain/figure-columns";
import { figureInputSchema, type FigureInput } from "@/lib/domain/figure-schema";
import { FIELD_COLUMN_NAME, type FileColumn, type ImportField, type ImportMapping } from "./columns";
import { codedDomainMessages, codedIssue, type Coded, type RowProblem } from "./problems";
import {
  cellText,
  normalizeBoolean,
  normalizeCode,
  normalizeCount,
  normalizeDate,
  normalizeQualifier,
  normalizeText,
  type RawCell,
} from "./values";
import type { ReadRow } from "./read";

export interface RefIndicator {
  id: number;
  slug: string;
  allowedBreakdowns: readonly string[];
}
export interface RefSource {
  id: number;
  name: string;
  isActive: boolean;
}

/** The reference data a check resolves names against (lib/data/figure-import.ts loads it once per check). */
export interface ImportReferences {
  indicatorsBySlug: Map<string, RefIndicator>;
  indicatorsByHxl: Map<string, RefIndicator[]>;
  placesByPcode: Map<string, number>;
  /** Lower-cased English and Ukrainian names -> the places with that name. */
  placesByName: Map<string, number[]>;
  sourcesById: Map<number, RefSource>;
  sourcesByName: Map<string, RefSource>;
}

export function buildReferences(data: {
  indicators: Array<RefIndicator & { hxlTag: string }>;
  places: Array<{ id: number; pcode: string; nameEn: string; nameUk: string }>;
  sources: RefSource[];
}): ImportReferences {
  const refs: ImportReferences = {
    indicatorsBySlug: new Map(),
    indicatorsByHxl: new Map(),
    placesByPcode: new Map(),
    placesByName: new Map(),
    sourcesById: new Map(),
    sourcesByName: new Map(),
  };
  for (const i of data.indicators) {
    refs.indicatorsBySlug.set(i.slug.toLowerCase(), i);
    const key = hxlKey(i.hxlTag);
    if (key) refs.indicatorsByHxl.set(key, [...(refs.indicatorsByHxl.get(key) ?? []), i]);
  }
  for (const p of data.places) {
    refs.placesByPcode.set(p.pcode.toUpperCase(), p.id);
    for (const name of new Set([p.nameEn.trim().toLowerCase(), p.nameUk.trim().toLowerCase()])) {
      refs.placesByName.set(name, [...(refs.placesByName.get(name) ?? []), p.id]);
    }
  }
  for (const s of data.sources) {
    refs.sourcesById.set(s.id, s);
    refs.sourcesByName.set(s.name.trim().toLowerCase(), s);
  }
  return refs;
}

export type { RowProblem } from "./problems";

/** A row's problem as data: a key of imports.json's "row" and its values (the words are per reader). */
const rowProblem = (key: string, values?: Record<string, string | number>): Coded => ({ key: `row.${key}`, values });

export type CheckedRow = { ok: true; line: number; input: FigureInput; key: string } | { ok: false; line: number; problems: RowProblem[] };

/**
 * The duplicate key: same source, indicator, place, period, "as of" and breakdown. The place is its
 * P-code and the place as the source named it: two claims mapped to one P-code but about different
 * areas the hierarchy does not have (e.g. "areas under Russian military control" within Ukraine)
 * are two claims, not one claim twice.
 */
export function figureKey(
  f: Pick<
    FigureInput,
    "sourceId" | "indicatorId" | "locationId" | "sourcePlaceName" | "periodStart" | "asOf" | "sex" | "ageGroup" | "populationGroup"
  >,
) {
  return [
    f.sourceId,
    f.indicatorId,
    f.locationId,
    sourcePlaceKey(f.sourcePlaceName),
    day(f.periodStart),
    day(f.asOf),
    f.sex ?? "",
    f.ageGroup ?? "",
    f.populationGroup ?? "",
  ].join("|");
}

const day = (d: Date | null) => (d ? formatCalendarDate(d) : "");

/**
 * The source's own place name as the duplicate key compares it: trimmed, in lower case by Unicode's simple mapping, one
 * character to one ("БАХМУТ" is "бахмут"; "İ" is "i", not "i" and a dot), as the database's claim_place_key() folds it
 * (migration claim_place_key), so a row and a stored figure compare as two rows of one file do.
 */
export function sourcePlaceKey(name: string | null | undefined): string {
  const text = (name ?? "").trim();
  // (Most names are ASCII: one call. Otherwise a character at a time, as toLowerCase of a whole text maps some to two.)
  if (!/[^ -~]/.test(text)) return text.toLowerCase();
  let key = "";
  for (const char of text) key += String.fromCodePoint(char.toLowerCase().codePointAt(0)!);
  return key;
}

/** The inputs the checker resolves itself (indicator, place, source) before the schema reads the rest. */
const REFERENCE_INPUTS = new Set(["indicatorId", "locationId", "sourceId"]);

const BREAKDOWN_OF = [
  ["sex", "sex"],
  ["ageGroup", "age_group"],
  ["populationGroup", "population_group"],
] as const;

/** Builds the checker of one file: its columns and mapping, today's schema, and the references. */
export function rowChecker(columns: readonly FileColumn[], mapping: ImportMapping, refs: ImportReferences, today: Date) {
  const schema = figureInputSchema(today, codedDomainMessages);
  const columnOf = new Map<ImportField, number>();
  mapping.fields.forEach((field, index) => {
    if (field && !columnOf.has(field)) columnOf.set(field, index);
  });
  const header = (index: number) => columns[index]?.header || columns[index]?.hxl || null;

  /** Where a field's cell comes from: its column, unless there is none or it is blank and a value is set for all rows. */
  const defaults = mapping.defaults as Record<string, string | undefined>;
  const columnFor = (row: ReadRow, field: ImportField): number | undefined => {
    const index = columnOf.get(field);
    if (index === undefined || defaults[field] === undefined) return index;
    const cell = row.cells[index] ?? null;
    return cell === null || (typeof cell === "string" && cell.trim() === "") ? undefined : index;
  };
  /** A field's cell (its column's, else the value set for all rows). */
  const cellValue = (row: ReadRow, field: ImportField): RawCell => {
    const index = columnFor(row, field);
    return index === undefined ? (defaults[field] ?? null) : (row.cells[index] ?? null);
  };
  /** A field's cell and where to point a problem about it. */
  type At = { cell: RawCell; column: string | null; columnNumber?: number };
  const cellOf = (row: ReadRow, field: ImportField): At => {
    const index = columnFor(row, field);
    if (index === undefined) return { cell: defaults[field] ?? null, column: null };
    return { cell: row.cells[index] ?? null, column: header(index), columnNumber: index + 1 };
  };
  const problemAt = (problems: RowProblem[], line: number, at: At, words: Coded) =>
    problems.push({
      line,
      column: at.column,
      ...(at.column === null && at.columnNumber ? { columnNumber: at.columnNumber } : {}),
      value: cellText(at.cell),
      words,
    });
  // (The helpers above are the checker's, not the row's: this runs for up to 200,000 rows.)
  return function checkRow(row: ReadRow): CheckedRow {
    const problems: RowProblem[] = [];

    // The indicator: by code (slug), else by its HXL hashtag; a value column's own hashtag names it when no column does.
    const indicatorAt = cellOf(row, "indicator");
    let indicatorText = normalizeText(indicatorAt.cell);
    if (!indicatorText && mapping.indicatorHxl) indicatorText = mapping.indicatorHxl;
    let indicator: RefIndicator | undefined;
    if (!indicatorText) problemAt(problems, row.line, indicatorAt, rowProblem("requiredIndicator"));
    else {
      indicator = refs.indicatorsBySlug.get(indicatorText.toLowerCase());
      const key = indicator ? null : hxlKey(indicatorText);
      const byHxl = key ? (refs.indicatorsByHxl.get(key) ?? []) : [];
      if (!indicator && byHxl.length === 1) indicator = byHxl[0];
      if (!indicator) problemAt(problems, row.line, indicatorAt, rowProblem(byHxl.length > 1 ? "ambiguousIndicator" : "unknownIndicator"));
    }

    // The place: by P-code, else by an exact English or Ukrainian name that names one place.
    let locationId: number | undefined;
    const pcodeAt = cellOf(row, "place");
    const pcode = normalizeText(pcodeAt.cell).toUpperCase();
    if (pcode) {
      locationId = refs.placesByPcode.get(pcode);
      if (locationId === undefined) problemAt(problems, row.line, pcodeAt, rowProblem("unknownPlace"));
    } else {
      const names = (["placeName", "placeNameUk"] as const).map((field) => cellOf(row, field)).filter((at) => normalizeText(at.cell));
      if (names.length === 0) problemAt(problems, row.line, pcodeAt, rowProblem("requiredPlace"));
      for (const at of names) {
        const ids = refs.placesByName.get(normalizeText(at.cell).toLowerCase()) ?? [];
        if (ids.length === 1) {
          locationId = ids[0];
          break;
        }
        if (at === names[names.length - 1])
          problemAt(
            problems,
            row.line,
            at,
            ids.length ? rowProblem("ambiguousPlaceName", { count: ids.length }) : rowProblem("unknownPlaceName"),
          );
      }
    }

    // The source: by its number, else by its exact name (ignoring case); it must be active.
    let source: RefSource | undefined;
    const idAt = cellOf(row, "sourceId");
    const nameAt = cellOf(row, "sourceName");
    const sourceNumber = normalizeCount(idAt.cell);
    const sourceName = normalizeText(nameAt.cell);
    if (sourceNumber) {
      source = /^\d{1,9}$/.test(sourceNumber) ? refs.sourcesById.get(Number(sourceNumber)) : undefined;
      if (!source) problemAt(problems, row.line, idAt, rowProblem("unknownSource"));
    } else if (sourceName) {
      source = refs.sourcesByName.get(sourceName.toLowerCase());
      if (!source) problemAt(problems, row.line, nameAt, rowProblem("unknownSource"));
    } else problemAt(problems, row.line, nameAt, rowProblem("requiredSource"));
    if (source && !source.isActive) problemAt(problems, row.line, sourceNumber ? idAt : nameAt, rowProblem("inactiveSource"));

    // References that failed above get a stand-in id, so the schema does not report them twice.
    const input = {
      indicatorId: String(indicator?.id ?? 1),
      locationId: String(locationId ?? 1),
      sourceId: String(source?.id ?? 1),
      periodStart: normalizeDate(cellValue(row, "periodStart")),
      asOf: normalizeDate(cellValue(row, "asOf")),
      low: normalizeCount(cellValue(row, "low")),
      best: normalizeCount(cellValue(row, "best")),
      high: normalizeCount(cellValue(row, "high")),
      qualifier: normalizeQualifier(cellValue(row, "qualifier")),
      noInformation: normalizeBoolean(cellValue(row, "noInformation")),
      credibility: normalizeCount(cellValue(row, "credibility")),
      verification: normalizeCode(cellValue(row, "verification")),
      sourceUrl: normalizeText(cellValue(row, "sourceUrl")),
      sourcePublishedAt: normalizeDate(cellValue(row, "sourcePublishedAt")),
      sourcePlaceName: normalizeText(cellValue(row, "sourcePlaceName")),
      sex: normalizeCode(cellValue(row, "sex")),
      ageGroup: normalizeCode(cellValue(row, "ageGroup")),
      populationGroup: normalizeCode(cellValue(row, "populationGroup")),
      notes: normalizeText(cellValue(row, "notes")),
    };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        // (The references' own problems were pointed at above; the schema sees their stand-ins.)
        const where = field in input && !REFERENCE_INPUTS.has(field) ? cellOf(row, field as ImportField) : { cell: null, column: null };
        problemAt(problems, row.line, where, codedIssue(issue.message));
      }
    }
    if (indicator && parsed.success) {
      for (const [field, dimension] of BREAKDOWN_OF) {
        if (parsed.data[field] !== null && !indicator.allowedBreakdowns.includes(dimension)) {
          problemAt(problems, row.line, cellOf(row, field), rowProblem("breakdownNotAllowed", { indicator: indicator.slug, dimension }));
        }
      }
    }
    if (problems.length || !parsed.success) return { ok: false, line: row.line, problems };
    return { ok: true, line: row.line, input: parsed.data, key: figureKey(parsed.data) };
  };
}

export type RowCheck = ReturnType<typeof rowChecker>;

/** The column name a field is written under in the exchange format (for the error report's "column" words). */
export const exchangeName = (field: ImportField) => FIELD_COLUMN_NAME[field];
