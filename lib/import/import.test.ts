// The bulk import's pure parts: value parsing (numbers and dates as sources write them), header and
// HXL recognition, the mapping's problems, reading CSV and XLSX files, every file problem's words,
// and one row's check against the figure schema and the references.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FIGURE_COLUMNS, hxlRow } from "@/lib/domain/figure-columns";
import { IMPORT_FILE_LIMIT_BYTES } from "@/scripts/lib/edge.mjs";
import { mappingProblems, parseMapping, recogniseColumn, suggestMapping, type FileColumn } from "./columns";
import { fileProblemText, mappingProblemText, rowProblemText } from "./messages";
import { detectFormat, IMPORT_LIMITS, ImportFileError, openFile, type FileProblem } from "./read";
import { buildReferences, rowChecker, sourcePlaceKey } from "./rows";
import { importWordsFor } from "./words";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { normalizeBoolean, normalizeCount, normalizeDate, normalizeQualifier } from "./values";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function rowsOf(bytes: Uint8Array, format: "csv" | "xlsx" = "csv", sheet: string | null = null) {
  const opened = await openFile(bytes, format, sheet);
  const rows = [];
  for await (const row of opened.rows()) rows.push(row);
  return { columns: opened.columns, rows };
}

async function problemOf(promise: Promise<unknown>): Promise<FileProblem> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportFileError) return error.problem;
    throw error;
  }
  throw new Error("no problem");
}

describe("values", () => {
  it.each([
    ["1234", "1234"],
    ["1,234", "1234"],
    ["1,234,567", "1234567"],
    ["1,234.0", "1234"],
    ["1 234", "1234"],
    ["1\u00A0234", "1234"],
    ["1\u202F234\u202F567", "1234567"],
    ["1 234,0", "1234"],
    ["1234,00", "1234"],
    ["1234.0", "1234"],
    ["1,000", "1000"],
    ["1,5", "1,5"],
    ["12.5", "12.5"],
    ["about 300", "about 300"],
    [" 42 ", "42"],
  ])("count %j -> %j", (text, expected) => expect(normalizeCount(text)).toBe(expected));

  it("counts from XLSX number cells", () => {
    expect(normalizeCount(1500)).toBe("1500");
    expect(normalizeCount(null)).toBe("");
  });

  it.each([
    ["2023-05-20", "2023-05-20"],
    ["20.05.2023", "2023-05-20"],
    ["1.5.2023", "2023-05-01"],
    ["2023-05-20T00:00:00.000Z", "2023-05-20"],
    ["20/05/2023", "20/05/2023"],
  ])("date %j -> %j", (text, expected) => expect(normalizeDate(text)).toBe(expected));

  it("dates from XLSX date cells", () => expect(normalizeDate(new Date(Date.UTC(2023, 4, 20)))).toBe("2023-05-20"));

  it("booleans and qualifiers in words", () => {
    expect(["true", "Yes", "1", "так", "FALSE", "no", "", "ні"].map(normalizeBoolean)).toEqual([
      "true",
      "true",
      "true",
      "true",
      "false",
      "false",
      "false",
      "false",
    ]);
    expect(normalizeBoolean("perhaps")).toBe("perhaps");
    expect(["about", "at least", "At-Least", "more than", "exactly", "less_than"].map(normalizeQualifier)).toEqual([
      "approximately",
      "at_least",
      "at_least",
      "more_than",
      "exact",
      "less_than",
    ]);
  });
});

