// The benchmark's data generator on a small size: the shape of what it makes, and that the
// database (its CHECK constraints, foreign keys and rollup triggers) accepts every row.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { withClient } from "@/lib/migrations/pg";
import { seedDemoData } from "@/prisma/seed/seed";
import { generateDataset, TARGET, type GenerateResult } from "./generate";

const FIGURES = 5_000;
const ownerUrl = () => process.env.MIGRATION_DATABASE_URL!;
const query = <T extends Record<string, unknown>>(sql: string) => withClient(ownerUrl(), async (c) => (await c.query<T>(sql)).rows);

describe("bench data generator", () => {
  let demoFigures = 0;
  let result: GenerateResult;

  beforeAll(async () => {
    await seedDemoData(prisma);
    demoFigures = await prisma.figure.count();
    result = await generateDataset(ownerUrl(), { figures: FIGURES, seed: 7 });
  }, 120_000);

  it("adds exactly the figures asked for, and the hierarchy and sources of the target sizes", async () => {
    expect(result.figures).toBe(demoFigures + FIGURES);
    expect(await prisma.figure.count()).toBe(demoFigures + FIGURES);
    expect(result.locations.oblasts).toBe(TARGET.oblasts);
    // The demo's own places are kept, so a level may hold a few more than the target.
    expect(result.locations.raions).toBeGreaterThanOrEqual(TARGET.raions);
    expect(result.locations.raions).toBeLessThan(TARGET.raions + 10);
    expect(result.locations.hromadas).toBeGreaterThanOrEqual(TARGET.hromadas);
    expect(result.locations.hromadas).toBeLessThan(TARGET.hromadas + 10);
    expect(result.locations.settlements).toBeGreaterThanOrEqual(TARGET.settlements);
    expect(result.locations.settlements).toBeLessThan(TARGET.settlements + 50);
    expect(result.sources).toBe(TARGET.sources);
  });

  it("makes a tree: each place one level below its parent, all under the one country", async () => {
    const [bad] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM location c JOIN location p ON p.id = c.parent_id WHERE c.admin_level <= p.admin_level`,
    );
    expect(bad!.n).toBe(0);
    const [roots] = await query<{ n: number }>("SELECT count(*)::int AS n FROM location WHERE parent_id IS NULL");
    expect(roots!.n).toBe(1);
    // The closure triggers saw every synthetic place: each has a path to the country.
    const [orphans] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM location l WHERE NOT EXISTS (
         SELECT 1 FROM location_closure c JOIN location r ON r.id = c.ancestor_id AND r.parent_id IS NULL WHERE c.descendant_id = l.id)`,
    );
    expect(orphans!.n).toBe(0);
    const pcodes = await query<{ pcode: string }>(
      "SELECT pcode FROM location WHERE admin_level = 4 AND pcode_note LIKE 'Synthetic%' LIMIT 50",
    );
    for (const { pcode } of pcodes) expect(pcode).toMatch(/^UA\d{2}\d{2}\d{3}X\d{2}$/);
  });

  it("is skewed: a few places and sources carry far more claims than the median", async () => {
    for (const column of ["location_id", "source_id"]) {
      const [row] = await query<{ top: number; median: number }>(
        `SELECT max(n)::int AS top, percentile_disc(0.5) WITHIN GROUP (ORDER BY n)::int AS median
         FROM (SELECT count(*) AS n FROM figure GROUP BY ${column}) t`,
      );
      expect(row!.top).toBeGreaterThan(10 * row!.median);
    }
  });

  it("is mostly published, with ranges, qualifiers, breakdowns and no-information mixed in", async () => {
    const [mix] = await query<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE status = 'published')::float / count(*) AS published,
              count(*) FILTER (WHERE no_information)::int AS no_information,
              count(*) FILTER (WHERE low < high)::int AS ranges,
              count(DISTINCT qualifier)::int AS qualifiers,
              count(*) FILTER (WHERE sex IS NOT NULL OR age_group IS NOT NULL OR population_group IS NOT NULL)::int AS breakdowns,
              count(DISTINCT status)::int AS statuses,
              (max(as_of) - min(as_of))::int AS days
       FROM figure`,
    );
    expect(mix!.published).toBeGreaterThan(0.85);
    expect(mix!.no_information).toBeGreaterThan(0);
    expect(mix!.ranges).toBeGreaterThan(FIGURES / 10);
    expect(mix!.qualifiers).toBe(6);
    expect(mix!.breakdowns).toBeGreaterThan(FIGURES / 20);
    expect(mix!.statuses).toBe(5);
    expect(mix!.days).toBeGreaterThan(3 * 365);
    // Breakdowns only along the indicator's allowed dimensions.
    const [outside] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM figure f JOIN indicator i ON i.id = f.indicator_id
       WHERE (f.sex IS NOT NULL AND NOT 'sex' = ANY (i.allowed_breakdowns))
          OR (f.age_group IS NOT NULL AND NOT 'age_group' = ANY (i.allowed_breakdowns))
          OR (f.population_group IS NOT NULL AND NOT 'population_group' = ANY (i.allowed_breakdowns))`,
    );
    expect(outside!.n).toBe(0);
  });

  it("wrote rows the database checked: the figure table's CHECK constraints are in force and the rollups follow", async () => {
    // The load went through COPY into the real table, so these constraints accepted every row.
    const checks = await query<{ conname: string }>(
      "SELECT conname FROM pg_constraint WHERE conrelid = 'figure'::regclass AND contype = 'c' AND convalidated",
    );
    expect(checks.map((c) => c.conname)).toEqual(
      expect.arrayContaining([
        "figure_estimate_check",
        "figure_qualifier_check",
        "figure_status_reason_check",
        "figure_published_at_check",
      ]),
    );
    const [rollup] = await query<{ claims: number; published: number }>(
      `SELECT (SELECT sum(claims)::int FROM latest_claim) AS claims,
              (SELECT count(*)::int FROM figure WHERE status = 'published') AS published`,
    );
    expect(rollup!.claims).toBe(rollup!.published);
  });
});
