// The read-path rollups (location_closure, latest_claim, claim_summary, source_claims) are kept by database
// triggers for every writer. After random sequences of writes — through the app's data layer
// (publish, retract, edit, move a place, merge sources) and through plain SQL (multi-row INSERT,
// UPDATE, DELETE, moving a whole subtree) — they must equal a recomputation from figure and
// location written here, independently of the triggers' SQL. The data version advances, with a
// NOTIFY, on every public change and only then.
// The random sequences come from a seeded PRNG; the seed is printed and can be replayed with
// ROLLUP_TEST_SEED=<seed> npx vitest run lib/data/rollups.test.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { withOwner } from "@/test/owner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { figureInputSchema } from "@/lib/domain/figure-schema";
import { locationInputSchema } from "@/lib/domain/location-schema";
import { listMigrations, MIGRATIONS_DIR } from "@/lib/migrations/engine";
import { readDataVersion } from "./data-version";
import { createFigure, transitionFigure, updateFigure, type FigureActor } from "./figures";
import { updateLocation } from "./locations";
import { mergeSources } from "./sources";
import { prng } from "@/test/prng";

const today = new Date("2026-01-01T00:00:00Z");
let sql: pg.Client;
let editor: FigureActor, reviewer: FigureActor, admin: FigureActor;
const indicatorIds: number[] = [];
let nextSource = 0;

const q = async <T extends pg.QueryResultRow = Record<string, unknown>>(text: string, values: unknown[] = []) =>
  (await sql.query<T>(text, values)).rows;

beforeAll(async () => {
  sql = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await sql.connect();
  const mk = async (email: string, role: "editor" | "reviewer" | "admin") => {
    const u = await prisma.user.create({ data: { email, name: email, role, organisation: `${role} NGO` } });
    return { id: u.id, email, role };
  };
  editor = await mk("ed@example.org", "editor");
  reviewer = await mk("rev@example.org", "reviewer");
  admin = await mk("adm@example.org", "admin");
  // Country > 2 oblasts > 2 raions each > 2 hromadas each > 2 settlements each (31 places), one
  // multi-row INSERT per level (the closure trigger sees each level as one statement).
  await q(`INSERT INTO location (pcode, name_en, name_uk, admin_level, updated_at) VALUES ('UA', 'Ukraine', 'Україна', 0, now())`);
  for (let level = 1; level <= 4; level++) {
    await q(
      `INSERT INTO location (pcode, name_en, name_uk, admin_level, parent_id, updated_at)
       SELECT p.pcode || lpad(k::text, $2::int, '0'), p.pcode || '-' || k, p.pcode || '-' || k, $1::int, p.id, now()
       FROM location p CROSS JOIN generate_series(1, 2) k WHERE p.admin_level = $1::int - 1`,
      [level, level === 4 ? 3 : 2],
    );
  }
  for (const [slug, breakdowns] of [
    ["idps", "{sex,age_group}"],
    ["killed", "{sex,age_group,population_group}"],
  ] as const) {
    const [row] = await q<{ id: number }>(
      `INSERT INTO indicator (slug, domain, name, unit, hxl_tag, allowed_breakdowns, updated_at)
       VALUES ($1, 'casualties', $1, 'people', '#affected', $2, now()) RETURNING id`,
      [slug, breakdowns],
    );
    indicatorIds.push(row!.id);
  }
  for (let i = 0; i < 4; i++) await addSource();
});

afterAll(async () => {
  await sql.end();
});

async function addSource() {
  const name = `Source ${++nextSource}`;
  await q(`INSERT INTO source (name, name_key, kind, reliability, updated_at) VALUES ($1::text, lower($1::text), 'ngo', 'B', now())`, [
    name,
  ]);
}

const ids = async (text: string, values: unknown[] = []) => (await q<{ id: number }>(text, values)).map((r) => r.id);
const sourceIds = () => ids(`SELECT id FROM source ORDER BY id`);
const locationIds = () => ids(`SELECT id FROM location ORDER BY id`);

