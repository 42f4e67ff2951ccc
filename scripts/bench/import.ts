// `npm run bench:import`: the bulk import's measuring instrument (README, "Importing figures").
// A throw-away embedded PostgreSQL migrated like production (owner + least-privilege app role),
// the demo data, then a generated CSV of --rows figures (default 100,000) against the demo's
// indicators, places and active sources, all new claims. It runs the import's own code in this
// process, as the upload route and the actions do: upload (keep the file), check (the preview) and
// apply (one transaction), and prints each step's time and this process's peak memory during it
// (resident set and JS heap, sampled every 20 ms, and the heap still held after a full GC). Speed is never asserted: this prints figures.
// `--file F` imports a file of yours instead (e.g. docs/import-sample.csv) and prints its problems; `--data-dir DIR`
// imports into a throw-away copy of a data set `npm run bench -- --data-dir DIR` keeps (10 M figures) instead of the demo.
import { execFile, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { encodeCsvCell } from "../../lib/domain/csv";
import { migrateDatabase } from "../../lib/migrations/roles";
import { withClient } from "../../lib/migrations/pg";
import { seedDemoData } from "../../prisma/seed/seed";
import { startCluster } from "../lib/pg-cluster";
import { asRole, createDatabaseIfMissing, ensureRoles, freePort } from "../lib/postgres";
import { SECRETS, type DataSetSecrets } from "./data-dir";

const { values: args } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    file: { type: "string" },
    submitted: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    "data-dir": { type: "string" },
    repeat: { type: "string", default: "1" },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(
    "npm run bench:import -- [--rows N] [--file F] [--submitted] [--profile]   (default 100000 generated rows, at most 200000; or a file of yours;\n" +
      "  --submitted: the figures are imported as submitted, two revisions and two audit events each, instead of drafts;\n" +
      "  --profile: after each step, the SQL statements and functions that took the most database time in it;\n" +
      "  --data-dir DIR: import into a throw-away copy of the data set `npm run bench -- --data-dir DIR` keeps, e.g. 10 M figures;\n" +
      "  --repeat N: N imports of generated rows one after another, each of new claims (a day later), then the\n" +
      "  fastest and the median of each step: on a shared machine one run says little)",
  );
  process.exit(0);
}
const rows = Math.min(200_000, Math.max(1, Number(args.rows)));
const repeat = Math.max(1, Math.floor(Number(args.repeat)) || 1);
const log = (line: string) => console.log(`[bench:import] ${line}`);
const cleanups: Array<() => Promise<unknown>> = [];
const secret = () => randomBytes(18).toString("base64url");
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Only for --profile: the server's own account of where its time went (production starts without them). */
const profileSettings = (): Record<string, string> =>
  args.profile ? { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track": "all", track_functions: "all" } : {};
const enableProfiling = async (superuserUrl: string) => {
  if (args.profile) await withClient(superuserUrl, (c) => c.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
};

/** A throw-away cluster with the demo data. */
async function startDatabase() {
  const parent = await mkdtemp(path.join(os.tmpdir(), "crisis-ledger-bench-import-"));
  cleanups.push(() => rm(parent, { recursive: true, force: true }));
  const superuser = secret();
  const port = await freePort();
  const cluster = await startCluster({
    dir: path.join(parent, "pg"),
    port,
    superuserPassword: superuser,
    persistent: false,
    settings: profileSettings(),
  });
  cleanups.push(() => cluster.stop());
  const adminUrl = `postgresql://postgres:${superuser}@127.0.0.1:${port}/postgres`;
  const owner = { user: "crisis_ledger_owner", password: secret() };
  const app = { user: "crisis_ledger_app", password: secret() };
  await ensureRoles(adminUrl, [owner, app]);
  await createDatabaseIfMissing(adminUrl, "crisis_ledger_bench_import", { owner: owner.user });
  const superuserUrl = asRole(adminUrl, { user: "postgres", password: superuser }, "crisis_ledger_bench_import");
  await enableProfiling(superuserUrl);
  const db = {
    url: asRole(adminUrl, app, "crisis_ledger_bench_import"),
    migrationUrl: asRole(adminUrl, owner, "crisis_ledger_bench_import"),
    superuserUrl,
  };
  await migrateDatabase(db);
  const seedClient = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 2 }) });
  await seedDemoData(seedClient, { authSecret: secret() });
  await seedClient.$disconnect();
  return { ...db, dataDir: cluster.dataDir, described: "the demo data's reference tables" };
}

