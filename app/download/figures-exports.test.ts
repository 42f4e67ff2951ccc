// GET /download/figures.{csv,xlsx,json} on the demo data: an attachment of exactly the published
// figures the filters select, linked on PUBLIC_URL (not the address the request came in on),
// 404 for an unknown place or indicator, lenient filters, and caching by data version (ETag, 304).
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { isHxlHashtag } from "@/lib/domain/figure-columns";
import { seedDemoData } from "@/prisma/seed/seed";

const PUBLIC = "https://ledger.example.org";
type Route = (request: Request) => Promise<Response>;
let routes: Record<"csv" | "xlsx" | "json", Route>;

const publishedIds = async (where: Record<string, unknown> = {}) =>
  (
    await prisma.figure.findMany({
      where: { status: "published", indicator: { isPublic: true }, ...where },
      select: { id: true },
      orderBy: { id: "asc" },
    })
  ).map((f) => f.id);

beforeAll(async () => {
  process.env.PUBLIC_URL = PUBLIC;
  process.env.NEXTAUTH_URL = "http://0.0.0.0:3000";
  await seedDemoData(prisma);
  routes = {
    csv: (await import("./figures.csv/route")).GET,
    xlsx: (await import("./figures.xlsx/route")).GET,
    json: (await import("./figures.json/route")).GET,
  };
});

const get = (format: "csv" | "xlsx" | "json", query: string, headers: Record<string, string> = {}) =>
  routes[format](new Request(`http://0.0.0.0:3000/download/figures.${format}${query}`, { headers: { Host: "evil.example", ...headers } }));

describe("GET /download/figures.{csv,xlsx,json}", () => {
  it("streams the published figures the filters select as an attachment, each linked on PUBLIC_URL", async () => {
    const response = await get("csv", "?place=ua1402&indicator=civilians-killed&at=2023-01-01");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="crisis-ledger-figures-civilians-killed-UA1402-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, hashtags, ...records] = parse(await response.text()) as string[][];
    for (const tag of hashtags!) expect(isHxlHashtag(tag), tag).toBe(true);
    expect(hashtags![header!.indexOf("best")]).toBe("#affected+killed");
    const expected = await publishedIds({
      indicator: { slug: "civilians-killed" },
      location: { OR: [{ pcode: "UA1402" }, { pcode: { startsWith: "UA1402" } }] },
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(records.map((r) => r[header!.indexOf("figure_url")])).toEqual(expected.map((id) => `${PUBLIC}/figures/${id}`));

    const xlsx = await get("xlsx", "?domain=displacement");
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
    expect(workbook.getWorksheet("figures")!.rowCount).toBe(2 + (await publishedIds({ indicator: { domain: "displacement" } })).length);
    const readMe = (workbook.getWorksheet("read me")!.getSheetValues() as unknown[][]).flat().join(" ");
    expect(readMe).toContain(`${PUBLIC}/download/figures.xlsx?domain=displacement`);

    const json = (await (await get("json", "")).json()) as { figure_id: number; figure_url: string }[];
    expect(json.map((r) => r.figure_id)).toEqual(await publishedIds());
    for (const row of json) expect(row.figure_url.startsWith(`${PUBLIC}/figures/`)).toBe(true);
  });

  it("writes the XLSX read me in Ukrainian for lang=uk, with the same data and its own ETag; CSV and JSON are the same in every language", async () => {
    const [english, ukrainian] = await Promise.all([get("xlsx", "?place=UA14"), get("xlsx", "?place=UA14&lang=uk")]);
    expect(ukrainian.status).toBe(200);
    expect(ukrainian.headers.get("etag")).not.toBe(english.headers.get("etag"));
    const sheets = await Promise.all(
      [english, ukrainian].map(async (response) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
        return workbook;
      }),
    );
    const values = (workbook: ExcelJS.Workbook, sheet: string) => JSON.stringify(workbook.getWorksheet(sheet)!.getSheetValues());
    expect(values(sheets[1]!, "figures")).toBe(values(sheets[0]!, "figures"));
    const readMe = (sheets[1]!.getWorksheet("read me")!.getSheetValues() as unknown[][]).flat().join(" ");
    expect(readMe).toContain("Crisis Ledger: опубліковані цифри");
    expect(readMe).toContain("Донецька (UA14), включно з усіма місцями в межах цієї території");
    expect(readMe).toContain(`${PUBLIC}/download/figures.xlsx?place=UA14&lang=uk`);

    for (const format of ["csv", "json"] as const) {
      const [a, b] = await Promise.all([get(format, "?place=UA14"), get(format, "?place=UA14&lang=uk")]);
      expect(await b.text(), format).toBe(await a.text());
      expect(b.headers.get("etag"), format).toBe(a.headers.get("etag"));
    }
    // An unknown language is English.
    const other = await get("xlsx", "?place=UA14&lang=xx");
    expect(other.headers.get("etag")).toBe(english.headers.get("etag"));
  });

  it("answers 404 to an unknown place or indicator, and reads a malformed filter as its default", async () => {
    expect((await get("csv", "?place=UA99")).status).toBe(404);
    expect((await get("xlsx", "?indicator=no-such-thing")).status).toBe(404);
    const lenient = await get("json", "?place=%00&grade=Z&cred=9&from=yesterday&domain=nope&indicator=Bad%20Slug");
    expect(lenient.status).toBe(200);
    expect(((await lenient.json()) as unknown[]).length).toBe((await publishedIds()).length);
  });

  it("is cached by data version: the same ETag until a change, 304 to If-None-Match", async () => {
    const first = await get("csv", "?place=UA14");
    await first.body?.cancel();
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"figures-csv-v\d+-[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    expect(first.headers.get("last-modified")).toBeTruthy();
    const again = await get("csv", "?place=UA14", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    const otherFilter = await get("csv", "?place=UA1402");
    await otherFilter.body?.cancel();
    expect(otherFilter.headers.get("etag")).not.toBe(etag);
    const otherFormat = await get("json", "?place=UA14");
    await otherFormat.body?.cancel();
    expect(otherFormat.headers.get("etag")).not.toBe(etag);

    const [retracted] = await publishedIds({ location: { pcode: { startsWith: "UA14" } } });
    await prisma.figure.update({ where: { id: retracted }, data: { status: "retracted", statusReason: "Wrong place." } });
    const after = await get("csv", "?place=UA14", { "If-None-Match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    const [, , ...records] = parse(await after.text()) as string[][];
    expect(records.map((r) => Number(r[0]))).not.toContain(retracted);
  });
});
