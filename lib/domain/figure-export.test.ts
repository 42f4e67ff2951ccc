import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportWordsFor } from "@/lib/exports/export-words";
import enExports from "@/messages/en/exports.json";
import { publishedFigure } from "@/test/fixtures/published-figure";
import { CLAIM_CSV_COLUMNS } from "./csv";
import { FIGURE_COLUMNS } from "./figure-columns";
import {
  columnTableMarkdown,
  csvHead,
  describeQuery,
  exportFileName,
  exportHref,
  exportQueryFromParams,
  figureJson,
  figureXlsxRow,
} from "./figure-export";
import { ALL_FIGURES } from "./figure-query";

const figure = publishedFigure({
  high: null,
  sex: null,
  source: { id: 3, name: "-the source", kind: "media", affiliation: null, reliabilityAtPublication: "C", reliabilityNow: "B" },
  verification: "reported",
  sourceUrl: null,
  sourcePublishedAt: "2023-05-21",
  notes: "=1+1",
  publishedAt: "2023-05-22T08:30:00.000Z",
  updatedAt: "2023-05-22T08:30:00.000Z",
});

describe("the export's query, from a download URL", () => {
  it("reads the dashboard's filters plus domain and indicator; no place is everywhere", () => {
    expect(exportQueryFromParams(new URLSearchParams(""))).toEqual(ALL_FIGURES);
    const query = exportQueryFromParams(
      new URLSearchParams(
        "place=ua1402&domain=casualties&indicator=idps&indicator=civilians-killed&indicator=idps" +
          "&from=2023-01-01&grade=b&cred=3&ver=disputed&source=4&at=2023-02-02",
      ),
    );
    expect(query).toEqual({
      ...ALL_FIGURES,
      place: "UA1402",
      domain: "casualties",
      indicators: ["civilians-killed", "idps"],
      from: "2023-01-01",
      grade: "B",
      cred: 3,
      ver: ["disputed"],
      sources: [4],
    });
  });

  it("falls back to each default on a malformed value, as the dashboard does (a malformed place is everywhere)", () => {
    const query = exportQueryFromParams({
      place: "U%A",
      domain: "weather",
      indicator: ["Bad Slug", "x".repeat(81)],
      grade: "Z",
      cred: "0",
      from: "2023-02-30",
    });
    expect(query).toEqual(ALL_FIGURES);
    expect(exportQueryFromParams({ place: "" }).place).toBeNull();
  });

  it("round-trips through a link, which always names the place", () => {
    const query = exportQueryFromParams(new URLSearchParams("place=UA14&domain=access&grade=C&ver=verified&ver=corroborated"));
    const href = exportHref(query, "xlsx");
    expect(href).toBe("/download/figures.xlsx?place=UA14&domain=access&grade=C&ver=corroborated&ver=verified");
    expect(exportQueryFromParams(new URL(href, "http://x").searchParams)).toEqual(query);
    expect(exportHref(ALL_FIGURES, "csv")).toBe("/download/figures.csv");
  });

  it("names the file after its scope", () => {
    expect(exportFileName(ALL_FIGURES, "csv", "2026-12-01")).toBe("crisis-ledger-figures-all-2026-12-01.csv");
    expect(exportFileName({ ...ALL_FIGURES, domain: "casualties", place: "UA14" }, "xlsx", "2026-12-01")).toBe(
      "crisis-ledger-figures-casualties-UA14-2026-12-01.xlsx",
    );
    expect(exportFileName({ ...ALL_FIGURES, indicators: ["idps"] }, "json", "2026-12-01")).toBe(
      "crisis-ledger-figures-idps-all-2026-12-01.json",
    );
  });

  it("says the filters in words", () => {
    const lines = new Map(
      describeQuery(
        { ...ALL_FIGURES, place: "UA14", sources: [4], grade: "B" },
        { placeName: "Donetska", sourceNames: new Map([[4, "OHCHR"]]) },
      ),
    );
    expect(lines.get("Place")).toBe("Donetska (UA14) and every place within it");
    expect(lines.get("Sources")).toBe("OHCHR");
    expect(lines.get("Minimum source grade")).toBe("B or better");
    expect(new Map(describeQuery(ALL_FIGURES)).get("Place")).toBe("Everywhere");
  });

  it("says the filters in Ukrainian with the Ukrainian words", () => {
    const lines = new Map(
      describeQuery(
        {
          ...ALL_FIGURES,
          place: "UA14",
          domain: "casualties",
          sources: [4, 9],
          grade: "B",
          cred: 2,
          from: "2022-02-24",
          ver: ["verified"],
        },
        { placeName: "Донецька", sourceNames: new Map([[4, "OHCHR"]]) },
        exportWordsFor("uk"),
      ),
    );
    expect([...lines]).toEqual([
      ["Місце", "Донецька (UA14), включно з усіма місцями в межах цієї території"],
      ["Розділ", "Жертви"],
      ["Показники", "Усі публічні показники"],
      ["Станом на", "з 2022-02-24 по сьогодні"],
      ["Джерела", "OHCHR; джерело 9"],
      ["Мінімальна оцінка надійності джерела", "B або вища"],
      ["Мінімальна достовірність", "2 або вища"],
      ["Перевірка", "Перевірено"],
    ]);
  });

  it("adds lang to a download link from another language's page, never for English", () => {
    const query = { ...ALL_FIGURES, place: "UA14" };
    expect(exportHref(query, "xlsx", "uk")).toBe("/download/figures.xlsx?place=UA14&lang=uk");
    expect(exportHref(query, "xlsx", "en")).toBe("/download/figures.xlsx?place=UA14");
    expect(exportHref(query, "csv")).toBe("/download/figures.csv?place=UA14");
    expect(exportHref(ALL_FIGURES, "json", "uk")).toBe("/download/figures.json?lang=uk");
  });

  it("keeps the read me's English column meanings those of FIGURE_COLUMNS (the README's table), and every one translated", () => {
    expect(enExports.columns).toEqual(Object.fromEntries(FIGURE_COLUMNS.map((c) => [c.name, c.description])));
    const uk = exportWordsFor("uk");
    for (const c of FIGURE_COLUMNS) expect(uk.t(`columns.${c.name}`)).not.toBe(c.description);
  });
});