// ---------------------------------------------------------------- recomputations (the oracle)

/** Each source's latest published claim per indicator, place and breakdown, from figure alone. */
const LATEST_RECOMPUTED = `
  SELECT DISTINCT ON (indicator_id, location_id, source_id, sex, age_group, population_group)
    indicator_id, location_id, source_id, sex::text, age_group::text, population_group::text,
    CASE WHEN sex IS NULL AND age_group IS NULL AND population_group IS NULL THEN 'total'
      ELSE concat_ws(',', 'sex=' || sex::text, 'age_group=' || age_group::text, 'population_group=' || population_group::text) END AS breakdown,
    id AS figure_id, to_char(as_of, 'YYYY-MM-DD') AS as_of,
    count(*) OVER (PARTITION BY indicator_id, location_id, source_id, sex, age_group, population_group)::int AS claims
  FROM figure WHERE status = 'published'
  ORDER BY indicator_id, location_id, source_id, sex, age_group, population_group, as_of DESC, id DESC`;
const LATEST_STORED = `
  SELECT indicator_id, location_id, source_id, sex::text, age_group::text, population_group::text, breakdown,
    figure_id, to_char(as_of, 'YYYY-MM-DD') AS as_of, claims
  FROM latest_claim`;
const SUMMARY_RECOMPUTED = `
  SELECT indicator_id, location_id,
    count(*) FILTER (WHERE t)::int AS total_claims, count(DISTINCT source_id) FILTER (WHERE t)::int AS total_sources,
    to_char(max(as_of) FILTER (WHERE t), 'YYYY-MM-DD') AS latest_as_of, count(*) FILTER (WHERE NOT t)::int AS breakdown_claims
  FROM (SELECT f.*, (sex IS NULL AND age_group IS NULL AND population_group IS NULL) AS t FROM figure f WHERE status = 'published') p
  GROUP BY indicator_id, location_id`;
const SUMMARY_STORED = `
  SELECT indicator_id, location_id, total_claims, total_sources, to_char(latest_as_of, 'YYYY-MM-DD') AS latest_as_of, breakdown_claims
  FROM claim_summary`;
/** Each source's published claims per indicator, from figure alone. */
const SOURCE_CLAIMS_RECOMPUTED = `
  SELECT source_id, indicator_id, count(*)::int AS claims FROM figure WHERE status = 'published' GROUP BY source_id, indicator_id`;
const SOURCE_CLAIMS_STORED = `SELECT source_id, indicator_id, claims FROM source_claims`;
/** Every (ancestor, descendant, depth) by walking parent_id down from every place. */
const CLOSURE_RECOMPUTED = `
  WITH RECURSIVE down (ancestor_id, descendant_id, depth) AS (
    SELECT id, id, 0 FROM location
    UNION ALL
    SELECT d.ancestor_id, c.id, d.depth + 1 FROM down d JOIN location c ON c.parent_id = d.descendant_id
  ) SELECT ancestor_id, descendant_id, depth FROM down`;
const CLOSURE_STORED = `SELECT ancestor_id, descendant_id, depth::int AS depth FROM location_closure`;

const sorted = async (text: string, client?: pg.Client) =>
  (client ? (await client.query(text)).rows : await q(text)).map((r) => JSON.stringify(r)).sort();

/** `client`: another connection (e.g. the owner's, inside its own transaction); the app's by default. */
async function expectRollupsCurrent(context: string, client?: pg.Client) {
  expect(await sorted(LATEST_STORED, client), `latest_claim after ${context}`).toEqual(await sorted(LATEST_RECOMPUTED, client));
  expect(await sorted(SUMMARY_STORED, client), `claim_summary after ${context}`).toEqual(await sorted(SUMMARY_RECOMPUTED, client));
  expect(await sorted(SOURCE_CLAIMS_STORED, client), `source_claims after ${context}`).toEqual(
    await sorted(SOURCE_CLAIMS_RECOMPUTED, client),
  );
  expect(await sorted(CLOSURE_STORED, client), `location_closure after ${context}`).toEqual(await sorted(CLOSURE_RECOMPUTED, client));
}

// ---------------------------------------------------------------- random writes

type Rng = ReturnType<typeof prng>;
const BREAKDOWNS = [
  [null, null, null],
  [null, null, null],
  [null, null, null],
  ["female", null, null],
  ["male", null, null],
  [null, "child", null],
  ["female", "adult", null],
  [null, null, "civilian"],
] as const;
const day = (rng: Rng) => `2023-0${1 + rng.int(9)}-${String(1 + rng.int(28)).padStart(2, "0")}`;

async function appPublish(rng: Rng) {
  const [locations, sources] = await Promise.all([locationIds(), sourceIds()]);
  const best = String(rng.int(10_000));
  const breakdown = rng.pick(BREAKDOWNS);
  const input = figureInputSchema(today).parse({
    indicatorId: String(rng.pick(indicatorIds)),
    locationId: String(rng.pick(locations)),
    sourceId: String(rng.pick(sources)),
    asOf: day(rng),
    low: best,
    best,
    high: best,
    qualifier: "exact",
    credibility: "2",
    sex: breakdown[0] ?? "",
    ageGroup: breakdown[1] ?? "",
    populationGroup: breakdown[2] ?? "",
  });
  const draft = await createFigure(editor, input, "test");
  const submitted = await transitionFigure(editor, draft.id, "submit", draft.version, null, "test");
  if (!submitted.ok) throw new Error(`submit: ${submitted.code}`);
  if (rng.next() < 0.3) return; // left in the review queue: not public
  const published = await transitionFigure(reviewer, draft.id, "publish", submitted.record.version, null, "test");
  if (!published.ok) throw new Error(`publish: ${published.code}`);
}

async function appRetract(rng: Rng) {
  const published = await q<{ id: number; version: number }>(`SELECT id, version FROM figure WHERE status = 'published' ORDER BY id`);
  if (!published.length) return;
  const f = rng.pick(published);
  const result = await transitionFigure(reviewer, f.id, "retract", f.version, "double count", "test");
  if (!result.ok) throw new Error(`retract: ${result.code}`);
}

/** The app's edit: a submitted figure is sent back, edited (another date and source), resubmitted and published. */
async function appEditAndPublish(rng: Rng) {
  const submitted = await q<{ id: number }>(`SELECT id FROM figure WHERE status = 'submitted' ORDER BY id`);
  if (!submitted.length) return appPublish(rng);
  const { id } = rng.pick(submitted);
  let figure = await prisma.figure.findUniqueOrThrow({ where: { id } });
  const back = await transitionFigure(reviewer, id, "return", figure.version, "check the date", "test");
  if (!back.ok) throw new Error(`return: ${back.code}`);
  const sources = await sourceIds();
  const input = figureInputSchema(today).parse({
    indicatorId: String(figure.indicatorId),
    locationId: String(figure.locationId),
    sourceId: String(rng.pick(sources)),
    asOf: day(rng),
    low: "7",
    best: "7",
    high: "7",
    qualifier: "exact",
    credibility: "3",
    sex: figure.sex ?? "",
    ageGroup: figure.ageGroup ?? "",
    populationGroup: figure.populationGroup ?? "",
  });
  const saved = await updateFigure(editor, id, { ...input, version: back.record.version }, "test");
  if (!saved.ok) throw new Error(`update: ${saved.code}`);
  figure = saved.record;
  const resubmitted = await transitionFigure(editor, id, "submit", figure.version, null, "test");
  if (!resubmitted.ok) throw new Error(`submit: ${resubmitted.code}`);
  const published = await transitionFigure(reviewer, id, "publish", resubmitted.record.version, null, "test");
  if (!published.ok) throw new Error(`publish: ${published.code}`);
}

