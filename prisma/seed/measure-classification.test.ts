// The migration that added indicator.measure classified the existing demo indicators by slug;
// a database seeded afresh gets the kinds from the seed data. Both must say the same.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { indicators } from "./data/indicators";

const sql = readFileSync(new URL("../migrations/20261201210000_indicator_measure/migration.sql", import.meta.url), "utf8");

function slugsSetTo(kind: string): string[] {
  const match = new RegExp(`SET "measure" = '${kind}'\\s+WHERE "slug" IN \\(([^)]*)\\)`).exec(sql);
  return match ? [...match[1]!.matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]!).sort() : [];
}

describe("measure kinds of the demo indicators", () => {
  it("are the same in the migration and in the seed data (stock is the column's default)", () => {
    for (const kind of ["cumulative", "period"] as const) {
      expect(slugsSetTo(kind), kind).toEqual(
        indicators
          .filter((i) => i.measure === kind)
          .map((i) => i.slug)
          .sort(),
      );
    }
    expect(indicators.filter((i) => i.measure === "stock").length).toBeGreaterThan(0);
  });
});
