// deleteVersioned against PostgreSQL: the one delete of a versioned record (lock, checks, version
// compare, what still uses it, delete, audit) and how it answers each case.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Source } from "@/lib/generated/prisma/client";
import { recordAudit } from "./audit";
import { deleteVersioned, lockingStore } from "./versioned";

const store = lockingStore<Source, { name: string }>("source", (tx) => tx.source);
const actor = { id: 0, email: "admin@example.org" };
let n = 0;

beforeAll(async () => {
  actor.id = (await prisma.user.create({ data: { email: actor.email, name: "Admin", role: "admin" } })).id;
});

const newSource = () => {
  n += 1;
  return prisma.source.create({ data: { name: `Source ${n}`, nameKey: `source ${n}`, kind: "media", reliability: "C" } });
};

type Blocked = (s: Source) => { ok: false; code: "in_use" } | null | Promise<{ ok: false; code: "in_use" } | null>;
const remove = (id: number, version: number, blocked: Blocked = () => null) =>
  deleteVersioned<Source, { ok: false; code: "in_use" }>(store, id, version, {
    blocked,
    record: (tx, before) =>
      recordAudit(tx, { actor, action: "source.deleted", entityType: "source", entityId: before.id, before, origin: "test" }),
  });

const auditOf = (id: number) => prisma.auditEvent.findMany({ where: { entityType: "source", entityId: String(id) } });

describe("deleteVersioned", () => {
  it("deletes the version the caller read and audits what it was, in one transaction", async () => {
    const source = await newSource();
    expect(await remove(source.id, 1)).toEqual({ ok: true, record: source });
    expect(await prisma.source.findUnique({ where: { id: source.id } })).toBeNull();
    const audit = await auditOf(source.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "source.deleted", actorId: actor.id, before: { name: source.name, version: 1 }, after: null });
  });

  it("answers a stale version with a conflict carrying the current record, and deletes nothing", async () => {
    const source = await newSource();
    const current = await prisma.source.update({ where: { id: source.id }, data: { isActive: false, version: { increment: 1 } } });
    expect(await remove(source.id, 1)).toEqual({ ok: false, code: "conflict", current });
    expect(await prisma.source.findUnique({ where: { id: source.id } })).toEqual(current);
    expect(await auditOf(source.id)).toHaveLength(0);
  });

  it("answers a missing record with not_found", async () => {
    const source = await newSource();
    await prisma.source.delete({ where: { id: source.id } });
    expect(await remove(source.id, 1)).toEqual({ ok: false, code: "not_found" });
    expect(await auditOf(source.id)).toHaveLength(0);
  });

  it("checks what still uses the record after the version, and a refusal deletes nothing", async () => {
    const source = await newSource();
    const inUse = { ok: false as const, code: "in_use" as const };
    expect(await remove(source.id, 2, () => inUse)).toMatchObject({ ok: false, code: "conflict" });
    expect(await remove(source.id, 1, () => inUse)).toEqual(inUse);
    expect(await prisma.source.findUnique({ where: { id: source.id } })).not.toBeNull();
    expect(await auditOf(source.id)).toHaveLength(0);
  });

  it("rolls the delete back when the audit cannot be written", async () => {
    const source = await newSource();
    const failing = {
      record: async () => {
        throw new Error("audit down");
      },
    };
    await expect(deleteVersioned(store, source.id, 1, failing)).rejects.toThrow("audit down");
    expect(await prisma.source.findUnique({ where: { id: source.id } })).not.toBeNull();
  });

  it("locks the row before its checks: a change made meanwhile waits, then finds the record gone", async () => {
    const source = await newSource();
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Without the lock this update would commit during the check and the delete would answer a conflict.
    const deleting = remove(source.id, 1, () => held.then(() => null));
    await new Promise((r) => setTimeout(r, 150));
    // A connection of its own, so the update does not just queue for the pool's.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      const update = other.query("UPDATE source SET is_active = false, version = version + 1 WHERE id = $1 AND version = 1", [source.id]);
      await new Promise((r) => setTimeout(r, 150));
      release();
      expect(await deleting).toMatchObject({ ok: true });
      expect((await update).rowCount).toBe(0);
    } finally {
      await other.end();
    }
  });
});
