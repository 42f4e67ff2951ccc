// A synthetic data set at scale for `npm run bench`, on top of the demo reference data (its
// indicators, sources, places and users must be loaded first: prisma/seed).
//
// - A full hierarchy under the demo's country: ~25 oblasts, ~140 raions, ~1,500 hromadas and
//   ~10,000 settlements (the demo's own places kept), with P-codes of the demo's format.
// - ~200 sources with Admiralty grades (the demo's and synthetic ones).
// - `figures` claims over 4 years, skewed (Zipf) so that a few places, sources and indicators
//   carry most of the claims; mostly published; ranges, qualifiers, breakdowns and "no
//   information" mixed as in the demo. Every row satisfies the figure table's CHECK constraints.
//
// Figures go in with ONE `COPY` (and one per other table): the rollup triggers are statement-level
// with transition tables, so one big statement is what keeps the load fast. Deterministic for a
// given seed (a small PRNG, not Math.random).
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export interface GenerateOptions {
  figures: number;
  /** PRNG seed: the same seed and size give the same data set. */
  seed?: number;
  log?: (line: string) => void;
}

export interface GenerateResult {
  locations: { oblasts: number; raions: number; hromadas: number; settlements: number };
  sources: number;
  figures: number;
  timelineEvents: number;
  seconds: { locations: number; sources: number; figures: number; analyze: number };
}

export const TARGET = { oblasts: 25, raions: 140, hromadas: 1500, settlements: 10_000, sources: 200 } as const;
export const FIRST_DAY = Date.UTC(2022, 1, 24);
export const DAYS = 4 * 365 + 1;

