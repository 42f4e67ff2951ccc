import "server-only";
// The append-only audit log. Writes happen inside the caller's transaction, so a change and its
// audit event are committed together or not at all.
import { prisma } from "@/lib/db";
import type { AuditAction } from "@/lib/domain/audit-actions";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

export interface Actor {
  id: number;
  email: string;
}

export interface AuditEntry {
  actor: Actor | null;
  action: AuditAction;
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

export interface AuditFilter {
  actorEmail?: string;
  entityType?: string;
  from?: Date;
  /** Inclusive: events up to the end of this day. */
  to?: Date;
}

export const AUDIT_PAGE_SIZE = 200;

/** The newest events first, filtered by actor, entity and date. Read-only: the log cannot be changed. */
export async function listAuditEvents(filter: AuditFilter) {
  const endOfDay = filter.to ? new Date(filter.to.getTime() + 86_400_000) : undefined;
  return prisma.auditEvent.findMany({
    where: {
      ...(filter.actorEmail ? { actorEmail: { contains: filter.actorEmail.toLowerCase() } } : {}),
      ...(filter.entityType ? { entityType: filter.entityType } : {}),
      ...(filter.from || endOfDay ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(endOfDay ? { lt: endOfDay } : {}) } } : {}),
    },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE,
  });
}

export async function auditEntityTypes(): Promise<string[]> {
  const rows = await prisma.auditEvent.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } });
  return rows.map((r) => r.entityType);
}
