import "server-only";
// Replica lag and caches of public reads. A publish advances the data version on the primary and
// its NOTIFY reaches every instance at commit, but the replica that `readPrisma` reads replays it
// a little later (usually well under a second). A cache refilled at once from the replica could
// store the old page under the new version and keep it until the next change; so before storing
// a public read made for data version v, wait for `replicaReached(v)`, and do not store on false.
import { hasReadReplica, readPrisma } from "@/lib/db";

/**
 * True once the public read path (`readPrisma`) shows data version `version` or later: at once
 * without a replica; on a replica, when it has replayed it, polled for at most `timeoutMs`
 * (false then: the replica is behind; serve the read, but do not cache it under `version`).
 */
export async function replicaReached(version: number, timeoutMs = 1_000): Promise<boolean> {
  if (!hasReadReplica()) return true;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // data_version is replicated like any table: its row on the replica is the version replayed so far.
    const row = await readPrisma.dataVersion.findUnique({ where: { id: 1 }, select: { version: true } });
    if (row && Number(row.version) >= version) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
