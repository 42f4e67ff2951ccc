// `npm run bench:api`: the public API's throughput and latency (README, "API").
//
// A throw-away PostgreSQL (./harness.ts) with the demo data, two production servers on it
// (scripts/server.mjs): one with the page cache (PAGE_CACHE_MB default), one without it
// (PAGE_CACHE_MB=0), so every request of the second reaches the route handler and the database.
// For each data set (the demo data, then the demo plus --figures generated figures, ./generate.ts):
// autocannon, one target after the other, side by side:
//   - the trivial route handler: GET /api/v1 (a fixed JSON object, not cached) on the caching server;
//   - a typical filtered GET /api/v1/figures served from the edge cache (X-Cache: hit);
//   - the same request on the server without the cache (uncached: the handler and its SQL every time);
// requests/s, p50 and p99; then --requests sequential requests, one at a time, of the trivial handler and
// of the uncached query (p50/p95/p99, to the last byte).
// Results as JSON in .data/bench/api-<timestamp>.json and a Markdown table.
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { migrateDatabase } from "../../lib/migrations/roles";
import { seedDemoData } from "../../prisma/seed/seed";
import { buildIfNeeded } from "../lib/build";
import { generateDataset } from "./generate";
import { cleanUp, peakRssMb, ROOT, startBenchApp, startDatabase } from "./harness";

const log = (line: string) => console.log(`[bench:api] ${line}`);