/**
 * --data-dir: a copy of the kept data set's cluster (`cp -a`, so the postgres OS user still owns it), started, brought
 * up to this code's migrations, and deleted afterwards; the kept set itself is never written.
 */
async function copyOfDataSet(dir: string) {
  const secrets = JSON.parse(await readFile(path.join(dir, SECRETS), "utf8")) as DataSetSecrets;
  const parent = await mkdtemp(path.join(path.dirname(secrets.clusterDataDir), "bench-import-copy-"));
  cleanups.push(() => rm(parent, { recursive: true, force: true }));
  await chmod(parent, 0o755);
  const copy = path.join(parent, "pg");
  log(`copying the data set in ${secrets.clusterDataDir} to ${copy}`);
  await promisify(execFile)("cp", ["-a", secrets.clusterDataDir, copy]);
  const port = await freePort();
  const { superuser, owner, app } = secrets.passwords;
  const cluster = await startCluster({ dir: copy, port, superuserPassword: superuser, persistent: false, settings: profileSettings() });
  cleanups.push(() => cluster.stop());
  const adminUrl = `postgresql://postgres:${superuser}@127.0.0.1:${port}/postgres`;
  const superuserUrl = asRole(adminUrl, { user: "postgres", password: superuser }, "crisis_ledger_bench");
  await enableProfiling(superuserUrl);
  const db = {
    url: asRole(adminUrl, { user: "crisis_ledger_app", password: app }, "crisis_ledger_bench"),
    migrationUrl: asRole(adminUrl, { user: "crisis_ledger_owner", password: owner }, "crisis_ledger_bench"),
    superuserUrl,
  };
  const t0 = performance.now();
  const applied = await migrateDatabase(db);
  if (applied.length) log(`applied ${applied.join(", ")} to the copy in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // (Statistics: settleDatabase, before each import, analyzes the tables an import writes.)
  const figures = await withClient(
    superuserUrl,
    async (c) => (await c.query<{ n: string }>("SELECT count(*) AS n FROM figure")).rows[0]!.n,
  );
  return {
    ...db,
    dataDir: cluster.dataDir,
    described: `a copy of the data set in ${dir} (${Number(figures).toLocaleString("en")} figures)`,
  };
}

/** Every row a new claim: source x indicator x place x day, days from the day after the latest stored "as of" on. */
async function generateCsv(url: string): Promise<Uint8Array> {
  const ref = await withClient(url, async (c) => ({
    firstDay: (await c.query<{ day: Date }>("SELECT max(as_of) + 1 AS day FROM figure")).rows[0]!.day,
    indicators: (await c.query<{ slug: string }>("SELECT slug FROM indicator ORDER BY id")).rows.map((r) => r.slug),
    places: (await c.query<{ pcode: string }>("SELECT pcode FROM location ORDER BY id")).rows.map((r) => r.pcode),
    sources: (await c.query<{ name: string }>("SELECT name FROM source WHERE is_active ORDER BY id")).rows.map((r) => r.name),
  }));
  const lines = ["indicator,place_pcode,source,as_of,low,best,high,qualifier,credibility,verification,notes"];
  const per = ref.sources.length * ref.indicators.length * ref.places.length;
  for (let i = 0; i < rows; i++) {
    const source = ref.sources[i % ref.sources.length]!;
    const indicator = ref.indicators[Math.floor(i / ref.sources.length) % ref.indicators.length]!;
    const place = ref.places[Math.floor(i / (ref.sources.length * ref.indicators.length)) % ref.places.length]!;
    const day = new Date(ref.firstDay.getTime() + Math.floor(i / per) * 86_400_000).toISOString().slice(0, 10);
    const best = 1000 + (i % 5000);
    const cells = [
      indicator,
      place,
      source,
      day,
      best - 100,
      best.toLocaleString("en-GB"),
      best + 100,
      "approximately",
      1 + (i % 6),
      "reported",
      `row ${i}`,
    ];
    lines.push(cells.map((c) => encodeCsvCell(c)).join(","));
  }
  return new TextEncoder().encode(lines.join("\r\n") + "\r\n");
}

/**
 * Before each import: the tables an import writes vacuumed and analyzed, and a checkpoint, so that the seed's or the
 * previous import's leftovers (autovacuum, dirty buffers, a checkpoint falling due) are not timed with this one.
 */
async function settleDatabase(superuserUrl: string) {
  await withClient(superuserUrl, async (c) => {
    await c.query("VACUUM (ANALYZE) figure, figure_revision, audit_event, import_batch, import_staged_figure");
    await c.query("CHECKPOINT");
  });
}

/** With --profile: forgets the statistics before a step, and prints the statements and functions that took the most time in it. */
async function profiled<T>(superuserUrl: string, label: string, work: () => Promise<T>): Promise<T> {
  if (!args.profile) return work();
  await withClient(superuserUrl, (c) => c.query("SELECT pg_stat_statements_reset(), pg_stat_reset()"));
  const result = await work();
  await withClient(superuserUrl, async (c) => {
    const statements = await c.query<{ ms: number; calls: string; query: string }>(
      `SELECT round(total_exec_time)::int AS ms, calls, regexp_replace(query, '\\s+', ' ', 'g') AS query
       FROM pg_stat_statements WHERE toplevel ORDER BY total_exec_time DESC LIMIT 8`,
    );
    const functions = await c.query<{ ms: number; self_ms: number; calls: string; funcname: string }>(
      `SELECT round(total_time)::int AS ms, round(self_time)::int AS self_ms, calls, funcname
       FROM pg_stat_user_functions ORDER BY total_time DESC LIMIT 8`,
    );
    log(`${label}: the statements that took the most database time (ms, calls, statement)`);
    for (const s of statements.rows) log(`  ${String(s.ms).padStart(7)} ${String(s.calls).padStart(7)}  ${s.query.slice(0, 160)}`);
    log(`${label}: the functions (ms in all, ms in themselves, calls, name)`);
    for (const f of functions.rows)
      log(`  ${String(f.ms).padStart(7)} ${String(f.self_ms).padStart(7)} ${String(f.calls).padStart(7)}  ${f.funcname}`);
  });
  return result;
}

/** Runs `work`, sampling this process's memory; the time and the peaks above the level before it. */
/** Each step's seconds, by label, over the --repeat runs. */
const timings = new Map<string, number[]>();

/** The bench's database cluster's data folder (its postmaster.pid names the server's main process). */
let databaseDir: string | null = null;
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * The CPU seconds the database server has used so far (from /proc): its main process's own, its running processes'
 * (backends, WAL writer, checkpointer, autovacuum), and those of the processes it has reaped (a backend's seconds count
 * in its own entry while it runs, in the main process's once it has exited). Beside this process's own CPU time, a
 * step's cost in a form that the host's noise (other work on the same cores) changes far less than the wall time.
 * Null where there is no /proc.
 */
function databaseCpuSeconds(): number | null {
  if (!databaseDir || !existsSync("/proc/self/stat")) return null;
  try {
    const postmaster = Number(readFileSync(path.join(databaseDir, "postmaster.pid"), "utf8").split("\n")[0]);
    let ticks = 0;
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue; // (it exited meanwhile)
      }
      // The fields after the command name (which may hold spaces): state, ppid, ..., utime (14th), stime, cutime, cstime.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(entry);
      const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]));
      if (pid === postmaster) ticks += utime! + stime! + cutime! + cstime!;
      else if (Number(fields[1]) === postmaster) ticks += utime! + stime!;
    }
    return ticks / CLOCK_TICKS;
  } catch {
    return null;
  }
}

async function measure<T>(label: string, work: () => Promise<T>): Promise<T> {
  global.gc?.();
  const before = process.memoryUsage();
  const cpuBefore = process.cpuUsage();
  const databaseBefore = databaseCpuSeconds();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 20);
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    clearInterval(timer);
    const elapsed = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const nodeCpu = (cpu.user + cpu.system) / 1e6;
    const databaseAfter = databaseCpuSeconds();
    const databaseCpu = databaseBefore === null || databaseAfter === null ? null : databaseAfter - databaseBefore;
    const record = (key: string, value: number) => timings.set(key, [...(timings.get(key) ?? []), value]);
    record(label, elapsed);
    record(`${label}, CPU of Node`, nodeCpu);
    if (databaseCpu !== null) record(`${label}, CPU of the database`, databaseCpu);
    const seconds = elapsed.toFixed(2);
    const rss = `peak RSS ${mb(peakRss)} (+${mb(peakRss - before.rss)})`;
    const heap = `peak heap ${mb(peakHeap)} (+${mb(peakHeap - before.heapUsed)})`;
    global.gc?.();
    const kept = `kept after GC +${mb(Math.max(0, process.memoryUsage().heapUsed - before.heapUsed))}`;
    log(`${label.padEnd(8)} ${seconds.padStart(7)} s   ${rss}   ${heap}   ${kept}`);
    const databaseText = databaseCpu === null ? "" : `, the database ${databaseCpu.toFixed(2)} s`;
    log(`${"".padEnd(8)} CPU: Node ${nodeCpu.toFixed(2)} s${databaseText}`);
  }
}

async function main() {
  const db = args["data-dir"] ? await copyOfDataSet(path.resolve(args["data-dir"])) : await startDatabase();
  databaseDir = db.dataDir;
  const editor = await withClient(db.url, async (c) => {
    const found = await c.query<{ id: number; email: string }>("SELECT id, email FROM app_user WHERE role = 'editor' ORDER BY id LIMIT 1");
    return found.rows[0]!;
  });
  // The import's code reads DATABASE_URL through lib/db.ts, like the app server.
  process.env.DATABASE_URL = db.url;
  const { applyBatch, checkBatch, createBatch, getBatch } = await import("../../lib/data/figure-import");
  const actor = { ...editor, role: "editor" as const };
  for (let run = 1; run <= repeat; run++) {
    // A given file is imported once: a second import of it would create nothing.
    if (run > 1 && args.file) break;
    await settleDatabase(db.superuserUrl);
    const file = args.file ? new Uint8Array(await readFile(args.file)) : await generateCsv(db.url);
    const which = repeat > 1 ? ` (run ${run} of ${repeat})` : "";
    log(`${args.file ?? `${rows.toLocaleString("en")} rows`}, ${mb(file.length)}, against ${db.described}${which}`);
    const name = args.file ? path.basename(args.file) : "bench.csv";
    const created = await measure("upload", () => createBatch(actor, { name, bytes: file, sheet: null }));
    if (!created.ok) throw new Error(created.message);
    const batch = (await getBatch(actor, created.batch.id))!;
    const checked = await profiled(db.superuserUrl, "preview", () =>
      measure("preview", () =>
        checkBatch(actor, batch.id, { mapping: batch.mapping, onDuplicate: "stop", targetStatus: args.submitted ? "submitted" : "draft" }),
      ),
    );
    log(`preview: ${JSON.stringify(checked)}`);
    for (const problem of (await getBatch(actor, batch.id))!.problems.slice(0, 20)) log(`  ${problem.text}`);
    const applied = await profiled(db.superuserUrl, "apply", () => measure("apply", () => applyBatch(actor, batch.id, "bench")));
    log(`apply: ${JSON.stringify(applied)}`);
    const total = timings.get("total") ?? [];
    timings.set("total", [...total, timings.get("preview")!.at(-1)! + timings.get("apply")!.at(-1)!]);
    const last = (key: string) => timings.get(key)?.at(-1) ?? 0;
    const cpu = ["preview", "apply"].reduce((sum, step) => sum + last(`${step}, CPU of Node`) + last(`${step}, CPU of the database`), 0);
    timings.set("total, CPU of Node and the database", [...(timings.get("total, CPU of Node and the database") ?? []), cpu]);
  }
  if (repeat > 1) {
    for (const [label, seconds] of timings) {
      const sorted = [...seconds].sort((a, b) => a - b);
      const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
      const s = (x: number) => `${x.toFixed(2)} s`;
      log(`${label.padEnd(8)} fastest ${s(sorted[0]!)}   median ${s(median)}   slowest ${s(sorted.at(-1)!)}   (${sorted.length} runs)`);
    }
  }
  const { prisma } = await import("../../lib/db");
  await prisma.$disconnect();
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });
