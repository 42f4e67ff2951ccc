// The public source pages at scale: /sources reads each source's count of published figures from
// the rollup latest_claim, and /sources/<id> shows its figures a page at a time. After random
// writes (multi-row inserts, status changes, moves between sources, deletes, a merge) the counts
// must equal a COUNT over figure, and the pages, read one after another, must give exactly the
// source's published figures of public indicators, newest first.
// The writes come from a seeded PRNG; replay a failure with SOURCE_PAGES_SEED=<seed>.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "./audit";
import { getSourceDetail, listSourcesWithCounts, mergeSources, SOURCE_FIGURES_PAGE_SIZE } from "./sources";
import { prng } from "@/test/prng";

const seed = Number(process.env.SOURCE_PAGES_SEED ?? Date.now() % 1_000_000);
const rng = prng(seed);
let admin: Actor;
let placeIds: number[] = [];
const indicatorIds: number[] = [];

const STATUSES = ["published", "published", "published", "draft", "submitted", "retracted"] as const;
const BREAKDOWNS = [{}, {}, { sex: "female" as const }, { ageGroup: "child" as const }] as const;

const sourceIds = async () => (await prisma.source.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((s) => s.id);
/** The sources the random writes cite ("Silent" never gets a figure). */
const citedSourceIds = async () =>
  (await prisma.source.findMany({ where: { name: { not: "Silent" } }, select: { id: true }, orderBy: { id: "asc" } })).map((s) => s.id);

/** One multi-row INSERT of `n` random figures (some on a hidden indicator, some with a breakdown, many on the same day). */
async function insertFigures(n: number) {
  const sources = await citedSourceIds();
  const data = Array.from({ length: n }, () => {
    const status = rng.pick(STATUSES);
    const best = rng.int(1000);
    return {
      indicatorId: rng.pick(indicatorIds),
      locationId: rng.pick(placeIds),
      sourceId: rng.pick(sources),
      asOf: new Date(`2023-0${1 + rng.int(3)}-${String(1 + rng.int(3)).padStart(2, "0")}`),
      ...rng.pick(BREAKDOWNS),
      credibility: 2,
      low: best,
      best,
      high: best,
      status,
      ...(status === "published" || status === "retracted" ? { publishedAt: new Date() } : {}),
      ...(status === "retracted" ? { statusReason: "double count" } : {}),
    };
  });
  await prisma.figure.createMany({ data });
}

async function randomWrite() {
  const step = rng.int(5);
  const ids = (await prisma.figure.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((f) => f.id);
  const some = ids.filter(() => rng.next() < 0.15);
  if (step === 0 || ids.length === 0) return insertFigures(1 + rng.int(40));
  if (step === 1) {
    return prisma.figure.updateMany({ where: { id: { in: some }, status: "published" }, data: { status: "retracted", statusReason: "x" } });
  }
  if (step === 2) {
    return prisma.figure.updateMany({
      where: { id: { in: some }, status: { in: ["draft", "submitted"] } },
      data: { status: "published", publishedAt: new Date() },
    });
  }
  if (step === 3) return prisma.figure.updateMany({ where: { id: { in: some } }, data: { sourceId: rng.pick(await citedSourceIds()) } });
  return prisma.figure.deleteMany({ where: { id: { in: some } } });
}

/** Every source's published figures, counted on figure itself. */
async function countedOnFigure() {
  const rows = await prisma.$queryRaw<Array<{ id: number; n: number; public: number }>>`
    SELECT s.id, COUNT(f.id)::int AS n, COUNT(f.id) FILTER (WHERE i.is_public)::int AS public
    FROM source s LEFT JOIN figure f ON f.source_id = s.id AND f.status = 'published' LEFT JOIN indicator i ON i.id = f.indicator_id
    GROUP BY s.id ORDER BY s.id`;
  return rows;
}

/** A source's published figures of public indicators, newest first, read in one query. */
async function allPublicFigureIds(sourceId: number) {
  const rows = await prisma.$queryRaw<Array<{ id: number }>>`
    SELECT f.id FROM figure f JOIN indicator i ON i.id = f.indicator_id AND i.is_public
    WHERE f.source_id = ${sourceId} AND f.status = 'published' ORDER BY f.as_of DESC, f.id DESC`;
  return rows.map((r) => r.id);
}

/** Reads every page of a source in turn, as a reader following "Next" would. */
async function readAllPages(sourceId: number, pageSize: number) {
  const first = await getSourceDetail(sourceId, 1, pageSize);
  const seen = [...first!.figures];
  for (let page = 2; page <= first!.window.pages; page++) {
    const detail = await getSourceDetail(sourceId, page, pageSize);
    expect(detail!.window.page).toBe(page);
    expect(detail!.figures.length).toBe(page < first!.window.pages ? pageSize : first!.window.total - (page - 1) * pageSize);
    seen.push(...detail!.figures);
  }
  return { window: first!.window, ids: seen.map((f) => f.figureId) };
}

beforeAll(async () => {
  console.info(`source pages: SOURCE_PAGES_SEED=${seed}`);
  const user = await prisma.user.create({ data: { email: "adm@example.org", name: "Admin", role: "admin", organisation: "NGO" } });
  admin = { id: user.id, email: user.email, role: "admin" } as Actor;
  const oblast = await prisma.location.create({ data: { pcode: "UA14", nameEn: "Donetska", nameUk: "Донецька", adminLevel: 1 } });
  const raion = await prisma.location.create({
    data: { pcode: "UA1402", nameEn: "Bakhmutskyi", nameUk: "Бахмутський", adminLevel: 2, parentId: oblast.id },
  });
  placeIds = [oblast.id, raion.id];
  for (const [slug, isPublic] of [
    ["idps", true],
    ["killed", true],
    ["hidden", false],
  ] as const) {
    const i = await prisma.indicator.create({
      data: {
        slug,
        domain: "casualties",
        name: slug,
        unit: "people",
        hxlTag: "#affected",
        isPublic,
        allowedBreakdowns: ["sex", "age_group"],
      },
    });
    indicatorIds.push(i.id);
  }
  for (const name of ["Alpha", "Bravo", "Charlie", "Delta"]) {
    const reliability = rng.pick(["A", "B", "C"] as const);
    await prisma.source.create({ data: { name, nameKey: name.toLowerCase(), kind: "ngo", reliability } });
  }
  await prisma.source.create({ data: { name: "Silent", nameKey: "silent", kind: "media", reliability: "F" } });
  await insertFigures(300);
});

describe("source pages", () => {
  it("counts each source's published figures from the rollup, equal to a COUNT over figure after random writes and a merge", async () => {
    for (let round = 0; round < 12; round++) {
      await randomWrite();
      const counted = await countedOnFigure();
      const listed = await listSourcesWithCounts();
      expect(
        listed.map((s) => [s.id, s.publishedFigures]).sort((a, b) => a[0]! - b[0]!),
        `round ${round}, seed ${seed}`,
      ).toEqual(counted.map((c) => [c.id, c.n]));
      if (round === 6) {
        const [keep, remove] = await sourceIds();
        expect((await mergeSources(admin, keep!, remove!, "test")).ok).toBe(true);
      }
    }
    // The source without figures is listed with 0, and the order is still the grade, then the name.
    const listed = await listSourcesWithCounts();
    expect(listed.find((s) => s.name === "Silent")?.publishedFigures).toBe(0);
    const order = [...listed].sort((a, b) => a.reliability.localeCompare(b.reliability) || a.name.localeCompare(b.name));
    expect(listed.map((s) => s.id)).toEqual(order.map((s) => s.id));
  });

  it("pages a source's figures newest first: every figure once, in order, the last page short, the total from the rollup", async () => {
    const counted = await countedOnFigure();
    for (const { id, public: total } of counted) {
      const expected = await allPublicFigureIds(id);
      expect(expected.length).toBe(total);
      for (const pageSize of [7, SOURCE_FIGURES_PAGE_SIZE]) {
        const { window, ids } = await readAllPages(id, pageSize);
        expect(window.total, `source ${id}, seed ${seed}`).toBe(total);
        expect(window.pages).toBe(Math.max(1, Math.ceil(total / pageSize)));
        expect(ids, `source ${id}, page size ${pageSize}, seed ${seed}`).toEqual(expected);
      }
    }
  });

  it("gives the first page by default, the last page for a page past the end, and no figures for a source without any", async () => {
    // The random writes before may have retracted, moved or deleted most figures: give one source
    // three pages' worth of published figures of a public indicator, whatever the seed.
    const [cited] = await citedSourceIds();
    await prisma.figure.createMany({
      data: Array.from({ length: 3 * 7 }, (_, i) => ({
        indicatorId: indicatorIds[0]!,
        locationId: placeIds[0]!,
        sourceId: cited!,
        asOf: new Date(Date.UTC(2023, 3, 1 + i)),
        credibility: 2,
        low: i,
        best: i,
        high: i,
        status: "published" as const,
        publishedAt: new Date(),
      })),
    });
    const counted = await countedOnFigure();
    const busiest = counted.reduce((a, b) => (b.public > a.public ? b : a));
    expect(busiest.public).toBeGreaterThan(2 * 7);
    const expected = await allPublicFigureIds(busiest.id);
    const byDefault = await getSourceDetail(busiest.id);
    expect(byDefault!.window).toMatchObject({ page: 1, pageSize: SOURCE_FIGURES_PAGE_SIZE, from: 1 });
    expect(byDefault!.figures.map((f) => f.figureId)).toEqual(expected.slice(0, SOURCE_FIGURES_PAGE_SIZE));
    const pages = Math.ceil(expected.length / 7);
    const past = await getSourceDetail(busiest.id, pages + 5, 7);
    expect(past!.window).toMatchObject({ page: pages, pages, from: (pages - 1) * 7 + 1, to: expected.length });
    expect(past!.figures.map((f) => f.figureId)).toEqual(expected.slice((pages - 1) * 7));
    const silent = await prisma.source.findFirstOrThrow({ where: { name: "Silent" } });
    const empty = await getSourceDetail(silent.id, 3);
    expect(empty!.figures).toEqual([]);
    expect(empty!.window).toMatchObject({ page: 1, pages: 1, total: 0, from: 0, to: 0 });
  });

  it("skips rows on the index on (source, status, as_of desc, id desc, indicator) alone, without a sort, from either end", async () => {
    const [id] = await sourceIds();
    await prisma.$executeRawUnsafe("VACUUM ANALYZE figure");
    for (const order of ["f.as_of DESC, f.id DESC", "f.as_of ASC, f.id ASC"]) {
      const plan = await prisma.$transaction(async (tx) => {
        // The test table is tiny; make the planner choose as it would on a big one.
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        await tx.$executeRawUnsafe("SET LOCAL enable_bitmapscan = off");
        return tx.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(
          `EXPLAIN SELECT f.id FROM figure f
           WHERE f.source_id = $1 AND f.status = 'published' AND f.indicator_id IN (SELECT id FROM indicator WHERE is_public)
           ORDER BY ${order} LIMIT 50 OFFSET 50`,
          id,
        );
      });
      const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
      expect(text, text).toMatch(/Index Only Scan( Backward)? using figure_source_page_idx/);
      expect(text, text).not.toMatch(/\bSort\b/);
    }
  });
});
