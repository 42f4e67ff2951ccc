// The whole-data export writers on a real database: only published figures of public indicators,
// the filters, the HXL row, formula-like text neutralised, XLSX types read back with exceljs,
// several batches, a reader that goes away. The routes: app/download/figures-exports.test.ts.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { FIGURE_COLUMNS, isHxlHashtag } from "@/lib/domain/figure-columns";
import { ALL_FIGURES, type FigureQuery } from "@/lib/domain/figure-query";
import { at, createIndicator, createOhchr, createPlace } from "@/test/fixtures/database";
import { exportWordsFor } from "./export-words";
import { csvExportStream, jsonExportStream, xlsxExportStream, type ExportJob } from "./figure-streams";

const PUBLIC = "https://ledger.example.org";
let ids: Record<string, number> = {};

beforeAll(async () => {
  const country = await createPlace("ukraine");
  const oblast = await createPlace("donetska", country.id);
  const other = await createPlace("kharkivska", country.id);
  const killed = await createIndicator("killed");
  const idps = await createIndicator("idps");
  const hidden = await createIndicator("hidden");
  const un = await createOhchr();
  const evil = await prisma.source.create({
    data: {
      name: '=HYPERLINK("http://evil")',
      nameKey: '=hyperlink("http://evil")',
      kind: "media",
      reliability: "D",
      url: "https://evil.example",
    },
  });
  await prisma.sourceGradeChange.createMany({
    data: [
      { sourceId: un.id, fromGrade: null, toGrade: "B", changedAt: at("2022-01-01") },
      { sourceId: un.id, fromGrade: "B", toGrade: "A", changedAt: at("2023-07-01"), reason: "Consistent record." },
    ],
  });
  const make = (data: Record<string, unknown>) =>
    prisma.figure.create({
      data: {
        indicatorId: killed.id,
        locationId: oblast.id,
        sourceId: un.id,
        asOf: at("2023-05-01"),
        low: 8,
        best: 10,
        high: 12,
        credibility: 2,
        qualifier: "approximately",
        status: "published",
        publishedAt: at("2023-05-02"),
        ...data,
      } as never,
    });
  const f1 = await make({ notes: "@SUM(A1) was the source's own wording", periodStart: at("2022-02-24") });
  const f2 = await make({
    sourceId: evil.id,
    asOf: at("2023-06-01"),
    verification: "disputed",
    low: null,
    best: null,
    high: null,
    noInformation: true,
    qualifier: "exact",
  });
  const f3 = await make({ indicatorId: idps.id, locationId: other.id, best: 5000, low: 5000, high: 5000, qualifier: "exact" });
  const f4 = await make({ asOf: at("2023-08-01"), low: 20, best: 25, high: 30 });
  const f5 = await make({ asOf: at("2023-09-01"), low: 30, best: 31, high: 32 });
  for (const status of ["draft", "submitted"]) await make({ status, publishedAt: null, best: 999_999, low: 999_999, high: 999_999 });
  await make({ status: "rejected", statusReason: "No source.", publishedAt: null, best: 999_999, low: 999_999, high: 999_999 });
  await make({ status: "retracted", statusReason: "Double-counted.", best: 999_999, low: 999_999, high: 999_999 });
  await make({ indicatorId: hidden.id, best: 999_999, low: 999_999, high: 999_999 });
  ids = { f1: f1.id, f2: f2.id, f3: f3.id, f4: f4.id, f5: f5.id, un: un.id, evil: evil.id, killed: killed.id, oblast: oblast.id };
});

const job = (query: Partial<FigureQuery> = {}, batchSize = 2, indicatorHxl: string | null = null): ExportJob => ({
  query: { ...ALL_FIGURES, ...query },
  origin: PUBLIC,
  indicatorHxl,
  batchSize,
  context: { url: `${PUBLIC}/download/figures.xlsx`, generatedAt: new Date("2026-12-01T10:00:00Z"), dataVersion: 7 },
});

const readAll = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer());
const csvRows = async (stream: ReadableStream<Uint8Array>) => parse((await readAll(stream)).toString("utf8")) as string[][];

