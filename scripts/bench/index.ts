// `npm run bench`: the read path's measuring instrument (README, "Running at scale").
//
// 1. A throw-away embedded PostgreSQL (with pg_stat_statements preloaded), one database migrated
//    like production (owner role + least-privilege app role), the demo data, then the synthetic
//    data set of --figures claims (./generate.ts, one COPY).
// 2. The production build (scripts/server.mjs, NODE_ENV=production, as the app role) and a
//    static file served by a plain Node HTTP server (./static-server.mjs), both on loopback.
// 3. For each public page and a download: N sequential requests (server time to the last byte,
//    p50/p95), bytes, the SQL time of those requests (pg_stat_statements, app role), app/SQL;
//    then throughput with autocannon for two static files (the HTML of `/` and of the domain page),
//    `/` and the domain page, in the same run; node's peak RSS (VmHWM); the first-load JS of each page
//    (gzipped, from the build's files).
// 4. The same pages' server time on the demo data alone (a second small database, the same build),
//    beside the large data set's: p95 large / demo, against the goal of at most 2x (--no-demo skips it).
// 5. Results as JSON in .data/bench/results-<timestamp>.json and a table; --compare <json> prints
//    an earlier run beside this one.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { withClient } from "../../lib/migrations/pg";
import { migrateDatabase } from "../../lib/migrations/roles";
import { seedDemoData } from "../../prisma/seed/seed";
import { buildIfNeeded } from "../lib/build";
import { freePort } from "../lib/postgres";
import { FIRST_LOAD_JS_BUDGET_KB, FIRST_LOAD_JS_PAGES, firstLoadJsKb } from "./first-load-js";
import {
  appliedMigrations,
  clearDataDir,
  codeMigrations,
  generatorDigest,
  inspectDataDir,
  migrationsDigest,
  planMigrations,
  removeMarker,
  writeMarker,
  writeSecrets,
} from "./data-dir";
import { generateDataset, type GenerateResult } from "./generate";
import { cleanUp, cleanups, counters, peakRssMb, ROOT, startChild, startDatabase, waitForHttp, startBenchApp } from "./harness";
import {
  DEMO_RATIO_GOAL,
  demoComparison,
  formatComparison,
  formatResults,
  type BenchResults,
  type PageResult,
  type ThroughputResult,
} from "./report";

const log = (line: string) => console.log(`[bench] ${line}`);
const MAX_FIGURES = 10_000_000;
const DOWNLOAD_INDICATOR = "civilians-killed";

const { values: args } = parseArgs({
  options: {
    figures: { type: "string", default: "1000000" },
    requests: { type: "string" },
    duration: { type: "string" },
    connections: { type: "string" },
    timeout: { type: "string", default: "120" },
    seed: { type: "string", default: "20220224" },
    compare: { type: "string" },
    with: { type: "string" },
    serve: { type: "boolean", default: false },
    "data-dir": { type: "string" },
    "js-only": { type: "boolean", default: false },
    "no-demo": { type: "boolean", default: false },
    "demo-requests": { type: "string", default: "20" },
    readers: { type: "string", default: "20" },
    help: { type: "boolean", default: false },
  },
});

const HELP = `npm run bench -- [--figures N] [--requests N] [--duration S] [--connections N] [--timeout S] [--seed N] [--compare FILE] [--serve]
                   [--data-dir DIR] [--js-only] [--no-demo] [--demo-requests N] [--readers N]
  --figures      synthetic figures to generate (default 1000000, at most ${MAX_FIGURES})
  --requests     sequential requests per page (default: 20 up to 200k figures, 5 up to 2M, else 3)
  --duration     seconds of each autocannon run (default 10)
  --connections  autocannon's concurrent connections (default 10 up to 200k figures, else 2)
  --timeout      seconds before a request is given up (default 120)
  --seed         the generator's seed (same seed and size, same data)
  --compare      an earlier results JSON, printed beside this run
  --compare A --with B   only print two earlier runs side by side (nothing is started)
  --serve        generate the data set, start the app on it and keep both running (measure nothing) until
                 stopped; writes the database URLs to .data/bench/serve.env to start another build against it
  --data-dir     keep the data set's database cluster in DIR: a later run with the same --figures and --seed
                 starts PostgreSQL on it and skips seeding and generating; it applies the migrations the kept
                 set lacks (older code made it) and refuses a set made by newer code
  --no-demo      skip the demo-scale pass (the same pages on the demo data alone, for the "within ${DEMO_RATIO_GOAL}x" goal)
  --demo-requests  sequential requests per page in the demo-scale pass (default 20, at least --requests)
  --readers      concurrent readers in the uncached pass: each reads every public page once, all at the same
                 time, bypassing the page cache, counting failed panels and pool timeouts (default 20; 0 skips it)
  --js-only      measure only the first-load JS of the public pages (${FIRST_LOAD_JS_PAGES.join(", ")}), on the demo
                 data, against the ${FIRST_LOAD_JS_BUDGET_KB} kB budget; exits 1 when a page is over it`;

