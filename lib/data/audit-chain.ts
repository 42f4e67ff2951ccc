// Verification of the audit log's hash chain (`npm run audit:verify`). The database computes each
// event's hash in a trigger (migration 20261201132101_audit_hash_chain, which documents the
// canonical encoding); this recomputes it independently in JavaScript from the stored columns, so
// a changed hashing function in the database does not hide a changed event either. Run as the
// owner role (it reads audit_chain_head, which the app role may not).
import { createHash } from "node:crypto";
import type pg from "pg";

export const GENESIS_HASH = "0".repeat(64);

/** The columns the hash covers, as read for verification (jsonb as its text, ids as text). */
export interface ChainedEvent {
  id: string;
  at: Date;
  actorId: number | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  origin: string | null;
  prevHash: string;
}

const field = (value: string | null) => (value === null ? "-" : `${Buffer.byteLength(value, "utf8")}:${value}`);

/** Version 1 of the canonical encoding, as in the migration's `audit_event_hash`. */
export function auditEventContent(e: ChainedEvent): string {
  return (
    "crisis-ledger-audit-v1" +
    [
      e.id,
      e.at.toISOString(),
      e.actorId === null ? null : String(e.actorId),
      e.actorEmail,
      e.action,
      e.entityType,
      e.entityId,
      e.before,
      e.after,
      e.origin,
      e.prevHash,
    ]
      .map(field)
      .join("")
  );
}

export function auditEventHash(e: ChainedEvent): string {
  return createHash("sha256").update(auditEventContent(e), "utf8").digest("hex");
}

export type ChainReport =
  | { ok: true; count: number; lastHash: string }
  | { ok: false; count: number; id: string | null; problem: string; expected: string; found: string };

interface Row {
  id: string;
  at: Date;
  actor_id: number | null;
  actor_email: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  origin: string | null;
  prev_hash: string | null;
  hash: string | null;
}

const BATCH = 2000;

/**
 * Walks the whole log in id order and stops at the first broken link. `keptHash`: a hash printed
 * by an earlier run and kept outside the database; a chain recomputed after a change (which only
 * the owner could do) no longer contains it.
 */
export async function verifyAuditChain(client: pg.Client, keptHash?: string): Promise<ChainReport> {
  let keptHashSeen = !keptHash;
  let expectedPrev = GENESIS_HASH;
  let lastId = "0";
  let count = 0;
  for (;;) {
    const { rows } = await client.query<Row>(
      `SELECT id::text, at, actor_id, actor_email, action, entity_type, entity_id, before::text AS before, after::text AS after,
              origin, prev_hash, hash
       FROM audit_event WHERE audit_event.id > $1::bigint ORDER BY audit_event.id LIMIT ${BATCH}`,
      [lastId],
    );
    for (const row of rows) {
      count += 1;
      const broken = (expected: string, found: unknown, problem: string): ChainReport => ({
        ok: false,
        count,
        id: row.id,
        expected,
        found: String(found),
        problem,
      });
      if (row.prev_hash !== expectedPrev) {
        return broken(
          expectedPrev,
          row.prev_hash,
          "its link to the previous event does not match: an event before it was deleted, inserted or changed",
        );
      }
      const computed = auditEventHash({
        id: row.id,
        at: row.at,
        actorId: row.actor_id,
        actorEmail: row.actor_email,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        before: row.before,
        after: row.after,
        origin: row.origin,
        prevHash: row.prev_hash,
      });
      if (row.hash !== computed) return broken(computed, row.hash, "its content does not match its hash: it was changed");
      expectedPrev = row.hash;
      lastId = row.id;
      if (row.hash === keptHash) keptHashSeen = true;
    }
    if (rows.length < BATCH) break;
  }
  const { rows: heads } = await client.query<{ last_id: string; last_hash: string }>(
    "SELECT last_id::text, last_hash FROM audit_chain_head WHERE id = 1",
  );
  const head = heads[0];
  if (!head || head.last_hash !== expectedPrev || head.last_id !== lastId) {
    return {
      ok: false,
      count,
      id: head?.last_id ?? null,
      expected: expectedPrev,
      found: head?.last_hash ?? "no chain head",
      problem: `the chain head does not point at the last event (${lastId}): events at the end were deleted, or the head was changed`,
    };
  }
  if (!keptHashSeen) {
    return {
      ok: false,
      count,
      id: null,
      expected: keptHash!,
      found: "no such event",
      problem: "no event has the hash you kept: the chain was rewritten",
    };
  }
  return { ok: true, count, lastHash: expectedPrev };
}

export function describeChainReport(report: ChainReport): string {
  if (report.ok) return `${report.count} events, chain intact.\nLast hash: ${report.lastHash}`;
  return (
    `Broken link at audit event ${report.id ?? "(none)"}: ${report.problem}.\n` +
    `  expected ${report.expected}\n  found    ${report.found}`
  );
}
