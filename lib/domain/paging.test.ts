import { describe, expect, it } from "vitest";
import { MAX_PAGE, pageHref, pageWindow, parsePage } from "./paging";

describe("parsePage", () => {
  it("reads a page number written as plain digits", () => {
    expect(parsePage("1")).toBe(1);
    expect(parsePage("2")).toBe(2);
    expect(parsePage(" 37 ")).toBe(37);
    expect(parsePage(["3", "9"])).toBe(3);
    expect(parsePage(String(MAX_PAGE))).toBe(MAX_PAGE);
  });

  it("falls back to page 1 for anything else, never throwing", () => {
    for (const bad of [
      undefined,
      null,
      "",
      " ",
      "0",
      "-1",
      "1.5",
      "1e3",
      "0x10",
      "Infinity",
      "NaN",
      "abc",
      "2 3",
      String(MAX_PAGE + 1),
      "99999999999999999999",
      [],
      {},
      5,
      true,
    ]) {
      expect(parsePage(bad), JSON.stringify(bad)).toBe(1);
    }
  });
});

describe("pageWindow", () => {
  it("gives the rows of a page and their 1-based positions", () => {
    expect(pageWindow(2, 50, 12_345)).toEqual({ page: 2, pageSize: 50, total: 12_345, pages: 247, offset: 50, from: 51, to: 100 });
    expect(pageWindow(1, 50, 12_345)).toMatchObject({ offset: 0, from: 1, to: 50 });
  });

  it("ends the last page at the last row", () => {
    expect(pageWindow(247, 50, 12_345)).toMatchObject({ page: 247, offset: 12_300, from: 12_301, to: 12_345 });
    expect(pageWindow(2, 50, 100)).toMatchObject({ page: 2, pages: 2, from: 51, to: 100 });
  });

  it("shows the last page for a page past the end", () => {
    expect(pageWindow(248, 50, 12_345)).toMatchObject({ page: 247, from: 12_301, to: 12_345 });
    expect(pageWindow(MAX_PAGE, 50, 3)).toMatchObject({ page: 1, pages: 1, offset: 0, from: 1, to: 3 });
  });

  it("has one empty page for an empty list", () => {
    expect(pageWindow(5, 50, 0)).toEqual({ page: 1, pageSize: 50, total: 0, pages: 1, offset: 0, from: 0, to: 0 });
  });

  it("refuses a page size that is not a positive integer", () => {
    expect(() => pageWindow(1, 0, 10)).toThrow(RangeError);
    expect(() => pageWindow(1, 2.5, 10)).toThrow(RangeError);
  });
});

describe("pageHref", () => {
  it("keeps the other parameters and drops page=1", () => {
    const params = new URLSearchParams("place=UA1402&source=3&source=5&page=4");
    expect(pageHref("/timeline", params, 5)).toBe("/timeline?place=UA1402&source=3&source=5&page=5");
    expect(pageHref("/timeline", params, 1)).toBe("/timeline?place=UA1402&source=3&source=5");
    expect(pageHref("/sources/7", new URLSearchParams(), 1)).toBe("/sources/7");
    expect(pageHref("/sources/7", new URLSearchParams(), 2)).toBe("/sources/7?page=2");
  });
});