describe("recognising columns", () => {
  it("every exchange column by its name: imported fields, derived ones ignored", () => {
    for (const column of FIGURE_COLUMNS) {
      expect(recogniseColumn({ header: column.name, hxl: null }).field).toBe(column.imports);
    }
    expect(recogniseColumn({ header: "Place PCode", hxl: null })).toEqual({ field: "place", by: "name" });
    expect(recogniseColumn({ header: "Comment", hxl: null })).toEqual({ field: null, by: "none" });
    expect(recogniseColumn({ header: " As-Of ", hxl: null }).field).toBe("asOf");
    expect(recogniseColumn({ header: "P-code", hxl: null }).field).toBe("place");
  });

  it("by HXL hashtag, attributes in any order, when the header is unknown", () => {
    expect(recogniseColumn({ header: "Дата", hxl: "#date +reported" }).field).toBe("asOf");
    expect(recogniseColumn({ header: "x", hxl: "#loc+code" }).field).toBe("place");
    expect(recogniseColumn({ header: "x", hxl: "#num+indicator+max" }).field).toBe("high");
    expect(recogniseColumn({ header: "x", hxl: "#adm1+code" })).toEqual({ field: null, by: "derived" });
  });

  it("an indicator's own hashtag on a value column names the indicator", () => {
    expect(recogniseColumn({ header: "killed", hxl: "#affected+killed+min" })).toEqual({
      field: "low",
      by: "indicator_hxl",
      indicatorHxl: "#affected+killed",
    });
    const mapping = suggestMapping([
      { header: "pcode", hxl: "#loc+code" },
      { header: "deaths", hxl: "#affected+killed" },
    ]);
    expect(mapping).toEqual({ fields: ["place", "best"], defaults: {}, indicatorHxl: "#affected+killed" });
  });

  it("the export's header and hashtag row map every imported field once", () => {
    const columns = FIGURE_COLUMNS.map((c, i) => ({ header: c.name, hxl: hxlRow(FIGURE_COLUMNS, "#affected+idps")[i]! }));
    const mapping = suggestMapping(columns);
    expect(mapping.fields.filter(Boolean).sort()).toEqual(
      FIGURE_COLUMNS.map((c) => c.imports)
        .filter(Boolean)
        .sort(),
    );
    expect(mappingProblems(columns, mapping)).toEqual([]);
  });

  it("mapping problems, in words", () => {
    const columns: FileColumn[] = [
      { header: "best", hxl: null },
      { header: "best", hxl: null },
      { header: "value", hxl: null },
    ];
    const mapping = { fields: ["best", null, "best"] as const, defaults: {}, indicatorHxl: null };
    const problems = mappingProblems(columns, { ...mapping, fields: [...mapping.fields] });
    const header = (i: number) => `${i + 1} (“${columns[i]!.header}”)`;
    expect(problems.map((p) => mappingProblemText(p, header))).toEqual([
      "Columns 1 (“best”) and 3 (“value”) both give best: map one of them to another field or ignore it.",
      "No column gives the indicator: map one, or choose the indicator for all rows.",
      "No column gives the place (P-code or name): map one, or choose the place for all rows.",
      "No column gives the source: map one, or choose the source for all rows.",
      "No column gives the “as of” date: map one, or enter the date for all rows.",
    ]);
    const twice = mappingProblems(columns, { fields: ["best", "low", null], defaults: { indicator: "idps" }, indicatorHxl: null });
    expect(twice.map((p) => mappingProblemText(p, header))[0]).toBe(
      "The header “best” appears twice (1 (“best”) and 2 (“best”)): rename or ignore one of them.",
    );
  });

  it("a stored mapping keeps only known fields and defaults", () => {
    expect(parseMapping({ fields: ["best", "nonsense", 3], defaults: { asOf: " 2023-01-01 ", bogus: "x" } }, 4)).toEqual({
      fields: ["best", null, null, null],
      defaults: { asOf: "2023-01-01" },
      indicatorHxl: null,
    });
  });
});