/** mulberry32: small, fast, good enough for synthetic data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws an index 0..n-1 with probability proportional to 1 / (rank + 1)^s (a Zipf law). */
export function zipf(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Picks one of `choices` by weight. */
function weighted<T>(choices: readonly (readonly [T, number])[], random: () => number): () => T {
  const total = choices.reduce((s, [, w]) => s + w, 0);
  return () => {
    let x = random() * total;
    for (const [value, w] of choices) if ((x -= w) < 0) return value;
    return choices[choices.length - 1]![0];
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Splits `total` into `parts` near-equal whole numbers. */
function spread(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const isoDay = (day: number) => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);

interface Place {
  id: number;
  pcode: string;
  level: number;
  parentId: number | null;
  synthetic: boolean;
}

interface NewPlace {
  pcode: string;
  nameEn: string;
  nameUk: string;
  parent: string;
  lat: number | null;
  lon: number | null;
}

async function insertPlaces(client: pg.Client, level: number, places: NewPlace[]) {
  if (!places.length) return;
  // One statement per level: the closure table's statement-level trigger sees the whole level at once.
  await client.query(
    `INSERT INTO location (pcode, name_en, name_uk, admin_level, parent_id, latitude, longitude, pcode_note, updated_at)
     SELECT t.pcode, t.en, t.uk, $7, p.id, t.lat, t.lon, 'Synthetic (npm run bench)', now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::numeric[], $6::numeric[]) AS t(pcode, en, uk, parent, lat, lon)
     JOIN location p ON p.pcode = t.parent`,
    [
      places.map((p) => p.pcode),
      places.map((p) => p.nameEn),
      places.map((p) => p.nameUk),
      places.map((p) => p.parent),
      places.map((p) => p.lat),
      places.map((p) => p.lon),
      level,
    ],
  );
}

async function loadPlaces(client: pg.Client): Promise<Place[]> {
  const { rows } = await client.query<Place>(
    `SELECT id, pcode, admin_level AS level, parent_id AS "parentId", coalesce(pcode_note LIKE 'Synthetic%', false) AS synthetic
     FROM location ORDER BY admin_level, pcode`,
  );
  return rows;
}

/** Codes `prefix` + a number of `width` digits not yet taken, counting up from `start` by `step`. */
function freeCodes(prefix: string, width: number, count: number, taken: Set<string>, start: number, step: number): string[] {
  const codes: string[] = [];
  for (let n = start; codes.length < count; n += step) {
    if (String(n).length > width) throw new Error(`No free ${width}-digit codes left under ${prefix}`);
    const code = `${prefix}${pad(n, width)}`;
    if (!taken.has(code)) codes.push(code);
  }
  return codes;
}

/** Adds oblasts, raions, hromadas and settlements until the hierarchy has the TARGET sizes. */
async function generatePlaces(client: pg.Client, random: () => number) {
  const existing = await loadPlaces(client);
  const country = existing.find((p) => p.level === 0);
  if (!country) throw new Error("Load the demo reference data first (npm run seed): no country-level place.");
  const taken = new Set(existing.map((p) => p.pcode));
  const childrenOf = (pcode: string, level: number, all: { pcode: string; parent: string; level: number }[]) =>
    all.filter((p) => p.level === level && p.parent === pcode).map((p) => p.pcode);
  const byId = new Map(existing.map((p) => [p.id, p]));
  const tree = existing.map((p) => ({ pcode: p.pcode, level: p.level, parent: p.parentId ? byId.get(p.parentId)!.pcode : "" }));
  const coords = () => ({ lat: Math.round((44.5 + random() * 7.5) * 1e5) / 1e5, lon: Math.round((22.5 + random() * 17.5) * 1e5) / 1e5 });

  const levels: [string, string, number, number, (prefix: string, n: number) => string[]][] = [
    ["oblast", "область", TARGET.oblasts, 1, (prefix, n) => freeCodes(prefix, 2, n, taken, 1, 3)],
    ["raion", "район", TARGET.raions, 2, (prefix, n) => freeCodes(prefix, 2, n, taken, 2, 2)],
    ["hromada", "громада", TARGET.hromadas, 3, (prefix, n) => freeCodes(prefix, 3, n, taken, 101, 1)],
    ["settlement", "населений пункт", TARGET.settlements, 4, (prefix, n) => freeCodes(`${prefix}X`, 2, n, taken, 1, 1)],
  ];
  let parents = [country.pcode];
  for (const [nameEn, nameUk, target, level, codes] of levels) {
    const fresh: NewPlace[] = [];
    // Each parent gets its share of the target, counting the children it already has.
    const shares = spread(target, parents.length);
    parents.forEach((parent, i) => {
      const missing = shares[i]! - childrenOf(parent, level, tree).length;
      if (missing <= 0) return;
      for (const pcode of codes(parent, missing)) {
        taken.add(pcode);
        const number = pcode.slice(parent.length);
        const c = level === 4 ? coords() : { lat: null, lon: null };
        fresh.push({ pcode, parent, nameEn: `Synthetic ${nameEn} ${pcode}`, nameUk: `Синтетичний ${nameUk} ${number}`, ...c });
        tree.push({ pcode, parent, level });
      }
    });
    await insertPlaces(client, level, fresh);
    parents = tree.filter((p) => p.level === level).map((p) => p.pcode);
  }
}

const KINDS = ["un_agency", "government", "party_to_conflict", "ngo", "media", "researcher", "other"] as const;
const GRADES = [
  ["A", 8],
  ["B", 30],
  ["C", 30],
  ["D", 14],
  ["E", 6],
  ["F", 12],
] as const;

async function generateSources(client: pg.Client, random: () => number) {
  const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM source");
  const missing = TARGET.sources - rows[0]!.n;
  if (missing <= 0) return;
  const grade = weighted(GRADES, random);
  const names = Array.from({ length: missing }, (_, i) => `Synthetic source ${pad(i + 1, 3)}`);
  await client.query(
    `INSERT INTO source (name, name_key, kind, url, reliability, notes, updated_at)
     SELECT t.name, lower(t.name), t.kind::"SourceKind", t.url, t.grade::"Reliability", 'Synthetic (npm run bench)', now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(name, kind, url, grade)`,
    [
      names,
      names.map(() => KINDS[Math.floor(random() * KINDS.length)]),
      names.map((_, i) => `https://example.org/source-${pad(i + 1, 3)}`),
      names.map(() => grade()),
    ],
  );
}

/** COPY's text format: tab-separated, \N for null (our values never hold tabs, newlines or backslashes). */
const field = (value: string | number | null) => (value === null ? "\\N" : String(value));

const FIGURE_COLUMNS = [
  "indicator_id",
  "location_id",
  "source_id",
  "period_start",
  "as_of",
  "low",
  "best",
  "high",
  "qualifier",
  "no_information",
  "credibility",
  "verification",
  "status",
  "status_reason",
  "source_url",
  "sex",
  "age_group",
  "population_group",
  "author_id",
  "reviewer_id",
  "contributor_ids",
  "published_at",
  "created_at",
  "updated_at",
] as const;

export const STATUS_WEIGHTS = [
  ["published", 92],
  ["submitted", 3],
  ["draft", 2],
  ["rejected", 2],
  ["retracted", 1],
] as const;
const QUALIFIERS = [
  ["approximately", 50],
  ["exact", 15],
  ["at_least", 25],
  ["at_most", 5],
  ["more_than", 3],
  ["less_than", 2],
] as const;
const VERIFICATION = [
  ["reported", 60],
  ["corroborated", 25],
  ["verified", 10],
  ["disputed", 5],
] as const;
/** Claims per level of the hierarchy: most about settlements and hromadas, few about the whole country. */
const LEVEL_WEIGHTS = [
  [0, 2],
  [1, 8],
  [2, 20],
  [3, 25],
  [4, 45],
] as const;
const BREAKDOWN_VALUES: Record<string, readonly string[]> = {
  sex: ["female", "male"],
  age_group: ["child", "adult", "older_person"],
  population_group: ["civilian", "military"],
};

interface Refs {
  indicators: { id: number; allowed: string[] }[];
  sourceIds: number[];
  placesByLevel: number[][];
  editors: number[];
  reviewers: number[];
}

async function loadRefs(client: pg.Client, random: () => number): Promise<Refs> {
  const indicators = await client.query<{ id: number; allowed: string }>(
    "SELECT id, allowed_breakdowns::text[] AS allowed FROM indicator ORDER BY display_order, id",
  );
  const sources = await client.query<{ id: number }>("SELECT id FROM source ORDER BY id");
  const places = await loadPlaces(client);
  const users = await client.query<{ id: number; role: string }>("SELECT id, role::text FROM app_user WHERE is_active ORDER BY id");
  const editors = users.rows.filter((u) => u.role === "editor").map((u) => u.id);
  const reviewers = users.rows.filter((u) => u.role === "reviewer").map((u) => u.id);
  if (!editors.length || !reviewers.length) throw new Error("Load the demo data first: no editor or reviewer account.");
  return {
    // Shuffled, so that which indicator, source or place is "busy" is not tied to the demo's order.
    indicators: shuffle(
      indicators.rows.map((r) => ({ id: r.id, allowed: r.allowed as unknown as string[] })),
      random,
    ),
    sourceIds: shuffle(
      sources.rows.map((r) => r.id),
      random,
    ),
    // The demo's places (Donetsk oblast, on the front line) rank first: they are the busiest, as in reality.
    placesByLevel: [0, 1, 2, 3, 4].map((level) => {
      const atLevel = places.filter((p) => p.level === level);
      const demo = atLevel.filter((p) => !p.synthetic).map((p) => p.id);
      return [
        ...shuffle(demo, random),
        ...shuffle(
          atLevel.filter((p) => p.synthetic).map((p) => p.id),
          random,
        ),
      ];
    }),
    editors,
    reviewers,
  };
}

/** `count` figure rows in COPY text format, in batches of lines. */
function* figureRows(count: number, refs: Refs, random: () => number): Generator<string> {
  const indicator = zipf(refs.indicators.length, 0.6, random);
  const source = zipf(refs.sourceIds.length, 1.1, random);
  const placeAt = refs.placesByLevel.map((ids) => (ids.length ? zipf(ids.length, 1.05, random) : () => -1));
  const level = weighted(LEVEL_WEIGHTS, random);
  const status = weighted(STATUS_WEIGHTS, random);
  const qualifier = weighted(QUALIFIERS, random);
  const verification = weighted(VERIFICATION, random);
  const magnitude = [2_000_000, 200_000, 30_000, 5_000, 800];
  let lines: string[] = [];
  for (let n = 0; n < count; n++) {
    const ind = refs.indicators[indicator()]!;
    let lv = level();
    while (refs.placesByLevel[lv]!.length === 0) lv = (lv + 1) % 5;
    const locationId = refs.placesByLevel[lv]![placeAt[lv]!()]!;
    const sourceId = refs.sourceIds[source()]!;
    const day = Math.floor(random() * DAYS);
    const periodStart = random() < 0.2 ? isoDay(Math.max(0, day - (random() < 0.5 ? 6 : 29))) : null;
    const noInformation = random() < 0.03;
    let low: number | null = null;
    let best: number | null = null;
    let high: number | null = null;
    let q: string = qualifier();
    if (!noInformation) {
      // Grows over the 4 years (cumulative counts), with noise.
      best = Math.max(0, Math.round(magnitude[lv]! * (0.1 + (0.9 * day) / DAYS) * Math.exp((random() - 0.5) * 2)));
      if (q === "exact") low = high = best;
      else if (q === "at_least" || q === "more_than") [low, high] = [best, best + Math.round(best * random())];
      else if (q === "at_most" || q === "less_than") [low, high] = [Math.round(best * (0.5 + random() * 0.5)), best];
      else if (random() < 0.5) low = high = best;
      else [low, high] = [Math.round(best * (0.6 + random() * 0.4)), best + Math.round(best * random() * 0.5)];
    } else {
      q = "approximately";
    }
    let sex: string | null = null;
    let age: string | null = null;
    let group: string | null = null;
    if (ind.allowed.length && random() < 0.25) {
      const pick = (dim: string) => BREAKDOWN_VALUES[dim]![Math.floor(random() * BREAKDOWN_VALUES[dim]!.length)]!;
      for (const dim of ind.allowed) {
        if (random() < 0.6) continue;
        if (dim === "sex") sex = pick(dim);
        else if (dim === "age_group") age = pick(dim);
        else group = pick(dim);
      }
      if (sex === null && age === null && group === null) {
        const dim = ind.allowed[0]!;
        if (dim === "sex") sex = pick(dim);
        else if (dim === "age_group") age = pick(dim);
        else group = pick(dim);
      }
    }
    const st = status();
    const author = refs.editors[Math.floor(random() * refs.editors.length)]!;
    const reviewed = st !== "draft" && st !== "submitted";
    const reviewer = reviewed ? refs.reviewers[Math.floor(random() * refs.reviewers.length)]! : null;
    const created = `${isoDay(Math.min(DAYS - 1, day + 1))} 09:00:00+00`;
    const publishedAt = st === "published" || st === "retracted" ? `${isoDay(Math.min(DAYS - 1, day + 2))} 12:00:00+00` : null;
    const reason =
      st === "rejected" ? "Synthetic: duplicate of another claim" : st === "retracted" ? "Synthetic: the source corrected it" : null;
    lines.push(
      [
        ind.id,
        locationId,
        sourceId,
        periodStart,
        isoDay(day),
        low,
        best,
        high,
        q,
        noInformation ? "t" : "f",
        1 + Math.floor(random() * 6),
        verification(),
        st,
        reason,
        random() < 0.3 ? `https://example.org/report/${n}` : null,
        sex,
        age,
        group,
        author,
        reviewer,
        `{${author}}`,
        publishedAt,
        created,
        publishedAt ?? created,
      ]
        .map(field)
        .join("\t"),
    );
    if (lines.length === 5000) {
      yield lines.join("\n") + "\n";
      lines = [];
    }
  }
  if (lines.length) yield lines.join("\n") + "\n";
}

async function copyInto(client: pg.Client, table: string, columns: readonly string[], rows: Iterable<string>) {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`));
  await pipeline(Readable.from(rows), stream);
}

function* timelineRows(count: number, refs: Refs, random: () => number): Generator<string> {
  const place = zipf(refs.placesByLevel[4]!.length || 1, 1.05, random);
  const source = zipf(refs.sourceIds.length, 1.1, random);
  let lines: string[] = [];
  for (let n = 0; n < count; n++) {
    const day = Math.floor(random() * DAYS);
    const at = `${isoDay(Math.min(DAYS - 1, day + 1))} 12:00:00+00`;
    const locationId = refs.placesByLevel[4]![place()] ?? refs.placesByLevel[0]![0]!;
    lines.push(
      [
        isoDay(day),
        `Synthetic event ${n + 1}`,
        locationId,
        refs.sourceIds[source()]!,
        1 + Math.floor(random() * 6),
        "reported",
        "published",
        at,
        at,
        at,
      ]
        .map(field)
        .join("\t"),
    );
    if (lines.length === 5000) {
      yield lines.join("\n") + "\n";
      lines = [];
    }
  }
  if (lines.length) yield lines.join("\n") + "\n";
}

const seconds = (start: number) => Math.round((performance.now() - start) / 100) / 10;

/** Adds the synthetic data set to a migrated database that holds the demo data. `url`: the owner's connection. */
export async function generateDataset(url: string, options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? (() => {});
  const random = prng(options.seed ?? 20_220_224);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let start = performance.now();
    await generatePlaces(client, random);
    const tPlaces = seconds(start);
    log(`places in ${tPlaces} s`);
    start = performance.now();
    await generateSources(client, random);
    const tSources = seconds(start);
    const refs = await loadRefs(client, random);
    start = performance.now();
    log(`copying ${options.figures.toLocaleString("en")} figures ...`);
    await copyInto(client, "figure", FIGURE_COLUMNS, figureRows(options.figures, refs, random));
    const events = Math.max(20, Math.round(options.figures / 500));
    await copyInto(
      client,
      "timeline_event",
      [
        "occurred_on",
        "title",
        "location_id",
        "source_id",
        "credibility",
        "verification",
        "status",
        "published_at",
        "created_at",
        "updated_at",
      ],
      timelineRows(events, refs, random),
    );
    const tFigures = seconds(start);
    log(`figures in ${tFigures} s; analyzing`);
    start = performance.now();
    // Statistics and the visibility map as after autovacuum, so the plans are the ones production would get.
    for (const table of ["figure", "latest_claim", "claim_summary", "location", "location_closure", "source", "timeline_event"]) {
      await client.query(`VACUUM (ANALYZE) ${table}`);
    }
    const tAnalyze = seconds(start);
    const count = async (sql: string) => (await client.query<{ n: number }>(sql)).rows[0]!.n;
    const levelCount = (level: number) => count(`SELECT count(*)::int AS n FROM location WHERE admin_level = ${level}`);
    return {
      locations: {
        oblasts: await levelCount(1),
        raions: await levelCount(2),
        hromadas: await levelCount(3),
        settlements: await levelCount(4),
      },
      sources: await count("SELECT count(*)::int AS n FROM source"),
      figures: await count("SELECT count(*)::int AS n FROM figure"),
      timelineEvents: await count("SELECT count(*)::int AS n FROM timeline_event"),
      seconds: { locations: tPlaces, sources: tSources, figures: tFigures, analyze: tAnalyze },
    };
  } finally {
    await client.end();
  }
}
