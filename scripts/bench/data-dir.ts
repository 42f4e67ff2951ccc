// `npm run bench -- --data-dir DIR`: keep the generated data set's database cluster in DIR and use it
// again on a later run, so that a large data set (10 M figures: 30-45 minutes to generate) is made
// once, e.g. while the machine is busy, and measured later in minutes.
//
// DIR holds:
//   pg/                 the PostgreSQL cluster (as root, possibly kept elsewhere: pg-cluster.ts's relocatedDataDir)
//   bench-secrets.json  the passwords of its roles and the app's NEXTAUTH_SECRET (mode 0600; the demo
//                       admin's TOTP secret is encrypted with it)
//   bench-dataset.json  the marker: figures, seed, the migrations (digest, names) and what was generated. Written
//                       last, once generation has finished (and removed before anything in DIR changes),
//                       so it can never describe a half-made data set.
// A later run with the same --figures and --seed starts PostgreSQL on it and skips seeding and
// generating; a kept set made by an older migration set is brought up to date (the pending migrations,
// applied as the app applies them: planMigrations below), a newer one (a migration this code does not
// know, or one changed since it was applied) is refused; another size or seed makes it anew in DIR.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { withClient } from "../../lib/migrations/pg";
import type { GenerateResult } from "./generate";
import type { ClusterPasswords } from "./harness";

export const MARKER = "bench-dataset.json";
export const SECRETS = "bench-secrets.json";
export const CLUSTER = "pg";

export interface DataSetMarker {
  figures: number;
  seed: number;
  /** sha256 of every migration's folder name and migration.sql when the marker was written (informational: the database's own _prisma_migrations decides). */
  migrations: string;
  /** The migrations applied to the kept database when the marker was written (absent in older markers). */
  migrationNames?: string[];
  /** When a later run last brought the kept set up to date, and every migration later runs applied to it. */
  migratedAt?: string;
  migrationsApplied?: string[];
  /** sha256 of the generator's source when it ran (informational: a change is reported, not refused). */
  generator: string;
  /** data_version when it was made: a later change to the public data (through the app or plain SQL) makes it anew. */
  dataVersion: string;
  generated: GenerateResult;
  generateSeconds: number;
  finishedAt: string;
}

export interface DataSetSecrets {
  passwords: ClusterPasswords;
  authSecret: string;
  /** Where the cluster's data really is: DIR/pg, or as root maybe a folder the postgres user can reach (pg-cluster.ts). */
  clusterDataDir: string;
}

async function digest(files: string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(`${path.basename(path.dirname(file))}/${path.basename(file)}\n`);
    hash.update(await readFile(file));
  }
  return hash.digest("hex");
}

/** The digest of prisma/migrations (names and SQL, in order). */
export async function migrationsDigest(root: string): Promise<string> {
  const dir = path.join(root, "prisma", "migrations");
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return digest(names.map((name) => path.join(dir, name, "migration.sql")).filter((file) => existsSync(file)));
}

export const generatorDigest = () => digest([path.join(import.meta.dirname, "generate.ts")]);

async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    return null;
  }
}

/** Writes a file whole or not at all (a rename), so a run stopped midway never leaves half a marker. */
async function writeWhole(file: string, text: string, mode = 0o644) {
  const staging = `${file}.tmp-${process.pid}`;
  await writeFile(staging, text, { mode });
  await rename(staging, file);
}

export type DataDirState =
  | {
      reuse: true;
      marker: DataSetMarker;
      secrets: DataSetSecrets;
      clusterDir: string;
      generatorChanged: boolean;
      migrationsChanged: boolean;
    }
  | { reuse: false; why: string; clusterDir: string };

/**
 * Whether DIR holds a finished data set of these figures and seed (its migrations are checked once its
 * database runs: planMigrations). A folder
 * that has other things in it and none of ours is refused (nothing of the user's is ever deleted).
 */
export async function inspectDataDir(dir: string, want: { figures: number; seed: number; migrations: string }): Promise<DataDirState> {
  const clusterDir = path.join(dir, CLUSTER);
  if (!existsSync(dir)) return { reuse: false, why: "it does not exist yet", clusterDir };
  const entries = await readdir(dir);
  const ours = new Set([MARKER, SECRETS, CLUSTER]);
  if (entries.length > 0 && !entries.some((e) => ours.has(e))) {
    throw new Error(`--data-dir ${dir} has files and no benchmark data set: give an empty or new folder, or one an earlier run made`);
  }
  const marker = await readJson<DataSetMarker>(path.join(dir, MARKER));
  const secrets = await readJson<DataSetSecrets>(path.join(dir, SECRETS));
  if (!marker || !secrets) return { reuse: false, why: "it holds no finished data set", clusterDir };
  if (marker.figures !== want.figures || marker.seed !== want.seed) {
    return { reuse: false, why: `it holds ${marker.figures} figures of seed ${marker.seed}`, clusterDir };
  }
  return {
    reuse: true,
    marker,
    secrets,
    clusterDir,
    generatorChanged: marker.generator !== (await generatorDigest()),
    migrationsChanged: marker.migrations !== want.migrations,
  };
}