function positive(name: string, value: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be a whole number from 1 to ${max}, not "${value}"`);
  return n;
}

if (args.help) {
  console.log(HELP);
  process.exit(0);
}
if (args.compare && args.with) {
  const [a, b] = await Promise.all([args.compare, args.with].map(async (f) => JSON.parse(await readFile(f, "utf8")) as BenchResults));
  console.log(formatComparison(a!, b!));
  process.exit(0);
}
const figures = positive("figures", args.figures, 1_000_000, MAX_FIGURES);
const requests = positive("requests", args.requests, figures <= 200_000 ? 20 : figures <= 2_000_000 ? 5 : 3, 1000);
const duration = positive("duration", args.duration, 10, 600);
const connections = positive("connections", args.connections, figures <= 200_000 ? 10 : 2, 100);
const timeoutMs = positive("timeout", args.timeout, 120, 3600) * 1000;
const seed = positive("seed", args.seed, 20_220_224);
const readers = Number(args.readers) === 0 ? 0 : positive("readers", args.readers, 20, 200);
const demoRequests = Math.max(requests, positive("demo-requests", args["demo-requests"], 20, 1000));

interface Fetched {
  ms: number;
  status: number;
  bytes: number;
  text?: string;
}

/** One request, timed to the last byte of the body; the body is kept only when asked. */
async function timedGet(url: string, keep: boolean): Promise<Fetched> {
  const start = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { "Accept-Encoding": "identity" } });
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      if (keep) chunks.push(value);
    }
    const ms = performance.now() - start;
    return { ms, status: response.status, bytes, text: keep ? Buffer.concat(chunks).toString("utf8") : undefined };
  } catch (error) {
    const name = (error as Error).name;
    return { ms: performance.now() - start, status: name === "TimeoutError" || name === "AbortError" ? -1 : 0, bytes: 0 };
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function sqlStats(adminDbUrl: string, appRole: string, reset: boolean) {
  return withClient(adminDbUrl, async (c) => {
    if (reset) {
      await c.query("SELECT pg_stat_statements_reset()");
      return null;
    }
    const { rows } = await c.query<{ ms: number; calls: number; rows: number; temp: number }>(
      `SELECT coalesce(sum(total_exec_time), 0)::float AS ms, coalesce(sum(calls), 0)::int AS calls,
              coalesce(sum(s.rows), 0)::float AS rows, coalesce(sum(temp_blks_written), 0)::float AS temp
       FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid WHERE r.rolname = $1`,
      [appRole],
    );
    return rows[0]!;
  });
}

let uncachedCount = 0;
/** A URL the page cache never answers: a query of its own per request. */
const uncachedUrl = (base: string, pathAndQuery: string) =>
  `${base}${pathAndQuery}${pathAndQuery.includes("?") ? "&" : "?"}bench-uncached=${Date.now()}-${uncachedCount++}`;

// A failed panel shows its notice in the markup; the same words also travel, unused, in the page's
// scripts (the error boundary's fallback text, a prop of a client component), so those are left out.
const failed = (text: string | undefined) =>
  (text?.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").match(/could not be loaded/g) ?? []).length;

/**
 * The issue's "no panel fails to load under 20 concurrent readers": `readers` readers at once, each
 * reading every public page (not the download) once in its own order, uncached, so that every request
 * renders and queries; what failed, what timed out in the pool, and the latency under that load.
 */
async function concurrentReaders(base: string, pages: [string, string][]): Promise<NonNullable<BenchResults["concurrent"]>> {
  const list = pages.filter(([, p]) => !p.startsWith("/download"));
  log(`concurrent readers: ${readers} at once, each reading ${list.length} pages uncached`);
  const timeoutsBefore = counters.poolTimeouts;
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: readers }, async (_, reader) => {
      const mine: Fetched[] = [];
      // Each reader starts at another page, so that every page is in flight at once.
      for (let i = 0; i < list.length; i++) mine.push(await timedGet(uncachedUrl(base, list[(reader + i) % list.length]![1]), true));
      return mine;
    }),
  );
  const all = answers.flat();
  const sorted = all.map((a) => a.ms).sort((a, b) => a - b);
  return {
    readers,
    requests: all.length,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    p50Ms: Math.round(percentile(sorted, 50)),
    p95Ms: Math.round(percentile(sorted, 95)),
    maxMs: Math.round(sorted[sorted.length - 1] ?? 0),
    errors: all.filter((a) => a.status !== 200).length,
    failedPanels: all.reduce((n, a) => n + failed(a.text), 0),
    poolTimeouts: counters.poolTimeouts - timeoutsBefore,
  };
}

async function measurePage(
  base: string,
  label: string,
  pathAndQuery: string,
  db: { adminDbUrl: string; appRole: string },
  pid: number,
  requests: number,
): Promise<PageResult> {
  log(`${label}: 1 warm-up + ${requests} requests`);
  // Server time is measured uncached: each request has a query of its own, so the page cache
  // (scripts/lib/page-cache.mjs) never answers it. The throughput runs below measure the cache.
  const uncached = () => uncachedUrl(base, pathAndQuery);
  const warm = await timedGet(uncached(), true);
  await sqlStats(db.adminDbUrl, db.appRole, true);
  const timeoutsBefore = counters.poolTimeouts;
  const times: number[] = [];
  let errors = 0;
  let bytes = warm.bytes;
  let failedPanels = 0;
  for (let i = 0; i < requests; i++) {
    const r = await timedGet(uncached(), true);
    if (r.status !== 200) errors++;
    else bytes = r.bytes;
    failedPanels += failed(r.text);
    times.push(r.ms);
  }
  const sql = (await sqlStats(db.adminDbUrl, db.appRole, false))!;
  const sorted = [...times].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const sqlMs = sql.ms / requests;
  const html = warm.text ?? "";
  const js = /\.csv|download/.test(pathAndQuery) ? null : await firstLoadJsKb(html, ROOT);
  // The React payload inlined in the page (what hydration reads), beside its markup.
  const payloadBytes = /download/.test(pathAndQuery)
    ? null
    : (html.match(/<script[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g) ?? []).reduce((n, tag) => n + Buffer.byteLength(tag), 0);
  return {
    page: label,
    path: pathAndQuery,
    status: warm.status,
    errors,
    p50Ms: Math.round(p50),
    p95Ms: Math.round(percentile(sorted, 95)),
    bytes,
    payloadBytes,
    sqlMsPerRequest: Math.round(sqlMs * 10) / 10,
    sqlStatementsPerRequest: Math.round(sql.calls / requests),
    sqlRowsPerRequest: Math.round(sql.rows / requests),
    // Sorts and hashes that spilled to disk (8 kB blocks).
    sqlTempBlocksPerRequest: Math.round(sql.temp / requests),
    appOverSql: sqlMs > 0 ? Math.round((p50 / sqlMs) * 10) / 10 : null,
    failedPanels,
    poolTimeouts: counters.poolTimeouts - timeoutsBefore,
    firstLoadJsKbGzip: js?.kb ?? null,
    peakRssMbAfter: await peakRssMb(pid),
  };
}

async function throughput(label: string, url: string): Promise<ThroughputResult> {
  log(`throughput ${label}: ${connections} connections, ${duration} s`);
  // Warm-up: the page cache keeps a page after its first render, so the run measures what readers
  // get once a page is cached; X-Cache of the request just before the run says whether it is.
  const probe = async () => {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { "Accept-Encoding": "identity" } });
    await response.arrayBuffer();
    return response.headers.get("x-cache");
  };
  await probe().catch(() => null);
  const cache = await probe().catch(() => null);
  const result = await autocannon({ url, connections, duration, timeout: timeoutMs / 1000, headers: { "accept-encoding": "identity" } });
  return {
    target: label,
    cache,
    // Completed responses over the run's length (autocannon's per-second average rounds a slow page down to 0).
    requestsPerSecond: Number((result.requests.total / result.duration).toPrecision(3)),
    completed: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    latencyP50Ms: result.latency.p50,
    latencyP97_5Ms: result.latency.p97_5,
  };
}

async function main() {
  const started = new Date();
  log(`${figures.toLocaleString("en")} figures; ${requests} requests per page; autocannon ${connections} connections x ${duration} s`);
  await buildIfNeeded(ROOT, log);
  if (args["js-only"]) return jsOnly();
  const { db, authSecret, generated, generateSeconds, reusedFrom } = await prepareDataSet();

  const { pcode, name, claims } = await busiestPlace(db.migrationUrl);
  const busy = { pcode, name, claims };
  const domains = await publicDomains(db.migrationUrl);

  const { base, child: app } = await startBenchApp({ databaseUrl: db.url, authSecret });
  log(`app on ${base} (pid ${app.pid})`);
  if (args.serve) return serve(base, db, authSecret, busy);

  const throughputDomain = domains.includes("casualties") ? "/casualties" : `/${domains[0]}`;
  const results: PageResult[] = [];
  const kept = new Map<string, string>();
  for (const [label, pathAndQuery] of publicPages(domains, busy)) {
    const result = await measurePage(base, label, pathAndQuery, db, app.pid!, requests);
    results.push(result);
    // The bytes of `/` and of the domain page as this run serves them: the static files below.
    if (pathAndQuery === "/" || pathAndQuery === throughputDomain)
      kept.set(pathAndQuery, (await timedGet(base + pathAndQuery, true)).text ?? "");
    log(`  p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, ${result.bytes} bytes, SQL ${result.sqlMsPerRequest} ms`);
  }
  const concurrent = readers > 0 ? await concurrentReaders(base, publicPages(domains, busy)) : undefined;
  if (concurrent) log(`  ${JSON.stringify(concurrent)}`);
  const peakRssSequentialMb = await peakRssMb(app.pid!);

  // The static files, served from memory by the same plain server: the HTML of `/` (the yardstick of
  // every "of static" ratio, as since the issue was filed) and that of the domain page (each page's
  // "of its own static copy" ratio: the same bytes, so the page's size is left out).
  const outDir = path.join(ROOT, ".data", "bench");
  await mkdir(outDir, { recursive: true });
  const staticBase = async (name: string, html: string) => {
    const file = path.join(outDir, name);
    await writeFile(file, html);
    const port = await freePort();
    startChild([path.join(import.meta.dirname, "static-server.mjs"), file, String(port)], process.env, "static");
    await waitForHttp(`http://127.0.0.1:${port}/`, 10_000);
    return `http://127.0.0.1:${port}/`;
  };
  const staticHome = await staticBase("static-home.html", kept.get("/") ?? "");
  const staticDomain = await staticBase("static-domain.html", kept.get(throughputDomain) ?? "");
  const runs: ThroughputResult[] = [];
  runs.push(await throughput("static file (the HTML of /)", staticHome));
  runs.push(await throughput(`static file (the HTML of ${throughputDomain})`, staticDomain));
  runs.push(await throughput("/", `${base}/`));
  runs.push(await throughput(throughputDomain, `${base}${throughputDomain}`));
  const ratio = (a: number, b: number | undefined) => (b ? Number((a / b).toPrecision(3)) : null);
  const [homeStatic, domainStatic] = [runs[0]!.requestsPerSecond, runs[1]!.requestsPerSecond];
  for (const run of runs) run.ofStatic = ratio(run.requestsPerSecond, homeStatic);
  runs[2]!.ofOwnStatic = ratio(runs[2]!.requestsPerSecond, homeStatic);
  runs[3]!.ofOwnStatic = ratio(runs[3]!.requestsPerSecond, domainStatic);
  const peakRssThroughputMb = await peakRssMb(app.pid!);

  const demo = args["no-demo"] ? undefined : await demoScale(results);

  const results_: BenchResults = {
    startedAt: started.toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "?",
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    options: { figures, requests, duration, connections, timeoutSeconds: timeoutMs / 1000, seed },
    dataSet: { ...generated, generateSeconds, busiestSettlement: busy, ...(reusedFrom ? { reusedFrom } : {}) },
    sqlTimeFrom: "pg_stat_statements (total_exec_time of the app role's statements during the measured requests, divided by their number)",
    pages: results,
    throughput: runs,
    peakRssMb: { afterSequential: peakRssSequentialMb, afterThroughput: peakRssThroughputMb },
    ...(concurrent ? { concurrent } : {}),
    ...(demo ? { demo } : {}),
  };
  const file = path.join(outDir, `results-${started.toISOString().replace(/[:.]/g, "-")}.json`);
  await writeFile(file, JSON.stringify(results_, null, 2) + "\n");
  console.log("\n" + formatResults(results_));
  if (args.compare) {
    const earlier = JSON.parse(await readFile(args.compare, "utf8")) as BenchResults;
    console.log("\n" + formatComparison(earlier, results_));
  }
  console.log(`\nResults: ${path.relative(ROOT, file)}`);
}

