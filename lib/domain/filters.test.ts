import { describe, expect, it } from "vitest";
import { VERIFICATION_STATUSES } from "./enums";
import {
  DEFAULT_FILTERS,
  DEFAULT_PLACE,
  allowedCredibilities,
  allowedReliabilities,
  claimPassesFilters,
  filterQuery,
  parseFilters,
  readFilters,
  withKnownPlace,
} from "./filters";

describe("parseFilters", () => {
  it("gives the defaults for no parameters", () => {
    expect(parseFilters({})).toEqual(DEFAULT_FILTERS);
    expect(parseFilters(undefined)).toEqual(DEFAULT_FILTERS);
  });

  it("reads every filter", () => {
    expect(
      parseFilters({
        place: "ua1402001x01",
        from: "2022-08-01",
        to: "2023-06-30",
        source: ["7", "3", "7"],
        grade: "c",
        cred: "3",
        ver: ["verified", "corroborated"],
        at: "2023-05-20",
      }),
    ).toEqual({
      place: "UA1402001X01",
      from: "2022-08-01",
      to: "2023-06-30",
      sources: [3, 7],
      grade: "C",
      cred: 3,
      ver: ["corroborated", "verified"],
      at: "2023-05-20",
    });
  });

  it("reads URLSearchParams the same way", () => {
    const params = new URLSearchParams("place=UA1402&source=4&source=9&ver=disputed");
    expect(parseFilters(params)).toMatchObject({ place: "UA1402", sources: [4, 9], ver: ["disputed"] });
  });

  it("falls back to the default for each invalid value, keeping the valid ones", () => {
    expect(
      parseFilters({
        place: "'; DROP TABLE figure; --",
        from: "2023-02-30",
        to: "yesterday",
        source: ["abc", "12", "-1", "1e3"],
        grade: "Z",
        cred: "9",
        ver: ["rumoured", "verified"],
        at: ["not-a-date", "2023-01-01"],
      }),
    ).toEqual({ ...DEFAULT_FILTERS, sources: [12], ver: ["verified"] });
  });

  it("drops dates PostgreSQL cannot store or that are not plausible (before 1900, after 2100)", () => {
    expect(parseFilters({ from: "0000-01-01", to: "10000-01-01", at: "2101-01-01" })).toEqual(DEFAULT_FILTERS);
    expect(parseFilters({ from: "1900-01-01", to: "2100-12-31" })).toMatchObject({ from: "1900-01-01", to: "2100-12-31" });
  });

  it("never throws and always gives filters a query can use, whatever the parameters", () => {
    const weird: unknown[] = ["\u0000", "a\u0000b", "x".repeat(10_000), ["1", ["2"]], { a: 1 }, 12, null, "\uD800", "1e309", "99999999999"];
    for (const value of weird) {
      const filters = parseFilters({
        place: value,
        from: value,
        to: value,
        at: value,
        source: value,
        grade: value,
        cred: value,
        ver: value,
      } as never);
      expect(filters.place).toMatch(/^[A-Z]{2}[A-Z0-9]{0,18}$/);
      for (const id of filters.sources) expect(id).toBeLessThanOrEqual(2_147_483_647);
    }
  });

  it("reads a reversed date range as the range meant, and takes the first of repeated single values", () => {
    expect(parseFilters({ from: "2023-06-01", to: "2023-01-01", grade: ["B", "A"] })).toMatchObject({
      from: "2023-01-01",
      to: "2023-06-01",
      grade: "B",
    });
  });

  it("treats no valid verification status as no restriction", () => {
    expect(parseFilters({ ver: "nonsense" }).ver).toEqual([...VERIFICATION_STATUSES]);
  });
});

describe("filterQuery", () => {
  it("is empty at the defaults and round-trips through parseFilters", () => {
    expect(filterQuery(DEFAULT_FILTERS)).toBe("");
    const filters = parseFilters({ place: "UA1402", source: ["3", "5"], grade: "B", cred: "2", ver: "verified", from: "2023-01-01" });
    const query = filterQuery(filters);
    expect(query).toBe("?place=UA1402&from=2023-01-01&source=3&source=5&grade=B&cred=2&ver=verified");
    expect(parseFilters(new URLSearchParams(query.slice(1)))).toEqual(filters);
  });

  it("can keep only some filters", () => {
    const filters = parseFilters({ place: "UA1402", grade: "B", at: "2023-05-01" });
    expect(filterQuery(filters, ["place"])).toBe("?place=UA1402");
  });
});

