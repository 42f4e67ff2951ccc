import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  appliedMigrations,
  codeMigrations,
  inspectDataDir,
  MARKER,
  migrationsDigest,
  planMigrations,
  SECRETS,
  type DataSetMarker,
} from "./data-dir";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const m = (name: string, checksum = `sum-${name}`) => ({ name, checksum });
const done = (name: string, checksum = `sum-${name}`, finished = true) => ({ name, checksum, finished });

describe("planMigrations", () => {
  const code = [m("1_init"), m("2_rollups"), m("3_new")];

  it("has nothing to apply when the kept set has every migration of the code", () => {
    expect(planMigrations([done("1_init"), done("2_rollups"), done("3_new")], code)).toEqual({ ok: true, pending: [] });
  });

  it("applies, in order, the migrations of the code the kept set lacks (older code made it)", () => {
    expect(planMigrations([done("1_init")], code)).toEqual({ ok: true, pending: ["2_rollups", "3_new"] });
  });

  it("refuses a kept set with a migration the code does not know (newer code made it: a downgrade)", () => {
    const plan = planMigrations([done("1_init"), done("2_rollups"), done("4_future")], code);
    expect(plan).toEqual({ ok: false, why: expect.stringMatching(/4_future.*does not know/) });
  });

  it("refuses a kept set on which a migration's SQL has changed since it was applied", () => {
    const plan = planMigrations([done("1_init"), done("2_rollups", "other")], code);
    expect(plan).toEqual({ ok: false, why: expect.stringMatching(/2_rollups changed/) });
  });

  it("refuses a kept set on which a migration failed", () => {
    const plan = planMigrations([done("1_init"), done("2_rollups", "sum-2_rollups", false)], code);
    expect(plan).toEqual({ ok: false, why: expect.stringMatching(/2_rollups failed/) });
  });
});

describe("inspectDataDir", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
  const keptSet = async (marker: Partial<DataSetMarker>) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "bench-data-dir-test-"));
    dirs.push(dir);
    await mkdir(path.join(dir, "pg"));
    await writeFile(path.join(dir, SECRETS), JSON.stringify({ passwords: { superuser: "a", owner: "b", app: "c" }, authSecret: "s" }));
    await writeFile(path.join(dir, MARKER), JSON.stringify({ figures: 20_000, seed: 7, migrations: "old", dataVersion: "3", ...marker }));
    return dir;
  };

  it("reuses a kept set of the same figures and seed made by other migrations, and says so", async () => {
    const dir = await keptSet({});
    const state = await inspectDataDir(dir, { figures: 20_000, seed: 7, migrations: "new" });
    expect(state).toMatchObject({ reuse: true, migrationsChanged: true });
    expect(await inspectDataDir(dir, { figures: 20_000, seed: 7, migrations: "old" })).toMatchObject({
      reuse: true,
      migrationsChanged: false,
    });
  });

  it("does not reuse a kept set of other figures or another seed", async () => {
    const dir = await keptSet({});
    expect(await inspectDataDir(dir, { figures: 10_000, seed: 7, migrations: "old" })).toMatchObject({ reuse: false });
    expect(await inspectDataDir(dir, { figures: 20_000, seed: 8, migrations: "old" })).toMatchObject({ reuse: false });
  });

  it("makes a set anew where no marker says it was finished", async () => {
    const dir = await keptSet({});
    await rm(path.join(dir, MARKER));
    expect(await inspectDataDir(dir, { figures: 20_000, seed: 7, migrations: "old" })).toMatchObject({ reuse: false });
  });
});

describe("the migrations of a database migrated like the app's", () => {
  it("are the code's, with the same checksums: nothing is pending", async () => {
    const applied = await appliedMigrations(process.env.MIGRATION_DATABASE_URL!);
    const code = await codeMigrations(ROOT);
    expect(applied.map((a) => a.name)).toEqual(code.map((c) => c.name));
    expect(planMigrations(applied, code)).toEqual({ ok: true, pending: [] });
    expect(planMigrations(applied.slice(0, -2), code)).toEqual({ ok: true, pending: code.slice(-2).map((c) => c.name) });
    expect(await migrationsDigest(ROOT)).toMatch(/^[0-9a-f]{64}$/);
  });
});