/** The public pages measured, by label (the same labels at every scale, so that runs and scales pair up) and path. */
function publicPages(domains: string[], busy: { pcode: string }): [string, string][] {
  return [
    ["/", "/"],
    ...domains.map((d): [string, string] => [`/${d}`, `/${d}`]),
    [`/casualties?place=<busiest settlement>`, `/casualties?place=${busy.pcode}`],
    // An indicator's own page: its chart, every claim up to 100, "places within" and breakdowns.
    [`/casualties/${DOWNLOAD_INDICATOR}`, `/casualties/${DOWNLOAD_INDICATOR}`],
    [`/casualties/${DOWNLOAD_INDICATOR}?place=<busiest settlement>`, `/casualties/${DOWNLOAD_INDICATOR}?place=${busy.pcode}`],
    ["/sources", "/sources"],
    ["/timeline", "/timeline"],
    [`/download/${DOWNLOAD_INDICATOR}?view=claims&place=UA14`, `/download/${DOWNLOAD_INDICATOR}?view=claims&place=UA14`],
  ];
}

const publicDomains = (url: string) =>
  withClient(url, async (c) =>
    (await c.query<{ domain: string }>("SELECT DISTINCT domain::text AS domain FROM indicator WHERE is_public ORDER BY 1")).rows.map(
      (r) => r.domain,
    ),
  );

