import "server-only";
import { hasReadReplica, prisma, readPrisma } from "@/lib/db";

export type DatabaseHealth = "ok" | "unreachable";

/** `query`, or a rejection after `timeoutMs`, so a hung connection cannot hang the probe. */
async function bounded<T>(query: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database health check timed out")), timeoutMs);
  });
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** One round trip to the database, bounded in time. */
export async function checkDatabase(timeoutMs = 3_000): Promise<DatabaseHealth> {
  try {
    await bounded(prisma.$queryRaw`SELECT 1`, timeoutMs);
    return "ok";
  } catch {
    return "unreachable";
  }
}

export interface ReplicaHealth {
  /** "none" without DATABASE_READ_URL; "unreachable" when public pages cannot read. */
  replica: "none" | DatabaseHealth;
  /** How far the replica's replay is behind what it has received (0 when caught up); null without one. */
  replicaLagSeconds: number | null;
}

/** The read replica's state, when there is one (public pages read it, so it counts for health). */
export async function checkReplica(timeoutMs = 3_000): Promise<ReplicaHealth> {
  if (!hasReadReplica()) return { replica: "none", replicaLagSeconds: null };
  try {
    // Idle, the last replayed transaction grows old without any lag: count time only while WAL awaits replay.
    const [row] = await bounded(
      readPrisma.$queryRaw<{ lag: number | null }[]>`
        SELECT CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
          ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 END AS lag`,
      timeoutMs,
    );
    return { replica: "ok", replicaLagSeconds: row?.lag ?? 0 };
  } catch {
    return { replica: "unreachable", replicaLagSeconds: null };
  }
}