/** The app's move: a settlement (a leaf) to another hromada, with a P-code under its new parent. */
async function appMoveSettlement(rng: Rng) {
  const settlements = await q<{ id: number; version: number; name_en: string }>(
    `SELECT id, version, name_en FROM location WHERE admin_level = 4 ORDER BY id`,
  );
  const hromadas = await q<{ id: number; pcode: string }>(`SELECT id, pcode FROM location WHERE admin_level = 3 ORDER BY id`);
  const place = rng.pick(settlements);
  // A valid P-code (at most 20 characters) under the new parent: hromadas added by sqlInsertPlaces
  // have long codes, so only parents whose code leaves room for the suffix are picked.
  const suffix = `M${place.id.toString(36).toUpperCase()}`;
  const parent = rng.pick(hromadas.filter((h) => h.pcode.length + suffix.length <= 20));
  const input = locationInputSchema().parse({
    pcode: `${parent.pcode}${suffix}`,
    nameEn: place.name_en,
    nameUk: place.name_en,
    adminLevel: "4",
    parentId: String(parent.id),
    confirmMove: "true",
  });
  const result = await updateLocation(admin, place.id, { ...input, version: place.version }, "test");
  if (!result.ok) throw new Error(`move: ${result.code}`);
}

async function appMergeSources(rng: Rng) {
  const sources = await sourceIds();
  if (sources.length < 3) return addSource();
  const keep = rng.pick(sources);
  const remove = rng.pick(sources.filter((s) => s !== keep));
  const result = await mergeSources(admin, keep, remove, "test");
  if (!result.ok) throw new Error(`merge: ${result.code}`);
  await addSource();
}

/** An operator's multi-row INSERT of published (and some draft) figures, with breakdowns. */
async function sqlInsertMany(rng: Rng) {
  const [locations, sources] = await Promise.all([locationIds(), sourceIds()]);
  const rows = Array.from({ length: 1 + rng.int(12) }, () => {
    const [sex, age, pop] = rng.pick(BREAKDOWNS);
    return [
      rng.pick(indicatorIds),
      rng.pick(locations),
      rng.pick(sources),
      day(rng),
      rng.int(5000),
      sex,
      age,
      pop,
      rng.next() < 0.8 ? "published" : "draft",
    ];
  });
  const values = rows.map(
    (_, i) => `($${i * 9 + 1}::int, $${i * 9 + 2}::int, $${i * 9 + 3}::int, $${i * 9 + 4}::date, $${i * 9 + 5}::int,
    $${i * 9 + 6}::"Sex", $${i * 9 + 7}::"AgeGroup", $${i * 9 + 8}::"PopulationGroup", $${i * 9 + 9}::"PublicationStatus")`,
  );
  await q(
    `INSERT INTO figure (indicator_id, location_id, source_id, as_of, low, best, high, qualifier, credibility, sex, age_group, population_group,
       status, published_at, updated_at)
     SELECT v.i, v.l, v.s, v.d, v.n, v.n, v.n, 'exact', 2, v.sex, v.age, v.pop, v.st, CASE WHEN v.st = 'published' THEN now() END, now()
     FROM (VALUES ${values.join(", ")}) AS v (i, l, s, d, n, sex, age, pop, st)`,
    rows.flat(),
  );
}

/** An operator's UPDATE: a change of date, place, source or breakdown of some published figures, or of values only. */
async function sqlUpdate(rng: Rng) {
  const [locations, sources] = await Promise.all([locationIds(), sourceIds()]);
  const published = await ids(`SELECT id FROM figure WHERE status = 'published' ORDER BY id`);
  if (!published.length) return;
  const chosen = Array.from({ length: 1 + rng.int(4) }, () => rng.pick(published));
  const kind = rng.int(6);
  if (kind === 0) await q(`UPDATE figure SET as_of = $2::date WHERE id = ANY($1)`, [chosen, day(rng)]);
  if (kind === 1) await q(`UPDATE figure SET location_id = $2 WHERE id = ANY($1)`, [chosen, rng.pick(locations)]);
  if (kind === 2) await q(`UPDATE figure SET source_id = $2 WHERE id = ANY($1)`, [chosen, rng.pick(sources)]);
  if (kind === 3) await q(`UPDATE figure SET sex = CASE WHEN sex IS NULL THEN 'female'::"Sex" END WHERE id = ANY($1)`, [chosen]);
  if (kind === 4) await q(`UPDATE figure SET low = low + 1, best = best + 1, high = high + 1 WHERE id = ANY($1)`, [chosen]);
  // Publish the whole review queue at once, and retract others, in one statement.
  if (kind === 5) {
    await q(
      `UPDATE figure SET status = CASE WHEN status = 'submitted' THEN 'published'::"PublicationStatus" ELSE 'retracted' END,
               status_reason = CASE WHEN status = 'submitted' THEN NULL ELSE 'wrong' END, published_at = coalesce(published_at, now())
             WHERE status = 'submitted' OR id = ANY($1)`,
      [chosen],
    );
  }
}