/**
 * The settlement with the most published casualty claims: the "busy place" of the by-place pages. When
 * there is none (`anyLevel`, the demo data), the place of any level with the most.
 */
async function busiestPlace(url: string, anyLevel = false) {
  return withClient(url, async (c) => {
    const query = (where: string) =>
      c.query<{ pcode: string; name: string; claims: number; level: number }>(
        `SELECT l.pcode, l.name_en AS name, count(*)::int AS claims, l.admin_level AS level FROM figure f
         JOIN indicator i ON i.id = f.indicator_id JOIN location l ON l.id = f.location_id
         WHERE i.domain = 'casualties' AND f.status = 'published' ${where}
         GROUP BY l.pcode, l.name_en, l.admin_level ORDER BY claims DESC, l.pcode LIMIT 1`,
      );
    const { rows } = await query("AND l.admin_level = 4");
    const row = rows[0] ?? (anyLevel ? (await query("")).rows[0] : undefined);
    if (!row) throw new Error("no place has a published casualty claim");
    const { level, ...place } = row;
    return { ...place, adminLevel: level };
  });
}

/**
 * The demo-scale pass: a second throw-away database with the demo data alone (migrated and seeded as
 * for the large one, nothing generated), the same build on it, the same pages (those it has), each
 * uncached as above; then each page's p95 beside the large data set's.
 */
