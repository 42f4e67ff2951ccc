// The exports as a reader gets them: downloaded from /data and from a domain page's "Download
// data", checked against the demo data set (the oracle): exactly the published figures the filters
// select, the CSV's HXL hashtag row (every hashtag valid HXL), absolute links on the public address,
// and the XLSX read back with exceljs with numbers as numbers and dates as dates.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Download, Page } from "@playwright/test";
import { FIGURE_COLUMNS, isHxlHashtag } from "../lib/domain/figure-columns";
import { expect, test } from "./support/csp";
import {
  csvRecords,
  exportedClaimKeys,
  figures,
  indicators,
  parseCsv,
  reliabilityOf,
  seedClaimKey,
  subtree,
  type SeedFigure,
} from "./oracle";

const published = (keep: (f: SeedFigure) => boolean = () => true) => figures.filter((f) => f.status === "published" && keep(f));
const domainOf = (slug: string) => indicators.find((i) => i.slug === slug)!.domain;
const expectedKeys = (list: SeedFigure[]) => list.map(seedClaimKey).sort();

async function download(page: Page, link: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link, exact: true }).click()]);
  return { file, bytes: await readFile((await file.path())!) };
}

function checkCsv(text: string, origin: string) {
  const rows = parseCsv(text);
  const [header, hashtags] = rows;
  expect(header).toEqual(FIGURE_COLUMNS.map((c) => c.name));
  // HXL: the hashtag row right under the header, one valid hashtag per column.
  expect(hashtags).toHaveLength(header!.length);
  for (const tag of hashtags!) expect(isHxlHashtag(tag), `"${tag}" is a valid HXL hashtag`).toBe(true);
  const records = csvRecords(rows);
  for (const r of records) expect(r.figure_url).toBe(`${origin}/figures/${r.figure_id}`);
  return { records, hashtags: hashtags! };
}

