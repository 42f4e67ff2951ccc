import { describe, expect, it } from "vitest";
import { publishedFigure } from "@/test/fixtures/published-figure";
import { FIGURE_COLUMNS, figureCells, figureUrl, hxlKey, hxlRow, isHxlHashtag } from "./figure-columns";

const figure = publishedFigure();

describe("the figure columns", () => {
  it("have unique names and valid HXL 1.1 hashtags", () => {
    const names = FIGURE_COLUMNS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of FIGURE_COLUMNS) expect(isHxlHashtag(c.hxl), `${c.name}: ${c.hxl}`).toBe(true);
    // Two columns with one hashtag would be indistinguishable to an HXL tool and to the import.
    const keys = FIGURE_COLUMNS.map((c) => hxlKey(c.hxl));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("give the values the indicator's own hashtag when a file holds one indicator", () => {
    const row = hxlRow(FIGURE_COLUMNS, "#affected+killed");
    const at = (name: string) => row[FIGURE_COLUMNS.findIndex((c) => c.name === name)];
    expect([at("low"), at("best"), at("high")]).toEqual(["#affected+killed+min", "#affected+killed", "#affected+killed+max"]);
    expect(at("place_pcode")).toBe("#loc+code");
    expect(hxlRow(FIGURE_COLUMNS)).toEqual(FIGURE_COLUMNS.map((c) => c.hxl));
    // An invalid indicator hashtag never reaches the file.
    expect(hxlRow(FIGURE_COLUMNS, "not a tag")).toEqual(FIGURE_COLUMNS.map((c) => c.hxl));
    for (const tag of row) expect(isHxlHashtag(tag)).toBe(true);
  });

  it("match hashtags whatever the attribute order or spacing", () => {
    expect(hxlKey("#adm1 +code")).toBe(hxlKey("#adm1+code"));
    expect(hxlKey("#affected+killed+min")).toBe(hxlKey("#affected +min +killed"));
    expect(hxlKey("#Adm1+code")).toBeNull();
    expect(hxlKey("adm1+code")).toBeNull();
  });

  it("write a figure as one row in column order, with the place's P-code at each level", () => {
    const cells = figureCells(figure, "https://ledger.example.org/");
    expect(cells).toHaveLength(FIGURE_COLUMNS.length);
    const at = (name: string) => cells[FIGURE_COLUMNS.findIndex((c) => c.name === name)];
    expect(at("adm0_pcode")).toBe("UA");
    expect(at("adm2_pcode")).toBe("UA1402");
    expect(at("adm3_pcode")).toBeNull();
    expect(at("best")).toBe(120);
    expect(at("reliability")).toBe("B");
    expect(at("reliability_now")).toBe("A");
    expect(at("figure_url")).toBe("https://ledger.example.org/figures/7");
    // Both languages: the place's and the indicator's names (issue 14).
    expect([at("place_name"), at("place_name_uk")]).toEqual(["Bakhmutskyi", "Бахмутський"]);
    expect([at("indicator_name"), at("indicator_name_uk")]).toEqual(["Civilians killed", "Загиблі серед цивільного населення"]);
    expect(figureUrl("http://x", 1)).toBe("http://x/figures/1");
  });

  it("name an import field for every column a person types, and none for derived ones", () => {
    const importable = FIGURE_COLUMNS.filter((c) => c.imports).map((c) => c.name);
    expect(importable).toEqual(expect.arrayContaining(["indicator", "place_pcode", "source", "as_of", "low", "best", "high"]));
    expect(importable).not.toContain("figure_url");
    expect(importable).not.toContain("reliability");
    // The indicator is named by its code; its names (either language) are derived, ignored on import.
    expect(importable).not.toContain("indicator_name_uk");
  });
});