const { values: args } = parseArgs({
  options: {
    figures: { type: "string" },
    duration: { type: "string" },
    connections: { type: "string" },
    requests: { type: "string" },
    query: { type: "string" },
    seed: { type: "string" },
    help: { type: "boolean" },
  },
});
const HELP = `npm run bench:api -- [--figures N] [--duration S] [--connections N] [--requests N] [--query Q] [--seed N]
  --figures N      generated figures for the second data set (default 1000000; 0: the demo data only)
  --duration S     seconds of each autocannon run (default 10)
  --connections N  autocannon's concurrent connections (default 10)
  --requests N     sequential uncached requests for p50/p95/p99 (default 200)
  --query Q        the figures query to measure (default ${"place=UA14&domain=casualties&grade=C&from=2023-01-01&limit=100"})
  --seed N         the generator's seed (default 20220224)`;
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
function whole(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number of at least ${min}\n\n${HELP}`);
    process.exit(2);
  }
  return n;
}
const figures = whole("figures", args.figures, 1_000_000, 0);
const duration = whole("duration", args.duration, 10);
const connections = whole("connections", args.connections, 10);
const requests = whole("requests", args.requests, 200);
const seed = whole("seed", args.seed, 20_220_224);
const QUERY = args.query ?? "place=UA14&domain=casualties&grade=C&from=2023-01-01&limit=100";

interface Run {
  target: string;
  xCache: string | null;
  bytes: number;
  requestsPerSecond: number;
  ofTrivial: number | null;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

async function probe(url: string) {
  const response = await fetch(url, { headers: { "Accept-Encoding": "identity" } });
  const body = await response.arrayBuffer();
  return { status: response.status, xCache: response.headers.get("x-cache"), bytes: body.byteLength };
}

async function run(target: string, url: string): Promise<Run> {
  await probe(url);
  const seen = await probe(url);
  if (seen.status !== 200) throw new Error(`${url} answered ${seen.status}`);
  log(`${target}: ${connections} connections x ${duration} s (X-Cache ${seen.xCache ?? "-"}, ${seen.bytes} bytes)`);
  const result = await autocannon({ url, connections, duration, headers: { "accept-encoding": "identity" } });
  return {
    target,
    xCache: seen.xCache,
    bytes: seen.bytes,
    requestsPerSecond: Number((result.requests.total / result.duration).toPrecision(4)),
    ofTrivial: null,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Sequential requests, each timed to its last byte. */
async function sequential(url: string) {
  const times: number[] = [];
  for (let i = 0; i < requests; i += 1) {
    const start = performance.now();
    const response = await fetch(url, { headers: { "Accept-Encoding": "identity" } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { requests, p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), p99Ms: round(percentile(times, 99)) };
}

async function measure(label: string, cached: string, uncached: string, totalFigures: number) {
  log(`data set: ${label}`);
  const target = `/api/v1/figures?${QUERY}`;
  const runs = [
    await run("trivial route handler (GET /api/v1)", `${cached}/api/v1`),
    await run("/api/v1/figures, cached (edge)", `${cached}${target}`),
    await run("/api/v1/figures, uncached", `${uncached}${target}`),
  ];
  for (const r of runs) r.ofTrivial = Number((r.requestsPerSecond / runs[0]!.requestsPerSecond).toPrecision(3));
  const sequentialRuns = [
    { target: "trivial route handler", ...(await sequential(`${uncached}/api/v1`)) },
    { target: "/api/v1/figures, uncached", ...(await sequential(`${uncached}${target}`)) },
  ];
  return { label, figures: totalFigures, query: target, runs, sequential: sequentialRuns };
}

function table(results: Awaited<ReturnType<typeof measure>>[]): string {
  const lines = ["| data set | target | requests/s | of trivial | p50 | p99 | bytes |", "| --- | --- | --- | --- | --- | --- | --- |"];
  for (const r of results) {
    for (const run of r.runs)
      lines.push(
        `| ${r.label} | ${run.target} | ${run.requestsPerSecond} | ${run.ofTrivial}x | ${run.p50Ms} ms | ${run.p99Ms} ms | ${run.bytes} |`,
      );
  }
  lines.push(
    "",
    "| data set | sequential (one at a time, server without the cache) | p50 | p95 | p99 |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const r of results) {
    for (const s of r.sequential)
      lines.push(`| ${r.label} | ${s.target}, ${s.requests} requests | ${s.p50Ms} ms | ${s.p95Ms} ms | ${s.p99Ms} ms |`);
  }
  return lines.join("\n");
}

/** The app with the page cache on (the edge serves kept answers) or off (every request reaches the handler). */
function startServer(db: { url: string }, authSecret: string, pageCacheMb: string) {
  return startBenchApp({
    databaseUrl: db.url,
    authSecret,
    env: { PAGE_CACHE_MB: pageCacheMb },
    label: pageCacheMb === "0" ? "uncached" : "cached",
    wait: false,
  });
}

async function main() {
  const started = new Date();
  await buildIfNeeded(ROOT, log);
  const db = await startDatabase();
  await migrateDatabase({ url: db.url, migrationUrl: db.migrationUrl });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 2 }) });
  const authSecret = randomBytes(32).toString("base64url");
  await seedDemoData(prisma, { authSecret });
  const demoFigures = await prisma.figure.count();
  await prisma.$disconnect();

  const cached = await startServer(db, authSecret, "64");
  const uncached = await startServer(db, authSecret, "0");
  await Promise.all([cached.ready, uncached.ready]);
  // The cache serves once its server listens for data changes (a moment after start).
  for (let i = 0; i < 50 && (await probe(`${cached.base}/api/v1/indicators`)).xCache !== "hit"; i += 1)
    await new Promise((r) => setTimeout(r, 200));

  const results = [await measure("demo", cached.base, uncached.base, demoFigures)];
  if (figures > 0) {
    const t0 = performance.now();
    const generated = await generateDataset(db.migrationUrl, { figures, seed, log });
    log(`generated ${JSON.stringify(generated)} in ${Math.round((performance.now() - t0) / 1000)} s`);
    await new Promise((r) => setTimeout(r, 2000));
    results.push(await measure(`demo + ${figures.toLocaleString("en")} generated`, cached.base, uncached.base, demoFigures + figures));
  }
  const report = {
    startedAt: started.toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "?", node: process.version, loadAverage: os.loadavg() },
    options: { figures, duration, connections, requests, seed, query: QUERY },
    results,
    peakRssMb: { cached: await peakRssMb(cached.child.pid!), uncached: await peakRssMb(uncached.child.pid!) },
  };
  const outDir = path.join(ROOT, ".data", "bench");
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, `api-${started.toISOString().replace(/[:.]/g, "-")}.json`);
  await writeFile(file, JSON.stringify(report, null, 2) + "\n");
  console.log(
    `\n${os.cpus().length} CPUs (${report.machine.cpuModel}), node ${process.version}, load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")}; autocannon ${connections} connections x ${duration} s per target.\n`,
  );
  console.log(table(results));
  console.log(`\nResults: ${path.relative(ROOT, file)}`);
}

main()
  .then(cleanUp, async (error: unknown) => {
    console.error(error);
    await cleanUp();
    process.exitCode = 1;
  })
  .finally(() => process.exit());