async function sqlDelete(rng: Rng) {
  const any = await ids(`SELECT id FROM figure ORDER BY id`);
  if (!any.length) return;
  await q(`DELETE FROM figure WHERE id = ANY($1)`, [Array.from({ length: 1 + rng.int(3) }, () => rng.pick(any))]);
}

/** An operator's move of a whole subtree: a hromada (with its settlements) or a raion (with everything below). */
async function sqlMoveSubtree(rng: Rng) {
  const level = rng.pick([2, 3]);
  const places = await ids(`SELECT id FROM location WHERE admin_level = $1 ORDER BY id`, [level]);
  const parents = await ids(`SELECT id FROM location WHERE admin_level = $1 ORDER BY id`, [level - 1]);
  await q(`UPDATE location SET parent_id = $2 WHERE id = $1`, [rng.pick(places), rng.pick(parents)]);
}

/** A parent and its child in one multi-row INSERT, child row first. */
async function sqlInsertPlaces(rng: Rng) {
  const [raion] = await q<{ id: number; pcode: string }>(`SELECT id, pcode FROM location WHERE admin_level = 2 ORDER BY random() LIMIT 1`);
  const base = 100_000 + rng.int(1_000_000) * 2;
  await q(
    `INSERT INTO location (id, pcode, name_en, name_uk, admin_level, parent_id, updated_at)
     VALUES ($1 + 1, $3 || 'N' || $1 || 'S', 'new settlement', 'new settlement', 4, $1, now()),
            ($1, $3 || 'N' || $1, 'new hromada', 'new hromada', 3, $2, now())
     ON CONFLICT DO NOTHING`,
    [base, raion!.id, raion!.pcode],
  );
}

const OPERATIONS: Array<[string, (rng: Rng) => Promise<void>]> = [
  ["app publish", appPublish],
  ["app publish", appPublish],
  ["app retract", appRetract],
  ["app edit", appEditAndPublish],
  ["app move", appMoveSettlement],
  ["app merge", appMergeSources],
  ["sql insert", sqlInsertMany],
  ["sql insert", sqlInsertMany],
  ["sql update", sqlUpdate],
  ["sql update", sqlUpdate],
  ["sql delete", sqlDelete],
  ["sql move subtree", sqlMoveSubtree],
  ["sql insert places", sqlInsertPlaces],
];