async function demoScale(large: PageResult[]): Promise<NonNullable<BenchResults["demo"]>> {
  log(`demo scale: a second database with the demo data alone; ${demoRequests} requests per page`);
  const { db, authSecret } = await demoDatabase();
  await withClient(db.adminDbUrl, (c) => c.query("ANALYZE"));
  const busy = await busiestPlace(db.migrationUrl, true);
  const figuresInAll = await withClient(
    db.migrationUrl,
    async (c) => (await c.query<{ n: number }>("SELECT count(*)::int AS n FROM figure")).rows[0]!.n,
  );
  const { base, child } = await startBenchApp({ databaseUrl: db.url, authSecret, label: "demo-app" });
  const pages: PageResult[] = [];
  for (const [label, pathAndQuery] of publicPages(await publicDomains(db.migrationUrl), busy)) {
    if (!large.some((p) => p.page === label)) continue;
    const result = await measurePage(base, label, pathAndQuery, db, child.pid!, demoRequests);
    pages.push(result);
    log(`  p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, ${result.bytes} bytes`);
  }
  return { requests: demoRequests, figures: figuresInAll, busiestPlace: busy, pages, comparison: demoComparison(pages, large) };
}

/**
 * The data set to measure: made anew, or (--data-dir) kept from an earlier run with the same figures and
 * seed, brought up to date when older code made it (its pending migrations, then ANALYZE).
 */
