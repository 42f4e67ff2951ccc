import "server-only";
// The append-only audit log. Writes happen inside the caller's transaction, so a change and its
// audit event are committed together or not at all.
import type { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

export interface Actor {
  id: number;
  email: string;
}

export interface AuditEntry {
  actor: Actor | null;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  origin?: string | null;
}

/** JSON for a before/after snapshot: dates as ISO strings, bigints as strings, secrets never. */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (key === "passwordHash" ? undefined : typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

export async function recordAudit(tx: Tx, entry: AuditEntry) {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      before: snapshot(entry.before),
      after: snapshot(entry.after),
      origin: entry.origin?.slice(0, 500) ?? null,
    },
  });
}
