import { describe, expect, it } from "vitest";
import { idSchema, MAX_RECORD_ID, parseExistingRef, parseRecordId, parseRecordRef, versionSchema } from "./record-ref";

const form = (entries: Array<[string, string]>) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("ids and versions", () => {
  it("accept plain digits and whole numbers from 1 to 2^31-1", () => {
    for (const schema of [idSchema, versionSchema]) {
      expect(schema.parse("1")).toBe(1);
      expect(schema.parse(" 42 ")).toBe(42);
      expect(schema.parse(7)).toBe(7);
      expect(schema.parse(String(MAX_RECORD_ID))).toBe(2_147_483_647);
    }
  });

  it("refuse everything else instead of rounding, clamping or coercing it", () => {
    const bad: unknown[] = [
      "2147483648",
      "99999999999",
      "Infinity",
      "-Infinity",
      "NaN",
      "abc",
      "1.5",
      "1.0",
      "1e3",
      "0x10",
      "+1",
      "-1",
      "0",
      "",
      " ",
      "1 2",
      "１２",
      "\u00001",
      2_147_483_648,
      1.5,
      0,
      -3,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      null,
      undefined,
      true,
      ["1"],
      { id: 1 },
    ];
    for (const value of bad) {
      expect(idSchema.safeParse(value).success, `id ${JSON.stringify(value)}`).toBe(false);
      expect(versionSchema.safeParse(value).success, `version ${JSON.stringify(value)}`).toBe(false);
    }
  });

  it("parseRecordId reads a path segment or gives null", () => {
    expect(parseRecordId("12")).toBe(12);
    for (const raw of ["2147483648", "abc", "1.5", "", "-1", "%00"]) expect(parseRecordId(raw), raw).toBeNull();
  });
});

describe("create or update", () => {
  it("no id (absent or empty) means create", () => {
    expect(parseRecordRef(form([]))).toEqual({ ok: true, ref: { mode: "create" } });
    expect(
      parseRecordRef(
        form([
          ["id", ""],
          ["version", ""],
        ]),
      ),
    ).toEqual({ ok: true, ref: { mode: "create" } });
    expect(parseRecordRef({ id: undefined })).toEqual({ ok: true, ref: { mode: "create" } });
  });

  it("an id that does not parse is refused, never taken as create", () => {
    for (const id of ["abc", "2147483648", "Infinity", "99999999999", "1.5", "0", "-5"]) {
      expect(
        parseRecordRef(
          form([
            ["id", id],
            ["version", "1"],
          ]),
        ),
        id,
      ).toEqual({ ok: false, field: "id", code: "id_invalid" });
    }
    // Two ids: which did the person mean? Refused rather than guessed.
    expect(
      parseRecordRef(
        form([
          ["id", "1"],
          ["id", "2"],
          ["version", "1"],
        ]),
      ),
    ).toMatchObject({ ok: false, field: "id" });
  });

  it("an update needs a valid version", () => {
    expect(
      parseRecordRef(
        form([
          ["id", "3"],
          ["version", "2"],
        ]),
      ),
    ).toEqual({ ok: true, ref: { mode: "update", id: 3, version: 2 } });
    expect(parseRecordRef(form([["id", "3"]]))).toEqual({ ok: false, field: "version", code: "version_missing" });
    expect(
      parseRecordRef(
        form([
          ["id", "3"],
          ["version", "1.5"],
        ]),
      ),
    ).toEqual({ ok: false, field: "version", code: "version_invalid" });
    expect(parseRecordRef({ id: 3, version: 2_147_483_648 })).toEqual({ ok: false, field: "version", code: "version_invalid" });
  });

  it("parseExistingRef wants a record, not a create", () => {
    expect(
      parseExistingRef(
        form([
          ["id", "3"],
          ["version", "2"],
        ]),
      ),
    ).toEqual({ ok: true, id: 3, version: 2 });
    expect(parseExistingRef(form([]))).toMatchObject({ ok: false, field: "id" });
  });
});