describe("a figure in each format", () => {
  it("CSV: header and hashtag row, then the record with formula-like text neutralised", () => {
    const [header, hashtags] = csvHead("#affected+killed").split("\r\n");
    expect(header).toBe(FIGURE_COLUMNS.map((c) => c.name).join(","));
    expect(hashtags).toContain(",#affected+killed+min,#affected+killed,#affected+killed+max,");
  });

  it("JSON: keys are the column names, values typed", () => {
    const json = figureJson(figure, "https://ledger.example/");
    expect(Object.keys(json)).toEqual(FIGURE_COLUMNS.map((c) => c.name));
    expect(json).toMatchObject({
      figure_id: 7,
      best: 120,
      high: null,
      no_information: false,
      notes: "=1+1",
      figure_url: "https://ledger.example/figures/7",
    });
  });

  it("XLSX: dates and timestamps as dates (UTC), numbers as numbers, text neutralised", () => {
    const row = figureXlsxRow(figure, "https://ledger.example");
    const cell = (name: string) => row[FIGURE_COLUMNS.findIndex((c) => c.name === name)];
    expect(cell("as_of")).toEqual(new Date("2023-05-20T00:00:00Z"));
    expect(cell("published_at")).toEqual(new Date("2023-05-22T08:30:00Z"));
    expect(cell("source_published")).toEqual(new Date("2023-05-21T00:00:00Z"));
    expect(cell("period_start")).toBeNull();
    expect(cell("best")).toBe(120);
    expect(cell("no_information")).toBe(false);
    expect(cell("notes")).toBe("'=1+1");
    expect(cell("source")).toBe("'-the source");
  });
});

describe("the README", () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, "..", "..", "README.md"), "utf8");

  it("holds the column and hashtag table as FIGURE_COLUMNS makes it", () => {
    const between = readme.match(/<!-- figure-columns:start[^>]*-->\n([\s\S]*?)\n<!-- figure-columns:end -->/)?.[1];
    expect(between, "README.md: the table between <!-- figure-columns:start --> and <!-- figure-columns:end -->").toBe(
      columnTableMarkdown(),
    );
  });

  it("lists the per-chart downloads' columns", () => {
    expect(readme).toContain(CLAIM_CSV_COLUMNS.map((c) => `\`${c.name}\``).join(", "));
  });
});
