// `npm run bench:export`: the whole-data exports at scale (README, "Exports").
//
// A throw-away embedded PostgreSQL migrated like production, the demo data and a generated data
// set (./generate.ts) of about --rows published figures; then, per format, a fresh production
// server (scripts/server.mjs as the app role), one small warm-up export, and one export of every
// published figure, read to the end as a client would. Printed per format: rows, bytes, time to the
// response's headers and to its first body byte, total time, and node's peak RSS (VmHWM of the
// server process) before and after the export. A fresh server per format, so each peak is its own.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { withClient } from "../../lib/migrations/pg";
import { migrateDatabase } from "../../lib/migrations/roles";
import { seedDemoData } from "../../prisma/seed/seed";
import { buildIfNeeded } from "../lib/build";
import { generateDataset, STATUS_WEIGHTS } from "./generate";
import { cleanUp, peakRssMb, ROOT, startBenchApp, startDatabase } from "./harness";
const log = (line: string) => console.log(`[bench:export] ${line}`);
const FORMATS = ["csv", "xlsx", "json"] as const;
type Format = (typeof FORMATS)[number];

const { values: args } = parseArgs({
  options: {
    rows: { type: "string", default: "1000000" },
    formats: { type: "string", default: FORMATS.join(",") },
    seed: { type: "string", default: "20220224" },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(`npm run bench:export -- [--rows N] [--formats csv,xlsx,json] [--seed N]
  --rows     published figures to export, about (default 1000000; the generator publishes ~${publishedShare() * 100}% of what it makes)
  --formats  which exports to measure (default csv,xlsx,json)
  --seed     the generator's seed`);
  process.exit(0);
}
const rows = Number(args.rows!.replace(/_/g, ""));
if (!Number.isInteger(rows) || rows < 1 || rows > 10_000_000) throw new Error(`--rows must be a whole number from 1 to 10,000,000`);
const formats = args.formats!.split(",").map((f) => f.trim()) as Format[];
for (const f of formats) if (!FORMATS.includes(f)) throw new Error(`--formats: unknown format "${f}" (csv, xlsx, json)`);
const seed = Number(args.seed);

/** The share of generated figures that are published (the generator's status weights). */
function publishedShare(): number {
  const total = STATUS_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  return STATUS_WEIGHTS.filter(([status]) => status === "published").reduce((sum, [, weight]) => sum + weight, 0) / total;
}

async function stopApp(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
}

interface Measured {
  format: Format;
  status: number;
  rows: number | null;
  bytes: number;
  headersMs: number;
  firstByteMs: number;
  totalMs: number;
  rssBeforeMb: number | null;
  rssPeakMb: number | null;
}

/** Reads the whole export as a client would (no compression), timing the headers, the first body byte and the end. */
async function measure(base: string, format: Format, pid: number): Promise<Measured> {
  // Warm-up: the route's first request loads its code and exceljs.
  await fetch(`${base}/download/figures.${format}?place=UA1402001X01`, { headers: { "Accept-Encoding": "identity" } }).then((r) =>
    r.arrayBuffer(),
  );
  const rssBeforeMb = await peakRssMb(pid);
  const start = performance.now();
  const response = await fetch(`${base}/download/figures.${format}`, { headers: { "Accept-Encoding": "identity" } });
  const headersMs = performance.now() - start;
  let firstByteMs = 0;
  let bytes = 0;
  let lineBreaks = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (bytes === 0) firstByteMs = performance.now() - start;
    bytes += value.length;
    if (format !== "xlsx") for (let i = value.indexOf(10); i !== -1; i = value.indexOf(10, i + 1)) lineBreaks++;
  }
  const totalMs = performance.now() - start;
  // CSV: header and hashtag row; JSON: "[" and "]" lines (one object per line).
  const counted = format === "xlsx" ? null : lineBreaks - 2;
  return {
    format,
    status: response.status,
    rows: counted,
    bytes,
    headersMs,
    firstByteMs,
    totalMs,
    rssBeforeMb,
    rssPeakMb: await peakRssMb(pid),
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`);

async function main() {
  const figures = Math.ceil(rows / publishedShare());
  log(`about ${rows.toLocaleString("en")} published figures (${figures.toLocaleString("en")} generated); formats ${formats.join(", ")}`);
  await buildIfNeeded(ROOT, log);
  const db = await startDatabase();
  await migrateDatabase({ url: db.url, migrationUrl: db.migrationUrl });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 2 }) });
  const authSecret = randomBytes(32).toString("base64url");
  await seedDemoData(prisma, { authSecret });
  await prisma.$disconnect();
  const t0 = performance.now();
  await generateDataset(db.migrationUrl, { figures, seed, log });
  log(`generated in ${ms(performance.now() - t0)}`);
  const expected = await withClient(db.migrationUrl, async (c) => {
    const { rows: found } = await c.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM figure f JOIN indicator i ON i.id = f.indicator_id WHERE f.status = 'published' AND i.is_public",
    );
    return found[0]!.n;
  });
  log(`${expected.toLocaleString("en")} published figures of public indicators`);

  const results: Measured[] = [];
  for (const format of formats) {
    const { base, child } = await startBenchApp({ databaseUrl: db.url, authSecret });
    log(`${format}: exporting every published figure (server pid ${child.pid})`);
    const result = await measure(base, format, child.pid!);
    results.push(result);
    log(`  ${JSON.stringify(result)}`);
    await stopApp(child);
  }

  console.log(
    `\n${expected.toLocaleString("en")} published figures; ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), ` +
      `node ${process.version}; no compression.\n`,
  );
  console.log("| export | status | rows | size | headers | first byte | total | rows/s | node peak RSS (before → after) |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const r of results) {
    const rowCount = r.rows ?? expected;
    const cells = [
      `\`/download/figures.${r.format}\``,
      r.status,
      r.rows === null ? `(${expected.toLocaleString("en")})` : r.rows.toLocaleString("en"),
      mb(r.bytes),
      ms(r.headersMs),
      ms(r.firstByteMs),
      ms(r.totalMs),
      Math.round(rowCount / (r.totalMs / 1000)).toLocaleString("en"),
      `${r.rssBeforeMb} → ${r.rssPeakMb} MB`,
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
  for (const r of results)
    if (r.rows !== null && r.rows !== expected)
      console.log(`\nNote: the ${r.format} export counted ${r.rows} rows, the database ${expected}.`);
}

main()
  .then(cleanUp, async (error: unknown) => {
    console.error(error);
    await cleanUp();
    process.exitCode = 1;
  })
  .finally(() => process.exit());