describe("grade filters", () => {
  it("lets through the minimum and better, with F and 6 counted as the lowest", () => {
    expect(allowedReliabilities("C")).toEqual(["A", "B", "C"]);
    expect(allowedReliabilities("E")).toEqual(["A", "B", "C", "D", "E"]);
    expect(allowedReliabilities("F")).toEqual(["A", "B", "C", "D", "E", "F"]);
    expect(allowedCredibilities(2)).toEqual([1, 2]);
    expect(allowedCredibilities(6)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("combines every filter: a claim must pass all of them", () => {
    const claim = { sourceId: 3, reliability: "B" as const, credibility: 2, verification: "corroborated" as const, asOf: "2023-05-20" };
    const filters = parseFilters({ source: ["3"], grade: "B", cred: "2", ver: "corroborated", from: "2023-05-20", to: "2023-05-20" });
    expect(claimPassesFilters(claim, filters)).toBe(true);
    expect(claimPassesFilters({ ...claim, sourceId: 4 }, filters)).toBe(false);
    expect(claimPassesFilters({ ...claim, reliability: "C" }, filters)).toBe(false);
    expect(claimPassesFilters({ ...claim, credibility: 3 }, filters)).toBe(false);
    expect(claimPassesFilters({ ...claim, verification: "reported" }, filters)).toBe(false);
    expect(claimPassesFilters({ ...claim, asOf: "2023-05-21" }, filters)).toBe(false);
    expect(claimPassesFilters({ ...claim, asOf: "2023-05-19" }, filters)).toBe(false);
    expect(claimPassesFilters({ ...claim, reliability: "F" }, DEFAULT_FILTERS)).toBe(true);
  });
});

describe("readFilters: what was not understood", () => {
  it("names each dropped parameter and keeps the fallback", () => {
    const { filters, notUnderstood } = readFilters({
      place: "bad place!",
      grade: "Z",
      cred: "9",
      from: "2023-13-01",
      source: ["3", "x"],
      ver: "maybe",
    });
    expect(filters).toMatchObject({ place: DEFAULT_PLACE, grade: "F", cred: 6, from: null, sources: [3] });
    expect(notUnderstood).toEqual([
      { param: "place", kind: "invalid", value: "bad place!" },
      { param: "from", kind: "invalid", value: "2023-13-01" },
      { param: "grade", kind: "invalid", value: "Z" },
      { param: "cred", kind: "invalid", value: "9" },
      { param: "source", kind: "invalid", value: "x" },
      { param: "ver", kind: "invalid", value: "maybe" },
    ]);
  });

  it("quotes at most 40 characters of a value", () => {
    expect(readFilters({ grade: "Z".repeat(500) }).notUnderstood).toEqual([
      { param: "grade", kind: "invalid", value: `${"Z".repeat(40)}…` },
    ]);
  });

  it("reports a reversed range, which is read the other way round", () => {
    const { filters, notUnderstood } = readFilters(new URLSearchParams("from=2023-05-01&to=2023-01-01"));
    expect(filters).toMatchObject({ from: "2023-01-01", to: "2023-05-01" });
    expect(notUnderstood).toEqual([{ param: "from", kind: "reversed_dates", value: "2023-05-01", to: "2023-01-01" }]);
  });

  it("reports nothing for valid or empty values (an empty form field is not given)", () => {
    expect(readFilters({ place: "ua1402", grade: "c", from: "", to: "", source: "", cred: "2", ver: "verified" }).notUnderstood).toEqual(
      [],
    );
    expect(readFilters(undefined).notUnderstood).toEqual([]);
  });

  it("withKnownPlace falls back from an unknown P-code and says so, once", () => {
    const read = readFilters({ place: "XX99", grade: "Z" });
    expect(read.notUnderstood).toEqual([{ param: "grade", kind: "invalid", value: "Z" }]);
    const known = withKnownPlace(read, false);
    expect(known.filters.place).toBe(DEFAULT_PLACE);
    expect(known.notUnderstood).toEqual([
      { param: "place", kind: "unknown_place", value: "XX99" },
      { param: "grade", kind: "invalid", value: "Z" },
    ]);
    expect(withKnownPlace(read, true)).toBe(read);
    expect(withKnownPlace(readFilters({ place: "??" }), false).notUnderstood).toEqual([{ param: "place", kind: "invalid", value: "??" }]);
  });
});
