import "server-only";
// Published figures in full, for the whole-data reads: the API (a page at a time, by a cursor)
// and the exports (batch after batch, so a million rows never sit in memory at once).
//
// The cursor is the figure id: pages are read in id order, `id > after`, so a figure published
// while a client pages through is never repeated and no figure that existed when it started is
// lost (a newer one with a smaller id shows up through updated_since on the next sync).
// Only public indicators, only published figures.
import { readPrisma } from "@/lib/db";
import type { AdminLevel, PublishedFigure } from "@/lib/domain/figure-columns";
import type { FigureQuery } from "@/lib/domain/figure-query";
import { allowedCredibilities, allowedReliabilities } from "@/lib/domain/filters";
import { VERIFICATION_STATUSES } from "@/lib/domain/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DataVersion } from "./data-version";
import { getPublicFigure } from "./figures";

/** One condition on a breakdown column: the listed values, "total" meaning the column is empty. */
function breakdownCondition(columnName: string, values: readonly string[]): Prisma.Sql | null {
  if (values.length === 0) return null;
  const column = Prisma.raw(`f.${columnName}`);
  const named = values.filter((v) => v !== "total");
  const parts: Prisma.Sql[] = [];
  if (named.length > 0) parts.push(Prisma.sql`${column}::text = ANY(${named}::text[])`);
  if (named.length < values.length) parts.push(Prisma.sql`${column} IS NULL`);
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/**
 * The query's references as ids, read first so that the figure query names them as parameters:
 * the planner then knows how many figures a place's subtree, the indicators and the sources hold,
 * and walks the id index (a dense filter: a few ms) or reads an index and sorts (a sparse one). As
 * joins or subqueries it guessed a handful of rows and sorted 60,000 for a busy oblast (0.5 s on
 * 1 M figures; see README, API). `locations` / `sources` null: no restriction (the one top place,
 * the country, whose subtree is every place, restricts nothing).
 */
interface ResolvedQuery {
  locations: number[] | null;
  indicators: number[];
  sources: number[] | null;
  /** What the query names that does not exist (or is not public). */
  unknown: UnknownReferences;
  /** The data version of the snapshot the ids were read from (reference-data changes advance it). */
  version: DataVersion;
}

interface NamedReferences {
  placeExists: boolean;
  indicators: string[];
  sources: number[];
}

export interface UnknownReferences {
  place: string | null;
  indicators: string[];
  sources: number[];
}

const namesUnknown = (unknown: UnknownReferences) => unknown.place !== null || unknown.indicators.length > 0 || unknown.sources.length > 0;

async function resolve(query: FigureQuery): Promise<ResolvedQuery> {
  const grades = allowedReliabilities(query.grade);
  const [row] = await readPrisma.$queryRaw<
    Array<{
      locations: number[] | null;
      everywhere: boolean;
      indicators: number[];
      sources: number[];
      named: NamedReferences;
      dataVersion: bigint;
      dataChangedAt: Date;
    }>
  >`
    SELECT dv.version AS "dataVersion", dv.changed_at AS "dataChangedAt",
      json_build_object(
        'placeExists', EXISTS (SELECT 1 FROM location WHERE pcode = ${query.place ?? ""}),
        'indicators', ARRAY(SELECT slug FROM indicator WHERE slug = ANY(${query.indicators}::text[]) AND is_public),
        'sources', ARRAY(SELECT id FROM source WHERE id = ANY(${query.sources}::int[]))) AS named,
      ARRAY(SELECT c.descendant_id FROM location_closure c JOIN location p ON p.id = c.ancestor_id WHERE p.pcode = ${query.place ?? ""}
        ORDER BY c.descendant_id) AS locations,
      EXISTS (SELECT 1 FROM location p WHERE p.pcode = ${query.place ?? ""} AND p.parent_id IS NULL)
        AND (SELECT count(*) FROM location WHERE parent_id IS NULL) = 1 AS everywhere,
      ARRAY(SELECT id FROM indicator WHERE is_public AND (${query.domain}::text IS NULL OR domain::text = ${query.domain}::text)
        AND (cardinality(${query.indicators}::text[]) = 0 OR slug = ANY(${query.indicators}::text[])) ORDER BY id) AS indicators,
      ARRAY(SELECT id FROM source WHERE (cardinality(${query.sources}::int[]) = 0 OR id = ANY(${query.sources}::int[]))
        AND reliability::text = ANY(${grades}::text[]) ORDER BY id) AS sources
    FROM data_version dv WHERE dv.id = 1`;
  if (!row) throw new Error("data_version has no row: run the migrations (npm run migrate).");
  const restrictsSources = query.sources.length > 0 || query.grade !== "F";
  return {
    version: { version: Number(row.dataVersion), changedAt: row.dataChangedAt },
    locations: query.place === null || row.everywhere ? null : row.locations,
    indicators: row.indicators,
    sources: restrictsSources ? row.sources : null,
    unknown: {
      place: query.place !== null && !row.named.placeExists ? query.place : null,
      indicators: query.indicators.filter((slug) => !row.named.indicators.includes(slug)),
      sources: query.sources.filter((id) => !row.named.sources.includes(id)),
    },
  };
}

function conditions(query: FigureQuery, ids: ResolvedQuery, after: number | null): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`f.status = 'published'`, Prisma.sql`f.indicator_id = ANY(${ids.indicators}::int[])`];
  if (after !== null) where.push(Prisma.sql`f.id > ${after}`);
  if (ids.locations) where.push(Prisma.sql`f.location_id = ANY(${ids.locations}::int[])`);
  if (ids.sources) where.push(Prisma.sql`f.source_id = ANY(${ids.sources}::int[])`);
  if (query.from) where.push(Prisma.sql`f.as_of >= ${query.from}::date`);
  if (query.to) where.push(Prisma.sql`f.as_of <= ${query.to}::date`);
  if (query.cred !== 6) where.push(Prisma.sql`f.credibility = ANY(${allowedCredibilities(query.cred)}::int[])`);
  if (query.ver.length < VERIFICATION_STATUSES.length) where.push(Prisma.sql`f.verification::text = ANY(${query.ver}::text[])`);
  if (query.updatedSince) where.push(Prisma.sql`f.updated_at > ${query.updatedSince}::timestamptz`);
  for (const condition of [
    breakdownCondition("sex", query.sex),
    breakdownCondition("age_group", query.ageGroup),
    breakdownCondition("population_group", query.populationGroup),
  ])
    if (condition) where.push(condition);
  return Prisma.join(where, " AND ");
}