describe("read-path rollups", () => {
  it("the closure of a freshly inserted hierarchy is complete", async () => {
    await expectRollupsCurrent("setup");
    const [{ n }] = (await q<{ n: number }>(`SELECT count(*)::int AS n FROM location_closure`)) as [{ n: number }];
    // 31 places: each with itself and its ancestors: 1 + 2*2 + 4*3 + 8*4 + 16*5.
    expect(n).toBe(1 + 4 + 12 + 32 + 80);
  });

  it("equal a recomputation from figure and location after random workflows and SQL writes", async () => {
    const seed = Number(process.env.ROLLUP_TEST_SEED ?? Math.floor(Math.random() * 2 ** 31));
    console.log(`rollups: seed ${seed} (replay with ROLLUP_TEST_SEED=${seed})`);
    const rng = prng(seed);
    const done: string[] = [];
    for (let step = 0; step < 70; step++) {
      const [name, run] = rng.pick(OPERATIONS);
      await run(rng);
      done.push(name);
      await expectRollupsCurrent(`step ${step} (${name}), seed ${seed}`);
    }
    // The sequence really exercised the rollup: published claims and several keys exist.
    const [{ keys }] = (await q<{ keys: number }>(`SELECT count(*)::int AS keys FROM latest_claim`)) as [{ keys: number }];
    expect(keys).toBeGreaterThan(5);
    expect(new Set(done).size).toBeGreaterThan(6);
  }, 240_000);

  it("the migrations' backfills build the same rollups from existing data", async () => {
    const backfillOf = async (suffix: string) => {
      const dir = path.join(
        MIGRATIONS_DIR,
        (await listMigrations()).map((m) => m.name).find((n) => n.endsWith(suffix))!,
      );
      const migration = await readFile(path.join(dir, "migration.sql"), "utf8");
      return migration.slice(migration.indexOf("-- ---------------------------------------------------------------- backfill"));
    };
    const backfill = await backfillOf("_read_path_rollups");
    expect(backfill).toMatch(/INSERT INTO "latest_claim"/);
    const sourceClaimsBackfill = await backfillOf("_source_claims");
    expect(sourceClaimsBackfill).toMatch(/INSERT INTO "source_claims"/);
    // As the owner (the app role may only read the derived tables), inside a transaction rolled back.
    await withOwner(async (owner) => {
      await owner.query("BEGIN");
      try {
        // As before the migration: the derived tables empty, figures and places in place.
        await owner.query("DELETE FROM latest_claim; DELETE FROM claim_summary; DELETE FROM location_closure; DELETE FROM data_version");
        // As before the source_claims migration: the table empty while latest_claim is filled, without its triggers.
        await owner.query("ALTER TABLE latest_claim DISABLE TRIGGER USER");
        await owner.query(backfill);
        await owner.query("ALTER TABLE latest_claim ENABLE TRIGGER USER; DELETE FROM source_claims");
        await owner.query(sourceClaimsBackfill);
        await expectRollupsCurrent("the backfill", owner);
      } finally {
        await owner.query("ROLLBACK");
      }
    });
  });

  it("a bulk INSERT of many published figures in one statement lands in the rollup", async () => {
    await q(
      `INSERT INTO figure (indicator_id, location_id, source_id, as_of, low, best, high, qualifier, credibility, status, published_at, updated_at)
       SELECT i.id, l.id, s.id, date '2022-01-01' + (g % 700), g, g, g, 'exact', 2, 'published', now(), now()
       FROM generate_series(1, 20000) g
         JOIN LATERAL (SELECT id FROM indicator ORDER BY id OFFSET g % 2 LIMIT 1) i ON true
         JOIN LATERAL (SELECT id FROM location ORDER BY id OFFSET g % 31 LIMIT 1) l ON true
         JOIN LATERAL (SELECT id FROM source ORDER BY id OFFSET g % 3 LIMIT 1) s ON true`,
    );
    await expectRollupsCurrent("a bulk insert");
  }, 120_000);

  // Two transactions writing the same key (or the same part of the tree) at once: the second must
  // not overwrite the first's result with what it read before the first committed.
  async function concurrently(first: string[], second: string, firstValues: unknown[][] = [], secondValues: unknown[] = []) {
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      for (const [i, text] of first.entries()) await other.query(text, firstValues[i] ?? []);
      const pending = q(second, secondValues);
      await new Promise((r) => setTimeout(r, 300)); // the second runs its trigger while the first is open
      await other.query("COMMIT");
      await pending;
    } finally {
      await other.end();
    }
  }

  it("stay current when two transactions publish claims of the same key at once", async () => {
    const [place] = await locationIds();
    const [source] = await sourceIds();
    const insert = (asOf: string, status: string) =>
      q<{ id: number }>(
        `INSERT INTO figure (indicator_id, location_id, source_id, as_of, low, best, high, qualifier, credibility, status, published_at, updated_at)
       VALUES ($1, $2, $3, $4::date, 1, 1, 1, 'exact', 2, $5::"PublicationStatus", CASE WHEN $5 = 'published' THEN now() END, now()) RETURNING id`,
        [indicatorIds[1], place, source, asOf, status],
      );
    const publish = `UPDATE figure SET status = 'published', published_at = now() WHERE id = $1`;
    // Recompute (publish) against recompute: the later claim is published first and commits last.
    const [later] = await insert("2025-06-02", "submitted");
    const [earlier] = await insert("2025-06-01", "submitted");
    await concurrently([publish], publish, [[later!.id]], [earlier!.id]);
    await expectRollupsCurrent("two concurrent publishes of one key");
    // Bulk insert path against recompute: the insert's transaction is open while a publish recomputes the key.
    const [another] = await insert("2025-06-03", "submitted");
    await concurrently(
      [
        `INSERT INTO figure (indicator_id, location_id, source_id, as_of, low, best, high, qualifier, credibility, status, published_at, updated_at)
        VALUES ($1, $2, $3, '2025-06-04', 1, 1, 1, 'exact', 2, 'published', now(), now())`,
      ],
      publish,
      [[indicatorIds[1], place, source]],
      [another!.id],
    );
    await expectRollupsCurrent("an insert and a publish of one key at once");
  });

  it("stays current when a place is added under a parent that another transaction moves", async () => {
    const [hromada] = await q<{ id: number; pcode: string }>(`SELECT id, pcode FROM location WHERE admin_level = 3 ORDER BY id LIMIT 1`);
    const [raion] = await ids(
      `SELECT id FROM location WHERE admin_level = 2 AND id <> (SELECT parent_id FROM location WHERE id = $1) ORDER BY id LIMIT 1`,
      [hromada!.id],
    );
    await concurrently(
      [`INSERT INTO location (pcode, name_en, name_uk, admin_level, parent_id, updated_at) VALUES ($1 || 'C', 'c', 'c', 4, $2, now())`],
      `UPDATE location SET parent_id = $2 WHERE id = $1`,
      [[hromada!.pcode, hromada!.id]],
      [hromada!.id, raion],
    );
    await expectRollupsCurrent("a concurrent insert and move in the tree");
  });

  it("refuses to move a place under its own descendant", async () => {
    const [pair] = await q<{ raion: number; below: number }>(
      `SELECT c.ancestor_id AS raion, c.descendant_id AS below FROM location_closure c JOIN location l ON l.id = c.ancestor_id
       WHERE l.admin_level = 2 AND c.depth = 2 ORDER BY 1, 2 LIMIT 1`,
    );
    expect(pair).toBeDefined();
    await expect(q(`UPDATE location SET parent_id = $2 WHERE id = $1`, [pair!.raion, pair!.below])).rejects.toThrow(
      /under itself or one of its own descendants/,
    );
    await expectRollupsCurrent("a refused move");
  });

  it("keeps the rollups current when the app role, which may only read them, writes figure (SECURITY DEFINER)", async () => {
    // This connection is the app's least-privilege role (lib/migrations/roles.ts: derived tables read-only).
    await expect(q(`DELETE FROM latest_claim`)).rejects.toThrow(/permission denied/);
    await expect(q(`INSERT INTO data_version (version) VALUES (1)`)).rejects.toThrow(/permission denied/);
    const [place] = await locationIds();
    const [source] = await sourceIds();
    await q(
      `INSERT INTO figure (indicator_id, location_id, source_id, as_of, low, best, high, qualifier, credibility, status, published_at, updated_at)
       VALUES ($1, $2, $3, '2024-12-31', 1, 1, 1, 'exact', 2, 'published', now(), now())`,
      [indicatorIds[0], place, source],
    );
    const [latest] = await q<{ as_of: string }>(
      `SELECT to_char(as_of, 'YYYY-MM-DD') AS as_of FROM latest_claim WHERE indicator_id = $1 AND location_id = $2 AND source_id = $3 AND breakdown = 'total'`,
      [indicatorIds[0], place, source],
    );
    expect(latest?.as_of).toBe("2024-12-31");
    await expectRollupsCurrent("a write by the app role");
  });
});