async function prepareDataSet() {
  const dir = args["data-dir"] ? path.resolve(args["data-dir"]) : null;
  const make = async (db: Awaited<ReturnType<typeof startDatabase>>, authSecret: string) => {
    await migrateAndSeed(db, authSecret);
    const t0 = performance.now();
    const generated: GenerateResult = await generateDataset(db.migrationUrl, { figures, seed, log });
    const generateSeconds = Math.round((performance.now() - t0) / 100) / 10;
    log(`data set: ${JSON.stringify(generated)} in ${generateSeconds} s`);
    return { db, authSecret, generated, generateSeconds, reusedFrom: undefined as string | undefined };
  };
  if (!dir) return make(await startDatabase(), randomBytes(32).toString("base64url"));

  const migrations = await migrationsDigest(ROOT);
  const state = await inspectDataDir(dir, { figures, seed, migrations });
  if (state.reuse) {
    const { marker, secrets } = state;
    const db = await startDatabase({ dir: state.clusterDir, passwords: secrets.passwords });
    // Its migrations against the code's, before anything else: a set made by newer code is never made anew here.
    const plan = planMigrations(await appliedMigrations(db.adminDbUrl), await codeMigrations(ROOT));
    if (!plan.ok) {
      throw new Error(
        `--data-dir ${dir}: its data set cannot be brought up to date by this code's migrations: ${plan.why}. ` +
          `Run the code that made it, or give another folder (or delete this one) to make a data set anew.`,
      );
    }
    const version = await readDataVersion(db.adminDbUrl);
    if (version === marker.dataVersion) {
      log(`--data-dir ${dir}: using the data set of ${figures.toLocaleString("en")} figures (seed ${seed}) made ${marker.finishedAt}`);
      if (state.generatorChanged) log("  (scripts/bench/generate.ts has changed since: delete the folder to generate with the new one)");
      let dataVersion = version;
      if (plan.pending.length) {
        // The marker goes first: a migration that fails leaves none, and the next run makes the data set anew.
        log(`  ${plan.pending.length} migration(s) newer than the data set, applying: ${plan.pending.join(", ")}`);
        await removeMarker(dir);
        const t0 = performance.now();
        const applied = await migrateDatabase({ url: db.url, migrationUrl: db.migrationUrl });
        log(`  applied ${applied.length ? applied.join(", ") : "nothing"} in ${Math.round((performance.now() - t0) / 100) / 10} s`);
        dataVersion = await readDataVersion(db.adminDbUrl);
      } else log("  its migrations are this code's: nothing to apply");
      // Fresh planner statistics (also of what the migrations changed) and no statement counts of an earlier run.
      log("  ANALYZE");
      await withClient(db.adminDbUrl, async (c) => {
        await c.query("ANALYZE");
        await c.query("SELECT pg_stat_statements_reset()");
      });
      if (plan.pending.length || state.migrationsChanged || !marker.migrationNames) {
        await writeMarker(dir, {
          ...marker,
          migrations,
          migrationNames: (await appliedMigrations(db.adminDbUrl)).map((m) => m.name),
          dataVersion,
          ...(plan.pending.length
            ? { migratedAt: new Date().toISOString(), migrationsApplied: [...(marker.migrationsApplied ?? []), ...plan.pending] }
            : {}),
        });
      }
      return { db, authSecret: secrets.authSecret, generated: marker.generated, generateSeconds: marker.generateSeconds, reusedFrom: dir };
    }
    log(
      `--data-dir ${dir}: its public data changed since it was generated (data version ${marker.dataVersion} -> ${version}); making it anew`,
    );
    await cleanUp();
    cleanups.length = 0;
  } else log(`--data-dir ${dir}: making the data set there (${state.why})`);
  await clearDataDir(dir);
  const db = await startDatabase({ dir: state.clusterDir });
  const authSecret = randomBytes(32).toString("base64url");
  await writeSecrets(dir, { passwords: db.passwords, authSecret, clusterDataDir: db.dataDir });
  const made = await make(db, authSecret);
  // Last: the data set is complete (a run stopped before here leaves no marker, and the next one makes it anew).
  await writeMarker(dir, {
    figures,
    seed,
    migrations,
    migrationNames: (await appliedMigrations(db.adminDbUrl)).map((m) => m.name),
    generator: await generatorDigest(),
    dataVersion: await readDataVersion(db.adminDbUrl),
    generated: made.generated,
    generateSeconds: made.generateSeconds,
    finishedAt: new Date().toISOString(),
  });
  return made;
}