/** Up to `limit` figures for resolved ids, after `after`, in id order, with the data version they were read at. */
function pickFigures(
  query: FigureQuery,
  ids: ResolvedQuery,
  page: { after: number | null; limit: number },
): Promise<{ figures: PublishedFigure[]; version: DataVersion }> {
  // Nothing can match: the ids' own snapshot is the answer's.
  if (ids.indicators.length === 0 || ids.locations?.length === 0 || ids.sources?.length === 0)
    return Promise.resolve({ figures: [], version: ids.version });
  return readFigures(Prisma.sql`
      SELECT f.id FROM figure f
      WHERE ${conditions(query, ids, page.after)}
      ORDER BY f.id
      LIMIT ${page.limit}`);
}

interface Row {
  figureId: number;
  slug: string;
  indicatorName: string;
  indicatorNameUk: string | null;
  domain: string;
  unit: string;
  hxlTag: string;
  pcode: string;
  nameEn: string;
  nameUk: string;
  adminLevel: number;
  pcodesByLevel: Record<string, string> | null;
  periodStart: string | null;
  asOf: string;
  qualifier: PublishedFigure["qualifier"];
  noInformation: boolean;
  low: number | null;
  best: number | null;
  high: number | null;
  sex: PublishedFigure["sex"];
  ageGroup: PublishedFigure["ageGroup"];
  populationGroup: PublishedFigure["populationGroup"];
  sourceId: number;
  sourceName: string;
  sourceKind: string;
  affiliation: string | null;
  reliabilityAtPublication: PublishedFigure["source"]["reliabilityNow"] | null;
  reliabilityNow: PublishedFigure["source"]["reliabilityNow"];
  credibility: number;
  verification: PublishedFigure["verification"];
  sourceUrl: string | null;
  sourcePublishedAt: string | null;
  sourcePlaceName: string | null;
  notes: string | null;
  publishedAt: Date;
  updatedAt: Date;
}