describe("data version", () => {
  async function listen() {
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    const payloads: string[] = [];
    let arrived = () => {};
    listener.on("notification", (n) => {
      if (n.channel === "data_version" && n.payload) payloads.push(n.payload);
      arrived();
    });
    await listener.query("LISTEN data_version");
    // Waits for the next notification as long as the test may run (a loaded machine can take
    // seconds to deliver one); a notification that never comes fails the test by its timeout.
    const next = async () => {
      while (payloads.length === 0) await new Promise<void>((resolve) => (arrived = resolve));
      return payloads.shift();
    };
    return { payloads, next, close: () => listener.end() };
  }

  it("advances with a NOTIFY on a publish through the app and on a plain SQL update, and not on a draft", async () => {
    const listener = await listen();
    try {
      const [place] = await locationIds();
      const [source] = await sourceIds();
      const start = await readDataVersion();

      const input = figureInputSchema(today).parse({
        indicatorId: String(indicatorIds[0]),
        locationId: String(place),
        sourceId: String(source),
        asOf: "2023-05-01",
        low: "5",
        best: "5",
        high: "5",
        qualifier: "exact",
        credibility: "2",
      });
      const draft = await createFigure(editor, input, "test");
      const submitted = await transitionFigure(editor, draft.id, "submit", draft.version, null, "test");
      if (!submitted.ok) throw new Error(submitted.code);
      // Drafts and the review queue are not public: no new version, no notification.
      expect(await readDataVersion()).toEqual(start);
      await new Promise((r) => setTimeout(r, 200));
      expect(listener.payloads).toEqual([]);

      const published = await transitionFigure(reviewer, draft.id, "publish", submitted.record.version, null, "test");
      if (!published.ok) throw new Error(published.code);
      const afterPublish = await readDataVersion();
      expect(afterPublish.version).toBeGreaterThan(start.version);
      expect(await listener.next()).toBe(String(afterPublish.version));

      await q(`UPDATE figure SET best = 6, high = 6, low = 6 WHERE id = $1`, [draft.id]);
      const afterSql = await readDataVersion();
      expect(afterSql.version).toBe(afterPublish.version + 1);
      expect(await listener.next()).toBe(String(afterSql.version));

      await q(`UPDATE source SET notes = 'regraded' WHERE id = $1`, [source]);
      expect(await listener.next()).toBe(String(afterSql.version + 1));
    } finally {
      await listener.close();
    }
  });

  it("advances once per transaction, at its commit, however many statements it has", async () => {
    const listener = await listen();
    try {
      const start = await readDataVersion();
      await q(`BEGIN`);
      await q(`UPDATE source SET notes = 'a'`);
      await q(`UPDATE indicator SET description = 'b'`);
      // Not yet committed: other sessions (and this one) still see the old version, and nothing is notified.
      expect(await readDataVersion()).toEqual(start);
      await q(`COMMIT`);
      const after = await readDataVersion();
      expect(after.version).toBe(start.version + 1);
      expect(await listener.next()).toBe(String(after.version));
      await new Promise((r) => setTimeout(r, 200));
      expect(listener.payloads).toEqual([]);
      expect(await q(`SELECT * FROM data_version_pending`)).toEqual([]);
    } finally {
      await listener.close();
    }
  });

  it("does not advance when a transaction rolls back", async () => {
    const listener = await listen();
    try {
      const start = await readDataVersion();
      await q(`BEGIN`);
      await q(`UPDATE source SET notes = 'x'`);
      await q(`ROLLBACK`);
      expect(await readDataVersion()).toEqual(start);
      await new Promise((r) => setTimeout(r, 200));
      expect(listener.payloads).toEqual([]);
    } finally {
      await listener.close();
    }
  });
});