describe("reading files", () => {
  it("CSV with a BOM, semicolons, a hashtag row and quoted multi-line cells", async () => {
    const { columns, rows } = await rowsOf(
      utf8('\uFEFFindicator;best;notes\n#indicator+code;#indicator+num;#description\nidps;1 234;"a;\nb"\n\nidps;5;x\n'),
    );
    expect(columns).toEqual([
      { header: "indicator", hxl: "#indicator+code" },
      { header: "best", hxl: "#indicator+num" },
      { header: "notes", hxl: "#description" },
    ]);
    expect(rows).toEqual([
      { line: 3, cells: ["idps", "1 234", "a;\nb"] },
      { line: 6, cells: ["idps", "5", "x"] },
    ]);
  });

  it("counts lines across empty lines, CRLF and line breaks inside cells", async () => {
    const { columns, rows } = await rowsOf(utf8('\r\n\r\nindicator,notes\r\nidps,"one\r\ntwo\r\nthree"\r\n\r\nidps,x\r\nidps,""\r\n'));
    expect(columns.map((c) => c.header)).toEqual(["indicator", "notes"]);
    expect(rows).toEqual([
      { line: 4, cells: ["idps", "one\r\ntwo\r\nthree"] },
      { line: 8, cells: ["idps", "x"] },
      { line: 9, cells: ["idps"] },
    ]);
  });

  it("takes back the quote the export puts before formula-like text", async () => {
    const { rows } = await rowsOf(utf8("notes\n'-5% on the last round\n"));
    expect(rows[0]!.cells).toEqual(["-5% on the last round"]);
  });

  it("XLSX: the first sheet or a chosen one, typed cells", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("First").addRows([["a"], ["x"]]);
    const sheet = workbook.addWorksheet("Second");
    sheet.addRows([
      ["as_of", "best", "source"],
      [new Date(Date.UTC(2023, 0, 2)), 12, { richText: [{ text: "IO" }, { text: "M" }] }],
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(detectFormat("a.xlsx", bytes)).toBe("xlsx");
    expect((await rowsOf(bytes, "xlsx")).rows).toEqual([{ line: 2, cells: ["x"] }]);
    const second = await rowsOf(bytes, "xlsx", "second");
    expect(second.rows).toEqual([{ line: 2, cells: [new Date(Date.UTC(2023, 0, 2)), 12, "IOM"] }]);
  });

  it("XLSX: reads the workbook the same way every time, whatever order its zip stores the parts in", async () => {
    // exceljs's own streaming pass lost the last zip entry (xl/workbook.xml, which exceljs writes
    // last) now and then, and failed with "reading 'sheets'" (exceljs issue #3064): the same
    // read, many times over, in parallel, must always give the same rows and name the sheets. (The
    // race was too rare here to fail this test with the old reader; what fixes it is reading the zip
    // through its central directory, the workbook's parts before any sheet: see xlsxSheets.)
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("First").addRows([["a"], ["x"]]);
    workbook.addWorksheet("Second").addRows([["b"], ["y"]]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const reads = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => (await rowsOf(bytes, "xlsx", i % 2 ? "Second" : null)).rows),
    );
    reads.forEach((rows, i) => expect(rows).toEqual([{ line: 2, cells: [i % 2 ? "y" : "x"] }]));
    await expect(openFile(bytes, "xlsx", "Third")).rejects.toMatchObject({ problem: { code: "no_sheet", sheets: "First, Second" } });
  });

  it("every file problem has its words", async () => {
    const text = (problem: FileProblem) => fileProblemText(problem, (c) => `column ${c}`);
    expect(IMPORT_LIMITS.bytes).toBe(IMPORT_FILE_LIMIT_BYTES);
    expect(detectFormat("a.csv", new Uint8Array())).toEqual({ code: "empty" });
    expect(detectFormat("a.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toEqual({ code: "not_csv_or_xlsx" });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
    expect(detectFormat("protected.xlsx", ole)).toEqual({ code: "encrypted" });
    expect(detectFormat("old.xls", ole)).toEqual({ code: "old_xls" });
    expect(detectFormat("u16.csv", new Uint8Array([0xff, 0xfe, 0x61, 0]))).toEqual({ code: "encoding_utf16" });
    expect(detectFormat("big.csv", new Uint8Array(IMPORT_LIMITS.bytes + 1).fill(0x61))).toEqual({
      code: "too_large",
      limit: IMPORT_LIMITS.bytes,
    });
    expect(await problemOf(openFile(utf8("a,b\n"), "csv", null))).toEqual({ code: "header_only" });
    expect(await problemOf(openFile(utf8("a,b\n#x,#y\n"), "csv", null))).toEqual({ code: "header_only" });
    expect(await problemOf(openFile(utf8("\n\n"), "csv", null))).toEqual({ code: "empty" });
    expect(await problemOf(openFile(new Uint8Array([0x61, 0x0a, 0xe9, 0x74, 0xe9, 0x0a]), "csv", null))).toEqual({
      code: "encoding_invalid",
      line: 2,
    });
    expect(await problemOf(rowsOf(utf8("a,b\n1,2\n3,4,5\n")))).toEqual({ code: "too_many_cells", line: 3, cells: 3, columns: 2 });
    expect(await problemOf(rowsOf(utf8('a,b\n"1,2\n')))).toMatchObject({ code: "unreadable" });

    expect(text({ code: "not_csv_or_xlsx" })).toMatch(/^This is neither a CSV nor an XLSX file/);
    expect(text({ code: "old_xls" })).toMatch(/old Excel file \(\.xls\)/);
    expect(text({ code: "encrypted" })).toMatch(/protected with a password/);
    expect(text({ code: "empty" })).toBe("The file is empty: it has no header line and no rows.");
    expect(text({ code: "header_only" })).toBe("The file has only a header: there are no rows of figures under it.");
    expect(text({ code: "encoding_utf16" })).toMatch(/UTF-16, not UTF-8/);
    expect(text({ code: "encoding_invalid", line: 2 })).toMatch(/^The file is not in UTF-8 \(line 2 has characters in another encoding/);
    expect(text({ code: "formula", line: 3, column: 5 })).toMatch(/^Line 3, column 5: the cell holds a formula/);
    expect(text({ code: "error_cell", line: 3, column: 5, value: "#N/A" })).toMatch(/spreadsheet error #N\/A/);
    expect(text({ code: "too_many_cells", line: 3, cells: 3, columns: 2 })).toMatch(/^Line 3 has 3 cells but the header has 2 columns/);
    expect(text({ code: "too_many_columns", columns: 300, limit: 200 })).toBe("The file has 300 columns; an import reads at most 200.");
    expect(text({ code: "too_large", limit: IMPORT_LIMITS.bytes })).toMatch(/^The file is larger than 20 MB, the most an import accepts/);
    expect(text({ code: "too_many_rows", limit: 200_000 })).toMatch(/^The file has more than 200,000 rows/);
    expect(text({ code: "no_sheet", sheet: "X", sheets: "A, B" })).toBe("The workbook has no sheet called “X”. Its sheets: A, B.");
    expect(text({ code: "unreadable", detail: "Quote not closed." })).toBe("The file could not be read (Quote not closed).");
  });

  it("a formula cell in a workbook is refused with its line and column", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data").addRows([
      ["as_of", "best"],
      ["2023-01-01", { formula: "A1*2", result: 4 }],
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await problemOf(rowsOf(bytes, "xlsx"))).toEqual({ code: "formula", line: 2, column: 2 });
  });
});

describe("checking a row", () => {
  const refs = buildReferences({
    indicators: [
      { id: 1, slug: "idps", hxlTag: "#affected+idps", allowedBreakdowns: ["sex"] },
      { id: 2, slug: "killed", hxlTag: "#affected+killed", allowedBreakdowns: [] },
    ],
    places: [
      { id: 10, pcode: "UA14", nameEn: "Donetska", nameUk: "Донецька" },
      { id: 11, pcode: "UA1402", nameEn: "Bakhmut", nameUk: "Бахмутський" },
      { id: 12, pcode: "UA1402001X01", nameEn: "Bakhmut", nameUk: "Бахмут" },
    ],
    sources: [
      { id: 5, name: "IOM", isActive: true },
      { id: 6, name: "Gone", isActive: false },
    ],
  });
  const columns: FileColumn[] = ["indicator", "place_pcode", "place_name", "source", "as_of", "best", "sex", "credibility"].map(
    (header) => ({
      header,
      hxl: null,
    }),
  );
  const check = rowChecker(columns, suggestMapping(columns), refs, new Date(Date.UTC(2026, 0, 1)));
  const row = (cells: string[]) => check({ line: 7, cells });
  const texts = (cells: string[]) => {
    const result = row(cells);
    return result.ok ? [] : result.problems.map(rowProblemText);
  };

  it("resolves references by code, hashtag, P-code, unambiguous name and source name", () => {
    const ok = row(["#affected+idps", "", "Бахмут", "iom", "20.05.2023", "1 234", "female", "2"]);
    expect(ok).toMatchObject({
      ok: true,
      input: { indicatorId: 1, locationId: 12, sourceId: 5, best: 1234, low: 1234, high: 1234, sex: "female" },
    });
    expect(ok.ok && ok.key).toBe("5|1|12|||2023-05-20|female||");
  });

  it("says what is wrong, by line and column, in the form's words", () => {
    expect(texts(["idps", "UA14", "", "IOM", "2023-05-20", "about 300", "", "2"])).toEqual([
      "Line 7, column “best”: “about 300”. Enter a whole number of 0 or more, for example 8,000,000.",
    ]);
    expect(texts(["nope", "UA99", "", "Gone", "2099-01-01", "5", "", "9"])).toEqual([
      "Line 7, column “indicator”: “nope”. No indicator has this code or HXL hashtag.",
      "Line 7, column “place_pcode”: “UA99”. No place has this P-code.",
      "Line 7, column “source”: “Gone”. This source is deactivated: new figures cannot cite it.",
      "Line 7, column “as_of”: “2099-01-01”. The “as of” date cannot be in the future.",
      "Line 7, column “credibility”: “9”. Choose the credibility of the information, from 1 to 6.",
    ]);
    expect(texts(["killed", "", "Bakhmut", "Unknown", "2023-05-20", "5", "male", "2"])).toEqual([
      "Line 7, column “place_name”: “Bakhmut”. 2 places have this name: give the P-code of the one meant.",
      "Line 7, column “source”: “Unknown”. No source has this number or name. An administrator adds sources under Admin › Sources.",
      "Line 7, column “sex”: “male”. The indicator killed takes no breakdown by sex (an administrator can allow it).",
    ]);
    expect(texts(["killed", "UA14", "", "IOM", "2023-05-20", "5", "male", "2"])).toEqual([
      "Line 7, column “sex”: “male”. The indicator killed takes no breakdown by sex (an administrator can allow it).",
    ]);
    expect(texts(["", "", "", "", "", "", "", ""])).toEqual([
      "Line 7, column “indicator”: Give an indicator.",
      "Line 7, column “place_pcode”: Give the place: its P-code, or its exact English or Ukrainian name.",
      "Line 7, column “source”: Give the source: its number or its exact name.",
      "Line 7, column “as_of”: Enter the “as of” date.",
      "Line 7, column “credibility”: Choose the credibility of the information, from 1 to 6.",
      "Line 7, column “best”: Enter the best estimate, or tick “no information”.",
    ]);
  });

  it("values set once for all rows fill empty cells and columns the file lacks", () => {
    const few: FileColumn[] = [
      { header: "pcode", hxl: null },
      { header: "value", hxl: null },
    ];
    const mapping = { ...suggestMapping(few), defaults: { indicator: "idps", sourceName: "IOM", asOf: "2023-05-01", credibility: "3" } };
    const result = rowChecker(few, mapping, refs, new Date(Date.UTC(2026, 0, 1)))({ line: 2, cells: ["UA14", "1,000"] });
    expect(result).toMatchObject({ ok: true, input: { indicatorId: 1, locationId: 10, sourceId: 5, best: 1000, credibility: 3 } });
    const bad = rowChecker(
      few,
      { ...mapping, defaults: { ...mapping.defaults, credibility: "7" } },
      refs,
      new Date(Date.UTC(2026, 0, 1)),
    )({
      line: 2,
      cells: ["UA14", "1"],
    });
    expect(bad.ok ? [] : bad.problems.map(rowProblemText)).toEqual([
      "Line 2: “7”. Choose the credibility of the information, from 1 to 6.",
    ]);
  });
});

describe("the source's name for the place in the duplicate key", () => {
  // The database's claim_place_key() folds the same way (figure-import.test.ts compares rows with stored figures).
  it.each([
    ["Bakhmut", "bakhmut"],
    [" \u00A0БАХМУТ\t", "бахмут"],
    ["Бахмутський РАЙОН", "бахмутський район"],
    ["ΣΑΣ", "σασ"],
    ["İzmir", "izmir"],
    ["", ""],
  ])("%j -> %j", (name, key) => expect(sourcePlaceKey(name)).toBe(key));
  it("an absent name is the empty key", () => expect(sourcePlaceKey(null)).toBe(""));
});

describe("the import's words in Ukrainian", () => {
  const refs = buildReferences({
    indicators: [{ id: 2, slug: "killed", hxlTag: "#affected+killed", allowedBreakdowns: [] }],
    places: [{ id: 10, pcode: "UA14", nameEn: "Donetska", nameUk: "Донецька" }],
    sources: [{ id: 5, name: "IOM", isActive: true }],
  });
  const columns: FileColumn[] = ["indicator", "place_pcode", "source", "as_of", "best", "sex", "credibility"].map((header) => ({
    header,
    hxl: null,
  }));
  const check = rowChecker(columns, suggestMapping(columns), refs, new Date(Date.UTC(2026, 0, 1)));
  const uk = importWordsFor("uk");

  it("keeps a row's problems as data that reads in either language", () => {
    const result = check({ line: 7, cells: ["killed", "UA99", "IOM", "2023-05-20", "about 300", "male", "2"] });
    const problems = result.ok ? [] : result.problems;
    expect(JSON.parse(JSON.stringify(problems))).toEqual(problems);
    expect(problems.map(uk.row)).toEqual([
      "Рядок 7, стовпець «place_pcode»: «UA99». Немає місця з таким P-кодом.",
      `Рядок 7, стовпець «best»: «about 300». ${messagesFor("uk").errors.notWholeNumber}`,
    ]);
    expect(problems.map(importWordsFor("en").row)).toEqual(problems.map(rowProblemText));
    const sex = check({ line: 8, cells: ["killed", "UA14", "IOM", "2023-05-20", "5", "male", "2"] });
    expect(sex.ok ? [] : sex.problems.map(uk.row)).toEqual([
      "Рядок 8, стовпець «sex»: «male». Індикатор killed не передбачає розбивки за статтю (адміністратор може її дозволити).",
    ]);
  });

  it("reads qualifiers written in Ukrainian too", () => {
    expect(normalizeQualifier("Щонайменше")).toBe("at_least");
    expect(normalizeQualifier("близько")).toBe("approximately");
  });

  it("file, mapping and duplicate problems, with Ukrainian plurals and numbers", () => {
    expect(uk.file({ code: "too_many_rows", limit: 200_000 })).toMatch(/^У файлі понад 200\s000 рядків/);
    expect(uk.file({ code: "too_many_cells", line: 3, cells: 5, columns: 2 })).toMatch(/^У рядку 3 5 клітинок, а в заголовку 2 стовпці\./);
    expect(uk.mapping({ code: "no_place" }, () => "")).toMatch(/^Жоден стовпець не задає місце/);
    expect(uk.stored({ line: 4, kind: "duplicate", duplicate: { key: "row.duplicateOfLine", values: { line: "2" } } }, [])).toMatch(
      /^Рядок 4: Повторює рядок 2 /,
    );
  });
});