describe("the CSV export", () => {
  it("has the header, a valid HXL hashtag row, and only the published figures of public indicators, over several batches", async () => {
    const [header, hashtags, ...records] = await csvRows(csvExportStream(job({}, 2)));
    expect(header).toEqual(FIGURE_COLUMNS.map((c) => c.name));
    expect(hashtags).toHaveLength(header!.length);
    for (const tag of hashtags!) expect(isHxlHashtag(tag), tag).toBe(true);
    expect(hashtags![header!.indexOf("best")]).toBe("#indicator+num");
    const column = (name: string) => records.map((r) => r[header!.indexOf(name)]);
    expect(column("figure_id")).toEqual([ids.f1, ids.f2, ids.f3, ids.f4, ids.f5].map(String));
    expect(column("best")).not.toContain("999999");
    expect(column("figure_url")).toEqual(column("figure_id").map((id) => `${PUBLIC}/figures/${id}`));
  });

  it("neutralises text a spreadsheet would run as a formula, and writes 'no information' as empty numbers", async () => {
    const [header, , ...records] = await csvRows(csvExportStream(job()));
    const byId = (id: number) => records.find((r) => r[0] === String(id))!;
    expect(byId(ids.f1!)[header!.indexOf("notes")]).toBe("'@SUM(A1) was the source's own wording");
    const f2 = byId(ids.f2!);
    expect(f2[header!.indexOf("source")]).toBe('\'=HYPERLINK("http://evil")');
    expect([f2[header!.indexOf("low")], f2[header!.indexOf("best")], f2[header!.indexOf("no_information")]]).toEqual(["", "", "true"]);
  });

  it("applies the filters, and gives the values the indicator's own hashtag when it holds one indicator", async () => {
    const ofQuery = async (query: Partial<FigureQuery>, hxl: string | null = null) => {
      const [header, hashtags, ...records] = await csvRows(csvExportStream(job(query, 100, hxl)));
      return { ids: records.map((r) => Number(r[0])), tag: hashtags![header!.indexOf("low")] };
    };
    expect((await ofQuery({ place: "UA14" })).ids).toEqual([ids.f1, ids.f2, ids.f4, ids.f5]);
    expect((await ofQuery({ domain: "displacement" })).ids).toEqual([ids.f3]);
    expect((await ofQuery({ from: "2023-06-01", to: "2023-08-31" })).ids).toEqual([ids.f2, ids.f4]);
    expect((await ofQuery({ grade: "C" })).ids).toEqual([ids.f1, ids.f3, ids.f4, ids.f5]);
    expect((await ofQuery({ sources: [ids.evil!] })).ids).toEqual([ids.f2]);
    expect((await ofQuery({ ver: ["disputed"] })).ids).toEqual([ids.f2]);
    const one = await ofQuery({ indicators: ["civilians-killed"] }, "#affected+killed");
    expect(one).toEqual({ ids: [ids.f1, ids.f2, ids.f4, ids.f5], tag: "#affected+killed+min" });
    expect(await ofQuery({ place: "UA14", domain: "displacement" })).toEqual({ ids: [], tag: "#indicator+num+min" });
  });
});

describe("the JSON export", () => {
  it("is one array of objects keyed by the column names, with numbers, booleans and null as such", async () => {
    const rows = JSON.parse((await readAll(jsonExportStream(job({}, 2)))).toString("utf8")) as Record<string, unknown>[];
    expect(rows.map((r) => r.figure_id)).toEqual([ids.f1, ids.f2, ids.f3, ids.f4, ids.f5]);
    expect(Object.keys(rows[0]!)).toEqual(FIGURE_COLUMNS.map((c) => c.name));
    expect(rows[0]).toMatchObject({ best: 10, no_information: false, as_of: "2023-05-01", period_start: "2022-02-24", adm1_pcode: "UA14" });
    expect(rows[1]).toMatchObject({ best: null, no_information: true });
    expect(JSON.parse((await readAll(jsonExportStream(job({ place: "UA99" })))).toString("utf8"))).toEqual([]);
  });
});

