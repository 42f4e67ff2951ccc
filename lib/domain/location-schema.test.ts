import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { boundaryImportErrors, locationInputSchema, parseBoundaryCsv, pcodeFitsParent } from "./location-schema";
import { messages } from "./messages";

describe("P-codes", () => {
  it("a child's P-code extends its parent's", () => {
    expect(pcodeFitsParent("UA1402", "UA14")).toBe(true);
    expect(pcodeFitsParent("UA14", null)).toBe(true);
    expect(pcodeFitsParent("UA1502", "UA14")).toBe(false);
    expect(pcodeFitsParent("UA14", "UA14")).toBe(false);
  });

  it("the location schema upper-cases the P-code and wants both coordinates or neither", () => {
    expect(
      locationInputSchema().parse({ pcode: "ua1402", nameEn: "Bakhmutskyi", nameUk: "Бахмутський", adminLevel: "2", parentId: "2" }),
    ).toMatchObject({ pcode: "UA1402", parentId: 2, latitude: null });
    expect(locationInputSchema().safeParse({ pcode: "U-1", nameEn: "", nameUk: "x", adminLevel: "7" }).success).toBe(false);
    expect(locationInputSchema().safeParse({ pcode: "UA14", nameEn: "x", nameUk: "x", adminLevel: "1", latitude: "48.5" }).success).toBe(
      false,
    );
  });

  it("refuses ids out of range, blank levels and text the columns cannot hold", () => {
    const ok = { pcode: "UA14", nameEn: "Donetska", nameUk: "Донецька", adminLevel: "1", parentId: "1" };
    expect(locationInputSchema().safeParse(ok).success).toBe(true);
    const fieldsOf = (input: Record<string, string>) =>
      Object.keys(locationInputSchema().safeParse(input).error?.flatten().fieldErrors ?? {});
    expect(fieldsOf({ ...ok, parentId: "2147483648" })).toEqual(["parentId"]);
    expect(fieldsOf({ ...ok, parentId: "abc" })).toEqual(["parentId"]);
    expect(fieldsOf({ ...ok, adminLevel: "" })).toEqual(["adminLevel"]);
    expect(fieldsOf({ ...ok, adminLevel: "1.5" })).toEqual(["adminLevel"]);
    expect(fieldsOf({ ...ok, pcode: `UA${"1".repeat(19)}` })).toEqual(["pcode"]);
    expect(fieldsOf({ ...ok, nameEn: "x".repeat(201), nameUk: "a\u0000b" })).toEqual(["nameEn", "nameUk"]);
  });
});

