import { describe, expect, it } from "vitest";
import { CLAIM_CSV_COLUMNS, CLAIM_CSV_HEADER, claimsToCsv, encodeCsvCell, toCsv, type CsvClaim } from "./csv";
import { FIGURE_COLUMNS, isHxlHashtag } from "./figure-columns";

describe("encodeCsvCell", () => {
  it("leaves plain text and numbers alone", () => {
    expect(encodeCsvCell("Bakhmut")).toBe("Bakhmut");
    expect(encodeCsvCell(12000)).toBe("12000");
    expect(encodeCsvCell(0)).toBe("0");
  });

  it("writes empty cells for null, undefined and non-finite numbers", () => {
    expect(encodeCsvCell(null)).toBe("");
    expect(encodeCsvCell(undefined)).toBe("");
    expect(encodeCsvCell(Number.NaN)).toBe("");
  });

  it("quotes fields with commas, quotes and line breaks, doubling inner quotes", () => {
    expect(encodeCsvCell("Wagner Group (Yevgeny Prigozhin), claim")).toBe('"Wagner Group (Yevgeny Prigozhin), claim"');
    expect(encodeCsvCell('Russian-installed "DPR" authorities')).toBe('"Russian-installed ""DPR"" authorities"');
    expect(encodeCsvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(encodeCsvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    expect(encodeCsvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(encodeCsvCell("+1")).toBe("'+1");
    expect(encodeCsvCell("-1+2")).toBe("'-1+2");
    expect(encodeCsvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(encodeCsvCell("\tcmd")).toBe("'\tcmd");
    // Only at the start, and never for real numbers.
    expect(encodeCsvCell("a=b")).toBe("a=b");
    expect(encodeCsvCell(-5)).toBe("-5");
  });
});

describe("toCsv", () => {
  it("writes a header and rows, each record ending in CRLF", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x", 1],
          [null, "y,z"],
        ],
      ),
    ).toBe('a,b\r\nx,1\r\n,"y,z"\r\n');
  });

  it("writes only the header when there are no rows", () => {
    expect(toCsv(["a"], [])).toBe("a\r\n");
  });
});

describe("claimsToCsv", () => {
  it("writes one row per claim with numbers as numbers and 'no information' as empty numbers", () => {
    const claim: CsvClaim = {
      figureId: 7,
      sourceId: 3,
      sourceName: 'Russian-installed "DPR" authorities',
      reliability: "E",
      credibility: 5,
      verification: "reported",
      qualifier: "approximately",
      noInformation: false,
      periodStart: null,
      asOf: "2023-05-20",
      low: 1000,
      best: 1200,
      high: 1500,
      sourceUrl: "https://example.org/a,b",
      pcode: "UA14",
      placeName: "Donetska",
      placeNameUk: "Донецька",
    };
    const csv = claimsToCsv(
      { slug: "civilians-killed", hxlTag: "#affected+killed" },
      [claim, { ...claim, figureId: 8, noInformation: true, low: null, best: null, high: null, sourceUrl: null }],
      "https://ledger.example",
    );
    const lines = csv.split("\r\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(CLAIM_CSV_HEADER.join(","));
    expect(lines[2]).toBe(
      '7,civilians-killed,#affected+killed,UA14,Donetska,Донецька,,,,,,,3,"Russian-installed ""DPR"" authorities",E,5,reported,,2023-05-20,approximately,false,1000,1200,1500,"https://example.org/a,b",https://ledger.example/figures/7',
    );
    expect(lines[3]).toContain(",true,,,,,https://ledger.example/figures/8");
    expect(lines[4]).toBe("");
  });

  it("puts an HXL hashtag row under the header: a valid hashtag for every column, the indicator's own on the values", () => {
    const [header, hashtags] = claimsToCsv({ slug: "civilians-killed", hxlTag: "#affected+killed" }, [], "https://ledger.example")
      .split("\r\n")
      .map((line) => line.split(","));
    expect(hashtags).toHaveLength(header!.length);
    for (const tag of hashtags!) expect(isHxlHashtag(tag), tag).toBe(true);
    const tagOf = (name: string) => hashtags![header!.indexOf(name)];
    expect([tagOf("low"), tagOf("best"), tagOf("high")]).toEqual(["#affected+killed+min", "#affected+killed", "#affected+killed+max"]);
    expect(tagOf("as_of")).toBe("#date+reported");
    expect(tagOf("source")).toBe("#org+name");
  });

  it("names its columns as the exchange format does wherever a column means the same", () => {
    const own = CLAIM_CSV_COLUMNS.filter((c) => !FIGURE_COLUMNS.includes(c)).map((c) => c.name);
    expect(own).toEqual(["part_of_pcode", "part_of_name", "part_of_name_uk"]);
    expect(new Set(CLAIM_CSV_COLUMNS.map((c) => c.hxl)).size).toBe(CLAIM_CSV_COLUMNS.length);
  });
});
