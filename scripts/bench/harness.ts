// The benchmarks' shared harness (npm run bench, bench:api, bench:export): a throw-away PostgreSQL with
// pg_stat_statements, child processes that are stopped (and temporary files removed) on exit or
// Ctrl-C, waiting for an HTTP server, and a process's peak memory.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { withClient } from "../../lib/migrations/pg";
import { startCluster } from "../lib/pg-cluster";
import { asRole, createDatabaseIfMissing, ensureRoles, freePort } from "../lib/postgres";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

export const children: ChildProcess[] = [];
export const cleanups: (() => Promise<void>)[] = [];
export async function cleanUp() {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  await Promise.all(children.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once("exit", r)) : null)));
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanUp().finally(() => process.exit(1)));

/** "timeout exceeded when trying to connect" in the app's log: a query that found no free connection in the pool. */
export const counters = { poolTimeouts: 0 };

export const password = () => randomBytes(18).toString("base64url");

/** The passwords of a benchmark cluster's roles (kept with it by --data-dir, data-dir.ts). */
export interface ClusterPasswords {
  superuser: string;
  owner: string;
  app: string;
}

/**
 * The benchmark's PostgreSQL: by default a throw-away cluster in a temporary folder; with `keep`, a
 * cluster kept in `keep.dir` across runs, started again with the passwords it was made with
 * (`keep.passwords`) or made there with new ones.
 */
export async function startDatabase(keep?: { dir: string; passwords?: ClusterPasswords }) {
  let clusterDir: string;
  if (keep) clusterDir = keep.dir;
  else {
    const parent = await mkdtemp(path.join(os.tmpdir(), "crisis-ledger-bench-"));
    cleanups.push(() => rm(parent, { recursive: true, force: true }));
    clusterDir = path.join(parent, "pg");
  }
  const passwords: ClusterPasswords = keep?.passwords ?? { superuser: password(), owner: password(), app: password() };
  const superuser = passwords.superuser;
  const port = await freePort();
  const cluster = await startCluster({
    dir: clusterDir,
    port,
    superuserPassword: superuser,
    persistent: keep !== undefined,
    // The SQL time of each page; work_mem and the rest stay at the defaults production starts with.
    settings: { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track": "all", max_connections: "100" },
  });
  cleanups.push(() => cluster.stop());
  const adminUrl = `postgresql://postgres:${superuser}@127.0.0.1:${port}/postgres`;
  const owner = { user: "crisis_ledger_owner", password: passwords.owner };
  const app = { user: "crisis_ledger_app", password: passwords.app };
  await ensureRoles(adminUrl, [owner, app]);
  const database = "crisis_ledger_bench";
  await createDatabaseIfMissing(adminUrl, database, { owner: owner.user });
  await withClient(asRole(adminUrl, { user: "postgres", password: superuser }, database), (c) =>
    c.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"),
  );
  return {
    adminDbUrl: asRole(adminUrl, { user: "postgres", password: superuser }, database),
    url: asRole(adminUrl, app, database),
    migrationUrl: asRole(adminUrl, owner, database),
    appRole: app.user,
    passwords,
    /** Where the cluster's data really is (as root, maybe not `keep.dir`: pg-cluster.ts). */
    dataDir: cluster.dataDir,
  };
}

export async function waitForHttp(url: string, deadlineMs: number) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(5000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${deadlineMs / 1000} s`);
}

export function startChild(args: string[], env: NodeJS.ProcessEnv, label: string): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  // The app's log is kept short: only errors and failed panels matter here.
  child.stderr?.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (!line.trim()) continue;
      if (line.includes("timeout exceeded when trying to connect")) counters.poolTimeouts++;
      console.error(`[${label}] ${line.slice(0, 300)}`);
    }
  });
  child.stdout?.resume();
  return child;
}

/**
 * The production server (scripts/server.mjs) on a free loopback port, as a tracked child whose errors
 * are logged under `label`. One address sends every request of a benchmark, so the per-address and
 * per-user limits are set far above what a run sends. Resolves once /api/health answers, unless
 * `wait` is false (to start several at once).
 */
export async function startBenchApp(options: {
  databaseUrl: string;
  authSecret: string;
  label?: string;
  env?: Record<string, string>;
  wait?: boolean;
}): Promise<{ base: string; child: ChildProcess; ready: Promise<void> }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = startChild(
    [path.join(ROOT, "scripts", "server.mjs")],
    {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: options.authSecret,
      NEXTAUTH_URL: base,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      RATE_LIMIT_ACTIONS_PER_USER: "100000000",
      RATE_LIMIT_POSTS_PER_ADDRESS: "100000000",
      RATE_LIMIT_ROUTES_PER_ADDRESS: "100000000",
      ...options.env,
    },
    options.label ?? "app",
  );
  const ready = waitForHttp(`${base}/api/health`, 120_000);
  if (options.wait !== false) await ready;
  return { base, child, ready };
}

/** The process's peak resident set size (VmHWM), in MB. */
export async function peakRssMb(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => null);
  const kb = status?.match(/VmHWM:\s+(\d+)\s+kB/)?.[1];
  return kb ? Math.round(Number(kb) / 1024) : null;
}