describe("the XLSX export", () => {
  async function workbookOf(query: Partial<FigureQuery> = {}, batchSize = 2) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readAll(xlsxExportStream(job(query, batchSize)))) as unknown as ArrayBuffer);
    return { workbook };
  }

  it("has the sheets figures, sources and read me; figures with numbers as numbers and dates as dates", async () => {
    const { workbook } = await workbookOf();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["figures", "sources", "read me"]);
    const sheet = workbook.getWorksheet("figures")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(FIGURE_COLUMNS.map((c) => c.name));
    const hashtags = (sheet.getRow(2).values as unknown[]).slice(1) as string[];
    for (const tag of hashtags) expect(isHxlHashtag(tag), tag).toBe(true);
    expect(sheet.rowCount).toBe(2 + 5);
    const cell = (row: number, name: string) => sheet.getRow(row).getCell(header.indexOf(name) + 1);
    expect(cell(3, "figure_id").value).toBe(ids.f1);
    expect(cell(3, "best").type).toBe(ExcelJS.ValueType.Number);
    expect(cell(3, "best").value).toBe(10);
    expect(cell(3, "as_of").type).toBe(ExcelJS.ValueType.Date);
    expect((cell(3, "as_of").value as Date).toISOString()).toBe("2023-05-01T00:00:00.000Z");
    expect(cell(3, "as_of").numFmt).toBe("yyyy-mm-dd");
    expect((cell(3, "published_at").value as Date).toISOString()).toBe("2023-05-02T00:00:00.000Z");
    expect(cell(3, "no_information").value).toBe(false);
    expect(cell(3, "figure_url").value).toBe(`${PUBLIC}/figures/${ids.f1}`);
    expect(cell(4, "best").value).toBeNull();
  });

  it("never writes a formula: formula-like text is a text cell, neutralised as in the CSV", async () => {
    const { workbook } = await workbookOf();
    const sheet = workbook.getWorksheet("figures")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const source = sheet.getRow(4).getCell(header.indexOf("source") + 1);
    expect(source.type).toBe(ExcelJS.ValueType.String);
    expect(source.value).toBe('\'=HYPERLINK("http://evil")');
    sheet.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
    // No cell of any sheet has a formula.
    for (const s of workbook.worksheets) s.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeUndefined()));
  });

  it("lists each cited source with its grade, grade history and figures in the file; the read me has the filters and the notice", async () => {
    const { workbook } = await workbookOf({ place: "UA14" });
    const sources = workbook.getWorksheet("sources")!;
    const rows = sources.getSheetValues().slice(3) as unknown[][];
    const un = rows.find((r) => r[2] === "OHCHR")!;
    expect(un.slice(1)).toEqual([
      ids.un,
      "OHCHR",
      "un_agency",
      undefined,
      "A",
      undefined,
      3,
      "2022-01-01: graded B; 2023-07-01: B → A (Consistent record.)",
    ]);
    expect(rows.find((r) => r[1] === ids.evil)![2]).toBe('\'=HYPERLINK("http://evil")');
    expect(rows).toHaveLength(2);
    const readMe = workbook.getWorksheet("read me")!;
    const text = (readMe.getSheetValues() as unknown[][]).flatMap((r) => (r ?? []).filter((v) => typeof v === "string")).join("\n");
    expect(text).toContain("Demonstration data.");
    expect(text).toContain("UA14 and every place within it");
    for (const c of FIGURE_COLUMNS) expect(text).toContain(c.description);
  });

  it("has its words for people in Ukrainian when asked (lang=uk); sheet names, column names, hashtags and values stay", async () => {
    const stream = xlsxExportStream({ ...job({ place: "UA14" }), words: exportWordsFor("uk") });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readAll(stream)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["figures", "sources", "read me"]);
    const figures = workbook.getWorksheet("figures")!;
    expect((figures.getRow(1).values as unknown[]).slice(1)).toEqual(FIGURE_COLUMNS.map((c) => c.name));
    const sources = workbook.getWorksheet("sources")!.getSheetValues().slice(3) as unknown[][];
    expect(sources.find((r) => r[2] === "OHCHR")![8]).toBe("2022-01-01: оцінено як B; 2023-07-01: B → A (Consistent record.)");
    const readMe = workbook.getWorksheet("read me")!.getSheetValues() as unknown[][];
    const text = readMe.flatMap((r) => (r ?? []).filter((v) => typeof v === "string")).join("\n");
    expect(text).toContain("Crisis Ledger: опубліковані цифри");
    expect(text).toContain("Демонстраційні дані.");
    expect(text).toContain("UA14, включно з усіма місцями в межах цієї території");
    expect(text).not.toContain("Demonstration data.");
    // The column table: names and hashtags as in English, meanings in Ukrainian.
    const table = readMe.filter((r) => r && FIGURE_COLUMNS.some((c) => c.name === r[1] && c.hxl === r[2]));
    expect(table).toHaveLength(FIGURE_COLUMNS.length);
    for (const row of table) expect(row[3]).toMatch(/[А-Яа-яІіЇїЄє]/u);
  });
});

describe("a reader that goes away", () => {
  it("stops every export cleanly after its first bytes (no error left unheard)", async () => {
    for (const stream of [csvExportStream(job({}, 1)), jsonExportStream(job({}, 1)), xlsxExportStream(job({}, 1))]) {
      const reader = stream.getReader();
      const first = await reader.read();
      expect(first.done).toBe(false);
      expect(first.value!.length).toBeGreaterThan(0);
      await reader.cancel();
    }
    // Any read or zip error after the cancel would surface as an unhandled rejection and fail the run.
    await new Promise((resolve) => setTimeout(resolve, 500));
  });
});
