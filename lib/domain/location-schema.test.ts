import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locationInputSchema, parseBoundaryCsv, pcodeFitsParent } from "./location-schema";

describe("P-codes", () => {
  it("a child's P-code extends its parent's", () => {
    expect(pcodeFitsParent("UA1402", "UA14")).toBe(true);
    expect(pcodeFitsParent("UA14", null)).toBe(true);
    expect(pcodeFitsParent("UA1502", "UA14")).toBe(false);
    expect(pcodeFitsParent("UA14", "UA14")).toBe(false);
  });

  it("the location schema upper-cases the P-code and wants both coordinates or neither", () => {
    expect(locationInputSchema().parse({ pcode: "ua1402", nameEn: "Bakhmutskyi", nameUk: "Бахмутський", adminLevel: "2", parentId: "2" })).toMatchObject({ pcode: "UA1402", parentId: 2, latitude: null });
    expect(locationInputSchema().safeParse({ pcode: "U-1", nameEn: "", nameUk: "x", adminLevel: "7" }).success).toBe(false);
    expect(locationInputSchema().safeParse({ pcode: "UA14", nameEn: "x", nameUk: "x", adminLevel: "1", latitude: "48.5" }).success).toBe(false);
  });
});

describe("admin-boundary CSV", () => {
  it("reads the shipped Donetsk table into one row per place, parents first", () => {
    const csv = readFileSync(path.resolve(import.meta.dirname, "../../prisma/seed/data/donetsk-admin2.csv"), "utf8");
    const { rows, errors } = parseBoundaryCsv(csv);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.pcode)).toEqual(["UA", "UA14", "UA1402", "UA1404", "UA1406", "UA1408", "UA1410", "UA1412", "UA1414", "UA1416"]);
    expect(rows[2]).toMatchObject({ nameEn: "Bakhmutskyi", nameUk: "Бахмутський", adminLevel: 2, parentPcode: "UA14" });
  });

  it("reports each bad row by line", () => {
    const csv = [
      "admin0Pcode,admin0Name_en,admin0Name_uk,admin1Pcode,admin1Name_en,admin1Name_uk",
      "UA,Ukraine,Україна,UA14,Donetska,Донецька",
      "UA,Ukraine,Україна,RU61,Rostov,Ростовська",
      "UA,Ukraine,Україна,UA23,Zaporizka,",
      "UA,Ukraine,Україна,UA14,Donetsk oblast,Донецька",
    ].join("\n");
    const { errors } = parseBoundaryCsv(csv);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(parseBoundaryCsv("name,value\nx,1").errors[0]?.message).toMatch(/No admin P-code columns/);
  });
});