function toFigure(row: Row): PublishedFigure {
  const pcodesByLevel: Partial<Record<AdminLevel, string>> = {};
  for (const [level, pcode] of Object.entries(row.pcodesByLevel ?? {})) pcodesByLevel[Number(level) as AdminLevel] = pcode;
  return {
    figureId: row.figureId,
    indicator: {
      slug: row.slug,
      name: row.indicatorName,
      nameUk: row.indicatorNameUk,
      domain: row.domain,
      unit: row.unit,
      hxlTag: row.hxlTag,
    },
    place: { pcode: row.pcode, nameEn: row.nameEn, nameUk: row.nameUk, adminLevel: row.adminLevel, pcodesByLevel },
    periodStart: row.periodStart,
    asOf: row.asOf,
    qualifier: row.qualifier,
    noInformation: row.noInformation,
    low: row.low,
    best: row.best,
    high: row.high,
    sex: row.sex,
    ageGroup: row.ageGroup,
    populationGroup: row.populationGroup,
    source: {
      id: row.sourceId,
      name: row.sourceName,
      kind: row.sourceKind,
      affiliation: row.affiliation,
      // Before any recorded grade change the source had the grade it has now.
      reliabilityAtPublication: row.reliabilityAtPublication ?? row.reliabilityNow,
      reliabilityNow: row.reliabilityNow,
    },
    credibility: row.credibility,
    verification: row.verification,
    sourceUrl: row.sourceUrl,
    sourcePublishedAt: row.sourcePublishedAt,
    sourcePlaceName: row.sourcePlaceName,
    notes: row.notes,
    publishedAt: row.publishedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The figures whose ids `picked` (a query of one column, id) selects, every column of the exchange
 * format, in id order; with the data version of the same snapshot (a row of nulls beside it when
 * nothing is picked), so that an answer is labelled with exactly the version of what it holds.
 */
async function readFigures(picked: Prisma.Sql): Promise<{ figures: PublishedFigure[]; version: DataVersion }> {
  const rows = await readPrisma.$queryRaw<Array<(Row | { [K in keyof Row]: null }) & { dataVersion: bigint; dataChangedAt: Date }>>`
    WITH picked AS (${picked})
    SELECT dv.version AS "dataVersion", dv.changed_at AS "dataChangedAt", page.*
    FROM data_version dv LEFT JOIN LATERAL (
    SELECT f.id AS "figureId", i.slug, i.name AS "indicatorName", i.name_uk AS "indicatorNameUk", i.domain::text AS "domain", i.unit, i.hxl_tag AS "hxlTag",
      l.pcode, l.name_en AS "nameEn", l.name_uk AS "nameUk", l.admin_level::int AS "adminLevel",
      (SELECT json_object_agg(a.admin_level, a.pcode) FROM location_closure c JOIN location a ON a.id = c.ancestor_id
        WHERE c.descendant_id = l.id) AS "pcodesByLevel",
      to_char(f.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(f.as_of, 'YYYY-MM-DD') AS "asOf",
      f.qualifier::text AS "qualifier", f.no_information AS "noInformation", f.low, f.best, f.high,
      f.sex::text AS "sex", f.age_group::text AS "ageGroup", f.population_group::text AS "populationGroup",
      s.id AS "sourceId", s.name AS "sourceName", s.kind::text AS "sourceKind", s.affiliation,
      (SELECT g.to_grade::text FROM source_grade_change g WHERE g.source_id = s.id AND g.changed_at <= f.published_at
        ORDER BY g.changed_at DESC LIMIT 1) AS "reliabilityAtPublication",
      s.reliability::text AS "reliabilityNow", f.credibility::int AS "credibility", f.verification::text AS "verification",
      f.source_url AS "sourceUrl", to_char(f.source_published_at, 'YYYY-MM-DD') AS "sourcePublishedAt",
      f.source_place_name AS "sourcePlaceName", f.notes,
      COALESCE(f.published_at, f.updated_at) AS "publishedAt", f.updated_at AS "updatedAt"
    FROM picked
    JOIN figure f ON f.id = picked.id
    JOIN indicator i ON i.id = f.indicator_id
    JOIN location l ON l.id = f.location_id
    JOIN source s ON s.id = f.source_id
    ) page ON true
    WHERE dv.id = 1
    ORDER BY page."figureId"`;
  const first = rows[0];
  if (!first) throw new Error("data_version has no row: run the migrations (npm run migrate).");
  return {
    figures: rows.filter((row): row is Row & typeof first => row.figureId !== null).map(toFigure),
    version: { version: Number(first.dataVersion), changedAt: first.dataChangedAt },
  };
}

/** Up to `limit` published figures matching `query` with id > `after`, in id order. */
export async function pagePublishedFigures(query: FigureQuery, page: { after: number | null; limit: number }): Promise<PublishedFigure[]> {
  return (await pickFigures(query, await resolve(query), page)).figures;
}

/**
 * The API's names -> ids of recent queries (place subtree, indicators, sources by grade), for one
 * data version: every change of reference data advances it, so a resolution read at the version
 * the page is read at is exactly what resolving again would give. Per server process; all entries
 * are of `version`, and seeing another version empties it. Queries that name something unknown are
 * not kept (they answer 400 after resolving).
 */
const resolutions = { version: 0, entries: new Map<string, ResolvedQuery>() };
const RESOLUTIONS_KEPT = 256;

const resolutionKey = (q: FigureQuery) => JSON.stringify([q.place, q.domain, q.indicators, q.sources, q.grade]);

function keepResolution(key: string, ids: ResolvedQuery) {
  if (ids.version.version !== resolutions.version) {
    // An older snapshot than the kept ones (a slower concurrent request) is not kept.
    if (ids.version.version < resolutions.version) return;
    resolutions.version = ids.version.version;
    resolutions.entries.clear();
  }
  if (namesUnknown(ids.unknown)) return;
  if (resolutions.entries.size >= RESOLUTIONS_KEPT) resolutions.entries.delete(resolutions.entries.keys().next().value!);
  resolutions.entries.set(key, ids);
}

/**
 * One page for the API: the figures, what the query names that does not exist (for a clear 400),
 * and the data version to label the answer with, in one statement when the query's ids are kept
 * from an earlier request at the same data version (the page's statement reads the version and
 * tells), in two otherwise (names -> ids with the check of unknown names and the version, then the
 * page). The label is never newer than any snapshot the answer was read from.
 */
export async function pagePublishedFiguresChecked(
  query: FigureQuery,
  page: { after: number | null; limit: number },
): Promise<{ figures: PublishedFigure[]; unknown: UnknownReferences; version: DataVersion }> {
  const key = resolutionKey(query);
  const kept = resolutions.entries.get(key);
  if (kept) {
    const read = await pickFigures(query, kept, page);
    if (read.version.version === kept.version.version) return { ...read, unknown: kept.unknown };
    // The data moved since the ids were read: they may be stale. Forget them all and resolve again.
    if (read.version.version > resolutions.version) {
      resolutions.version = read.version.version;
      resolutions.entries.clear();
    }
  }
  const ids = await resolve(query);
  keepResolution(key, ids);
  const { unknown } = ids;
  if (namesUnknown(unknown)) return { figures: [], unknown, version: ids.version };
  const read = await pickFigures(query, ids, page);
  // Ids and page from two snapshots: labelled with the older (the ids'), which a client revalidates sooner.
  return { figures: read.figures, unknown, version: ids.version };
}

/** One figure as the API's /figures/{id} shows it: published or retracted (of a public indicator), with its public history. */
export async function getPublicFigureWithHistory(id: number) {
  const [figure, page] = await Promise.all([
    readFigures(Prisma.sql`
      SELECT f.id FROM figure f JOIN indicator i ON i.id = f.indicator_id
      WHERE f.id = ${id} AND f.status IN ('published', 'retracted') AND i.is_public`).then((read) => read.figures[0]),
    getPublicFigure(id),
  ]);
  if (!figure || !page) return null;
  const retraction = page.figure.status === "retracted" ? page.history.findLast((h) => h.action === "retracted") : undefined;
  return {
    figure,
    status: page.figure.status as "published" | "retracted",
    retraction: page.figure.status === "retracted" ? { reason: page.figure.statusReason, at: retraction?.at ?? null } : null,
    history: page.history,
  };
}

/** Which of the places, indicators and sources a query names do not exist (or are not public), for a clear 400. */
export async function unknownReferences(query: Pick<FigureQuery, "place" | "indicators" | "sources">): Promise<UnknownReferences> {
  const [row] = await readPrisma.$queryRaw<Array<{ placeExists: boolean; indicators: string[]; sources: number[] }>>`
    SELECT
      (${query.place}::text IS NULL OR EXISTS (SELECT 1 FROM location WHERE pcode = ${query.place})) AS "placeExists",
      ARRAY(SELECT slug FROM indicator WHERE slug = ANY(${query.indicators}::text[]) AND is_public) AS indicators,
      ARRAY(SELECT id FROM source WHERE id = ANY(${query.sources}::int[])) AS sources`;
  return {
    place: row?.placeExists === false ? query.place : null,
    indicators: query.indicators.filter((slug) => !row?.indicators.includes(slug)),
    sources: query.sources.filter((id) => !row?.sources.includes(id)),
  };
}

/** Every published figure matching `query`, a batch at a time (for streamed exports). */
export async function* publishedFigureBatches(query: FigureQuery, batchSize = 5000): AsyncGenerator<PublishedFigure[]> {
  const ids = await resolve(query);
  let after: number | null = null;
  for (;;) {
    const { figures: batch } = await pickFigures(query, ids, { after, limit: batchSize });
    if (batch.length === 0) return;
    yield batch;
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1]!.figureId;
  }
}

/** A published figure that was later retracted: what a client that syncs with updated_since must drop. */
export interface Retraction {
  figureId: number;
  indicator: string;
  placePcode: string;
  sourceId: number;
  asOf: string;
  /** ISO timestamp (UTC). */
  retractedAt: string;
  reason: string | null;
}

/**
 * Retracted figures of public indicators (retracted after `since`, when given), in id order, up to
 * `limit` with id > `after`. A retraction is terminal, so the list only grows: a client can page it
 * like the figures and keep the time it started for its next `since`.
 */
export async function pageRetractions(
  query: { since: string | null },
  page: { after: number | null; limit: number },
): Promise<Retraction[]> {
  const where: Prisma.Sql[] = [Prisma.sql`f.status = 'retracted'`, Prisma.sql`i.is_public`];
  if (page.after !== null) where.push(Prisma.sql`f.id > ${page.after}`);
  if (query.since) where.push(Prisma.sql`r.changed_at > ${query.since}::timestamptz`);
  const rows = await readPrisma.$queryRaw<Array<Omit<Retraction, "retractedAt"> & { retractedAt: Date }>>`
    SELECT f.id AS "figureId", i.slug AS "indicator", l.pcode AS "placePcode", f.source_id AS "sourceId",
      to_char(f.as_of, 'YYYY-MM-DD') AS "asOf", r.changed_at AS "retractedAt", r.reason
    FROM figure f
    JOIN indicator i ON i.id = f.indicator_id
    JOIN location l ON l.id = f.location_id
    JOIN LATERAL (
      SELECT v.changed_at, v.reason FROM figure_revision v WHERE v.figure_id = f.id AND v.action = 'retracted' ORDER BY v.version DESC LIMIT 1
    ) r ON TRUE
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY f.id
    LIMIT ${page.limit}`;
  return rows.map((row) => ({ ...row, retractedAt: row.retractedAt.toISOString() }));
}