describe("admin-boundary CSV", () => {
  it("reads the shipped Donetsk table into one row per place, parents first", () => {
    const csv = readFileSync(path.resolve(import.meta.dirname, "../../prisma/seed/data/donetsk-admin2.csv"), "utf8");
    const { rows, errors } = parseBoundaryCsv(csv);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.pcode)).toEqual([
      "UA",
      "UA14",
      "UA1402",
      "UA1404",
      "UA1406",
      "UA1408",
      "UA1410",
      "UA1412",
      "UA1414",
      "UA1416",
    ]);
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

  it("reads the COD layout (ADM1_PCODE, ADM1_EN, ADM1_UA ...), one line per lowest unit, parents implied, other columns ignored", () => {
    const csv = [
      "Shape_Leng,ADM2_EN,ADM2_UA,ADM2_PCODE,ADM2_REF,ADM1_EN,ADM1_UA,ADM1_PCODE,ADM0_EN,ADM0_UA,ADM0_PCODE,date,validOn",
      "12.5,Bakhmutskyi,Бахмутський,UA1402,,Donetska,Донецька,UA14,Ukraine,Україна,UA,2022-01-01,2024-01-01",
      "9.1,Volnovaskyi,Волноваський,UA1404,,Donetska,Донецька,UA14,Ukraine,Україна,UA,2022-01-01,2024-01-01",
    ].join("\r\n");
    const { rows, errors } = parseBoundaryCsv(csv);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.pcode, r.adminLevel, r.parentPcode])).toEqual([
      ["UA", 0, null],
      ["UA14", 1, "UA"],
      ["UA1402", 2, "UA14"],
      ["UA1404", 2, "UA14"],
    ]);
    expect(rows[2]).toMatchObject({ nameEn: "Bakhmutskyi", nameUk: "Бахмутський", line: 2 });
  });

  it("says in words what is wrong with a broken line, and checks every other line", () => {
    const csv = [
      "ADM0_PCODE,ADM0_EN,ADM0_UA,ADM1_PCODE,ADM1_EN,ADM1_UA",
      "UA,Ukraine,Україна,UA14,Donetska,Донецька",
      "UA,Ukraine,Україна,UA23,Zaporizka",
      "UA,Ukraine,Україна,UA63,Kharkivska,Харківська",
      "UA,Ukraine,Україна,UA12,Dnipropetrovska,Дніпропетровська,extra",
      "UA,Ukraine,Україна,,Luhanska,Луганська",
      "UA,Ukraine,Україна,BAD-CODE,Khersonska,Херсонська",
    ].join("\n");
    const { rows, errors } = parseBoundaryCsv(csv);
    expect(errors.map((e) => e.line)).toEqual([3, 5, 6, 7]);
    expect(errors[0]!.message).toMatch(/This line has 5 values where the first line names 6 columns/);
    expect(errors[1]!.message).toMatch(/has 7 values/);
    expect(errors[2]!.message).toBe("The place “Luhanska” (ADM1_PCODE) has a name but no P-code.");
    expect(errors.every((e) => !/Invalid Record Length|Line 0/i.test(e.message))).toBe(true);
    expect(rows.map((r) => r.pcode)).toEqual(["UA", "UA14", "UA63"]);
  });

  it("an unclosed quote is reported on its line and the lines after it are still read", () => {
    const csv = ["admin0Pcode,admin0Name_en,admin0Name_uk", 'UA,"Ukraine,Україна', "MD,Moldova,Молдова"].join("\n");
    const { rows, errors } = parseBoundaryCsv(csv);
    expect(errors).toEqual([{ line: 2, message: 'This line cannot be read as CSV: a quote (") opens a value that is never closed.' }]);
    expect(rows.map((r) => r.pcode)).toEqual(["MD"]);
  });

  const header = (levels: number) => Array.from({ length: levels }, (_, l) => `admin${l}Pcode,admin${l}Name_en,admin${l}Name_uk`).join(",");
  const HEADER = header(5);

  it("refuses a line that jumps admin levels, as the form does (one level below the parent)", () => {
    const jump = `${HEADER}\nUA,Ukraine,Україна,,,,,,,,,,UA14020010001,Bakhmut,Бахмут\n`;
    const { rows, errors } = parseBoundaryCsv(jump);
    expect(errors).toEqual([{ line: 2, message: expect.stringMatching(/UA14020010001 is at admin level 4/) }]);
    expect(rows.map((r) => r.pcode)).toEqual(["UA"]);
    // A line that starts below admin0 has no parent: the form would refuse such a place too.
    expect(parseBoundaryCsv(`${header(2)}\n,,,UA14,Donetska,Донецька\n`).errors[0]?.message).toMatch(/UA14 is at admin level 1/);
  });

  it("checks P-codes and names against the same limits as the form (the database's column sizes)", () => {
    const line = (pcode: string, nameEn: string, nameUk = "Донецька") => `${header(2)}\nUA,Ukraine,Україна,${pcode},${nameEn},${nameUk}\n`;
    expect(parseBoundaryCsv(line("UA14", "Donetska")).errors).toEqual([]);
    expect(parseBoundaryCsv(line(`UA${"1".repeat(19)}`, "Donetska")).errors[0]?.message).toMatch(/P-code .* is not valid/);
    expect(parseBoundaryCsv(line("UA14", "x".repeat(201))).errors[0]?.message).toMatch(/200 characters or fewer/);
    expect(parseBoundaryCsv(line("UA14", "Done\u0000tska")).errors[0]?.message).toMatch(/NUL/);
    expect(parseBoundaryCsv(line("UA14", "  ")).errors[0]?.message).toMatch(/needs both an English and a Ukrainian name/);
  });
});

describe("import errors in words", () => {
  it("words the database's placement codes and lists them with the parse errors in line order", () => {
    const errors = boundaryImportErrors(
      [{ line: 4, message: "bad line" }],
      [
        { line: 7, code: "parent_unknown", pcode: "UA1402", parentPcode: "UA99" },
        { line: 2, code: "parent_differs", pcode: "UA14", parentInDatabase: "UA", parentInFile: null },
      ],
    );
    expect(errors).toEqual([
      { line: 2, message: messages.errors.csvParentDiffers("UA14", "UA", "—") },
      { line: 4, message: "bad line" },
      { line: 7, message: messages.errors.csvParentUnknown("UA1402", "UA99") },
    ]);
  });
});