/** A migration: its folder name and Prisma's checksum (sha256 of migration.sql, hex), in the code or in `_prisma_migrations`. */
export interface MigrationRecord {
  name: string;
  checksum: string;
}

export type MigrationPlan = { ok: true; pending: string[] } | { ok: false; why: string };

/**
 * What a kept database needs to run on this code: the code's migrations it has not applied (in order),
 * or why it cannot be brought up to date: it has a migration the code does not know (made by newer
 * code: a downgrade), one whose SQL changed since it was applied, or one that failed halfway.
 */
export function planMigrations(applied: (MigrationRecord & { finished: boolean })[], code: MigrationRecord[]): MigrationPlan {
  const known = new Map(code.map((m) => [m.name, m.checksum]));
  const unknown = applied.filter((m) => !known.has(m.name)).map((m) => m.name);
  if (unknown.length) return { ok: false, why: `it has ${unknown.join(", ")}, which this code does not know (made by newer code)` };
  const failed = applied.filter((m) => !m.finished).map((m) => m.name);
  if (failed.length) return { ok: false, why: `${failed.join(", ")} failed on it` };
  const changed = applied.filter((m) => known.get(m.name) !== m.checksum).map((m) => m.name);
  if (changed.length) return { ok: false, why: `${changed.join(", ")} changed since it was applied to it` };
  const done = new Set(applied.map((m) => m.name));
  return { ok: true, pending: code.filter((m) => !done.has(m.name)).map((m) => m.name) };
}

/** The code's migrations with Prisma's checksums. */
export async function codeMigrations(root: string): Promise<MigrationRecord[]> {
  const dir = path.join(root, "prisma", "migrations");
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      checksum: createHash("sha256")
        .update(await readFile(path.join(dir, name, "migration.sql")))
        .digest("hex"),
    })),
  );
}

/** The migrations recorded in a database's `_prisma_migrations` (rolled-back attempts left out). */
export const appliedMigrations = (url: string) =>
  withClient(url, async (c) => {
    const { rows } = await c.query<MigrationRecord & { finished: boolean }>(
      `SELECT migration_name AS name, checksum, finished_at IS NOT NULL AS finished
       FROM _prisma_migrations WHERE rolled_back_at IS NULL ORDER BY migration_name`,
    );
    return rows;
  });

/** Before a kept data set's database changes (pending migrations): a run stopped from here on leaves no marker. */
export const removeMarker = (dir: string) => rm(path.join(dir, MARKER), { force: true });

/**
 * Before making a data set in DIR: the marker goes first (so a run stopped from here on leaves none),
 * then the old cluster, where the secrets say it was (as root, pg-cluster.ts may keep it elsewhere,
 * in a folder named after DIR/pg: it would be started again rather than made anew).
 */
export async function clearDataDir(dir: string) {
  await mkdir(dir, { recursive: true });
  await rm(path.join(dir, MARKER), { force: true });
  const old = await readJson<DataSetSecrets>(path.join(dir, SECRETS));
  const relocated = old?.clusterDataDir;
  // Only a folder pg-cluster.ts relocates a cluster to (".../data/pg-<16 hex digits>") or DIR/pg itself.
  if (relocated && /[/\\]data[/\\]pg-[0-9a-f]{16}$/.test(relocated)) await rm(relocated, { recursive: true, force: true });
  await rm(path.join(dir, CLUSTER), { recursive: true, force: true });
  await rm(path.join(dir, SECRETS), { force: true });
}

export const writeSecrets = (dir: string, secrets: DataSetSecrets) =>
  writeWhole(path.join(dir, SECRETS), JSON.stringify(secrets, null, 2) + "\n", 0o600);

/** Last of all: the data set is complete. */
export const writeMarker = (dir: string, marker: DataSetMarker) =>
  writeWhole(path.join(dir, MARKER), JSON.stringify(marker, null, 2) + "\n");
