// Audit action names: one list, one tense, and the migration that renamed the old names in stored
// events (re-chaining the hash chain) agrees with that list and leaves a chain that verifies.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AUDIT_ACTIONS, isAuditAction, RENAMED_AUDIT_ACTIONS } from "@/lib/domain/audit-actions";
import { withOwner } from "@/test/owner";
import { recordAudit } from "./audit";
import { verifyAuditChain } from "./audit-chain";

const MIGRATION = "20261201164500_audit_action_past_tense";
const renameSql = readFileSync(path.join(import.meta.dirname, "../../prisma/migrations", MIGRATION, "migration.sql"), "utf8");
const verify = () => withOwner((owner) => verifyAuditChain(owner));

describe("audit action names", () => {
  it("are unique, `<entity>.<name>`, and none is an old name", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z_]+\.[a-z_]+$/);
    for (const [old, renamed] of Object.entries(RENAMED_AUDIT_ACTIONS)) {
      expect(isAuditAction(old)).toBe(false);
      expect(isAuditAction(renamed)).toBe(true);
    }
  });

  it("after the migrations, every stored event's action is in the list", async () => {
    const migrated = await withOwner((owner) =>
      owner.query("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND migration_name = $1", [MIGRATION]),
    );
    expect(migrated.rows).toHaveLength(1);
    const stored = await prisma.auditEvent.findMany({ distinct: ["action"], select: { action: true } });
    expect(stored.map((e) => e.action).filter((a) => !isAuditAction(a))).toEqual([]);
  });

  it("the rename migration renames every old name, re-chains from the first renamed event, and the chain verifies", async () => {
    const untouched = await prisma.$transaction(async (tx) => {
      await recordAudit(tx, { actor: null, action: "seed.loaded", entityType: "test", origin: "test" });
      return tx.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    });
    // Events as the app wrote them before: every old name once, then a current name after them.
    for (const old of Object.keys(RENAMED_AUDIT_ACTIONS)) {
      await prisma.$executeRaw`INSERT INTO audit_event (action, entity_type, entity_id, before, origin)
        VALUES (${old}, 'test', ${old}, ${JSON.stringify({ note: "Київ", old })}::jsonb, 'test')`;
    }
    await prisma.$transaction((tx) =>
      recordAudit(tx, { actor: null, action: "figure.published", entityType: "test", entityId: "last", origin: "test" }),
    );
    expect(await verify()).toMatchObject({ ok: true });
    const before = await prisma.auditEvent.findMany({ orderBy: { id: "asc" } });

    await withOwner((owner) => owner.query(renameSql));

    const after = await prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
    const oldStyle = after.filter((e) => e.entityType === "test" && e.entityId && e.entityId in RENAMED_AUDIT_ACTIONS);
    expect(oldStyle).toHaveLength(Object.keys(RENAMED_AUDIT_ACTIONS).length);
    for (const event of oldStyle) expect(event.action).toBe(RENAMED_AUDIT_ACTIONS[event.entityId as keyof typeof RENAMED_AUDIT_ACTIONS]);
    expect(after.map((e) => e.action).filter((a) => !isAuditAction(a))).toEqual([]);
    // Everything else about the events is as it was; events before the first renamed one keep their hashes.
    const unchained = (events: typeof after) => events.map(({ action: _a, hash: _h, prevHash: _p, ...rest }) => rest);
    expect(unchained(after)).toEqual(unchained(before));
    expect(after.find((e) => e.id === untouched.id)!.hash).toBe(untouched.hash);
    expect(after.at(-1)!.hash).not.toBe(before.at(-1)!.hash);
    const report = await verify();
    expect(report).toMatchObject({ ok: true, count: after.length, lastHash: after.at(-1)!.hash });

    // Run again: nothing is left to rename, nothing changes, and the log is append-only again.
    await withOwner((owner) => owner.query(renameSql));
    expect(await prisma.auditEvent.findMany({ orderBy: { id: "asc" } })).toEqual(after);
    await withOwner(async (owner) => {
      await expect(owner.query("UPDATE audit_event SET action = 'forged' WHERE id = $1", [after[0]!.id])).rejects.toThrow(/append-only/);
    });
    await prisma.$transaction((tx) => recordAudit(tx, { actor: null, action: "source.created", entityType: "test", origin: "test" }));
    expect(await verify()).toMatchObject({ ok: true, count: after.length + 1 });
  });
});