async function readWorkbook(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

test.describe("exports", () => {
  test("/data downloads every published figure as CSV with a valid HXL hashtag row and links on the public address", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/data");
    await expect(page.getByRole("heading", { level: 1, name: "Download data" })).toBeVisible();
    await expect(page.getByLabel("Place (with everything within it)")).toHaveValue("");
    const { file, bytes } = await download(page, "CSV with HXL hashtags");
    expect(file.suggestedFilename()).toMatch(/^crisis-ledger-figures-all-\d{4}-\d{2}-\d{2}\.csv$/);
    const { records, hashtags } = checkCsv(bytes.toString("utf8"), baseURL!);
    expect(exportedClaimKeys(records)).toEqual(expectedKeys(published()));
    // Several indicators: the values carry the generic hashtags.
    expect(hashtags[FIGURE_COLUMNS.findIndex((c) => c.name === "best")]).toBe("#indicator+num");
    expect(bytes.toString("utf8")).not.toContain("0.0.0.0");
  });

  test("/data with filters downloads an XLSX with the right types, the cited sources and a read me", async ({ page }) => {
    await page.goto("/data");
    await page.getByLabel("Domain").selectOption("casualties");
    await page.getByLabel("Minimum source grade").selectOption("C");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/domain=casualties/);
    await expect(page.locator("dl.facts")).toContainText("Casualties");
    const { file, bytes } = await download(page, "Excel workbook (XLSX)");
    expect(file.suggestedFilename()).toMatch(/^crisis-ledger-figures-casualties-all-.*\.xlsx$/);
    const workbook = await readWorkbook(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["figures", "sources", "read me"]);

    const sheet = workbook.getWorksheet("figures")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header).toEqual(FIGURE_COLUMNS.map((c) => c.name));
    for (const tag of (sheet.getRow(2).values as unknown[]).slice(1) as string[]) expect(isHxlHashtag(tag), tag).toBe(true);
    const col = (name: string) => header.indexOf(name) + 1;
    const rows: Record<string, string | number | boolean | null>[] = [];
    for (let r = 3; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const best = row.getCell(col("best"));
      const noInformation = row.getCell(col("no_information")).value;
      expect(typeof noInformation).toBe("boolean");
      if (!noInformation) expect(best.type).toBe(ExcelJS.ValueType.Number);
      expect(row.getCell(col("figure_id")).type).toBe(ExcelJS.ValueType.Number);
      expect(row.getCell(col("credibility")).type).toBe(ExcelJS.ValueType.Number);
      const asOf = row.getCell(col("as_of"));
      expect(asOf.type).toBe(ExcelJS.ValueType.Date);
      expect(row.getCell(col("published_at")).type).toBe(ExcelJS.ValueType.Date);
      const value = (name: string) => {
        const v = row.getCell(col(name)).value;
        return v instanceof Date ? v.toISOString().slice(0, 10) : (v as string | number | boolean | null);
      };
      rows.push(
        Object.fromEntries(
          ["indicator", "place_pcode", "source", "as_of", "best", "sex", "age_group", "population_group"].map((n) => [n, value(n)]),
        ),
      );
    }
    const gradeC = (f: SeedFigure) => ["A", "B", "C"].includes(reliabilityOf(f.source));
    const expected = published((f) => domainOf(f.indicator) === "casualties" && gradeC(f));
    expect(rows.length).toBeGreaterThan(10);
    expect(exportedClaimKeys(rows)).toEqual(expectedKeys(expected));

    const sources = workbook.getWorksheet("sources")!;
    const sourceRows = (sources.getSheetValues().slice(3) as unknown[][]).filter(Boolean);
    expect(sourceRows.map((r) => r[2]).sort()).toEqual([...new Set(expected.map((f) => f.source))].sort());
    for (const r of sourceRows) {
      expect(["A", "B", "C"]).toContain(r[5]);
      expect(String(r[8])).toMatch(/^\d{4}-\d{2}-\d{2}: /);
    }
    const readMe = (workbook.getWorksheet("read me")!.getSheetValues() as unknown[][]).flatMap((r) => r ?? []).join("\n");
    expect(readMe).toContain("Demonstration data.");
    expect(readMe).toContain("C or better");
    expect(readMe).toContain("Casualties");
  });

  test("a domain page's Download data gives every published figure of the domain under the place, as CSV and XLSX", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/casualties?place=UA1402");
    const section = page.getByRole("region", { name: "Download data" });
    await expect(section).toBeVisible();
    const within = subtree("UA1402");
    const expected = published((f) => domainOf(f.indicator) === "casualties" && within.has(f.location));
    expect(expected.length).toBeGreaterThan(5);
    const csv = await download(page, "CSV (with HXL hashtags)");
    expect(csv.file.suggestedFilename()).toMatch(/^crisis-ledger-figures-casualties-UA1402-.*\.csv$/);
    const { records } = checkCsv(csv.bytes.toString("utf8"), baseURL!);
    expect(exportedClaimKeys(records)).toEqual(expectedKeys(expected));

    const xlsx = await download(page, "Excel (XLSX)");
    const sheet = (await readWorkbook(xlsx.bytes)).getWorksheet("figures")!;
    expect(sheet.rowCount).toBe(2 + expected.length);

    // "More choices" opens /data with the same filters.
    await section.getByRole("link", { name: "More choices on the data page" }).click();
    await expect(page).toHaveURL(/\/data\?place=UA1402&domain=casualties$/);
    await expect(page.getByLabel("Domain")).toHaveValue("casualties");
  });

  test("an indicator's page offers that indicator's published figures under the place", async ({ page, baseURL }) => {
    await page.goto("/casualties/civilians-killed?place=UA1402");
    const section = page.getByRole("region", { name: "Download data" });
    const within = subtree("UA1402");
    const expected = published((f) => f.indicator === "civilians-killed" && within.has(f.location));
    expect(expected.length).toBeGreaterThan(0);
    const csv = await download(page, "CSV (with HXL hashtags)");
    const { records } = checkCsv(csv.bytes.toString("utf8"), baseURL!);
    expect(exportedClaimKeys(records)).toEqual(expectedKeys(expected));
    await section.getByRole("link", { name: "More choices on the data page" }).click();
    await expect(page).toHaveURL(/\/data\?place=UA1402&indicator=civilians-killed$/);
  });
});