/** Migrated like production (owner role, then the app role's grants), then the demo data. */
async function migrateAndSeed(db: { url: string; migrationUrl: string }, authSecret: string) {
  await migrateDatabase({ url: db.url, migrationUrl: db.migrationUrl });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 2 }) });
  await seedDemoData(prisma, { authSecret });
  await prisma.$disconnect();
}

/** A throw-away database with the demo data alone. */
async function demoDatabase() {
  const db = await startDatabase();
  const authSecret = randomBytes(32).toString("base64url");
  await migrateAndSeed(db, authSecret);
  return { db, authSecret };
}

const readDataVersion = (url: string) =>
  withClient(
    url,
    async (c) => (await c.query<{ v: string }>("SELECT version::text AS v FROM data_version WHERE id = 1")).rows[0]?.v ?? "0",
  );

/** --js-only: the first-load JS of the public pages on the demo data (no generated data set), and whether each is within budget. */
async function jsOnly() {
  const { db, authSecret } = await demoDatabase();
  const { base } = await startBenchApp({ databaseUrl: db.url, authSecret });
  const rows: string[] = [];
  let over = 0;
  // The pages' HTML is kept, to see which chunks each names (chunksOf in first-load-js.ts).
  const outDir = path.join(ROOT, ".data", "bench", "js-only");
  await mkdir(outDir, { recursive: true });
  for (const page of FIRST_LOAD_JS_PAGES) {
    const fetched = await timedGet(base + page, true);
    await writeFile(path.join(outDir, `${page.replace(/\//g, "_") || "_"}.html`), fetched.text ?? "");
    const js = fetched.status === 200 ? await firstLoadJsKb(fetched.text ?? "", ROOT) : null;
    if (!js || js.kb > FIRST_LOAD_JS_BUDGET_KB) over++;
    rows.push(
      `| \`${page}\` | ${fetched.status} | ${js ? `${js.kb} kB (${js.files} files)` : "-"} | ${js && js.kb <= FIRST_LOAD_JS_BUDGET_KB ? "yes" : "NO"} |`,
    );
  }
  console.log(
    `\n| page | status | first-load JS, gzipped | within ${FIRST_LOAD_JS_BUDGET_KB} kB |\n| --- | --- | --- | --- |\n${rows.join("\n")}`,
  );
  if (over) process.exitCode = 1;
}

/** --serve: keep the database and the app running for a look at the pages, until SIGINT/SIGTERM. */
async function serve(base: string, db: { url: string; migrationUrl: string }, authSecret: string, busy: { pcode: string }) {
  const outDir = path.join(ROOT, ".data", "bench");
  await mkdir(outDir, { recursive: true });
  const envFile = path.join(outDir, "serve.env");
  await writeFile(
    envFile,
    `DATABASE_URL=${db.url}\nMIGRATION_DATABASE_URL=${db.migrationUrl}\nNEXTAUTH_SECRET=${authSecret}\nBUSY_PLACE=${busy.pcode}\n`,
  );
  log(`serving ${base} (busiest settlement ${busy.pcode}); database URLs in ${path.relative(ROOT, envFile)}; stop with SIGINT or SIGTERM`);
  await new Promise(() => {});
}

main()
  .then(cleanUp, async (error: unknown) => {
    console.error(error);
    await cleanUp();
    process.exitCode = 1;
  })
  .finally(() => process.exit());
