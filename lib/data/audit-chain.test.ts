// The audit log's hash chain: every writer chains (a trigger), concurrent writers cannot fork it,
// and the verifier finds an event the owner changed or deleted behind the app's back.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { withOwner } from "@/test/owner";
import { recordAudit } from "./audit";
import { auditEventContent, auditEventHash, describeChainReport, GENESIS_HASH, verifyAuditChain } from "./audit-chain";

const verify = () => withOwner((owner) => verifyAuditChain(owner));

/** What only the owner can do: lift the append-only trigger for one statement. */
function tamper(sql: string, params: unknown[] = []) {
  return withOwner(async (owner) => {
    await owner.query("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete");
    try {
      await owner.query(sql, params);
    } finally {
      await owner.query("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete");
    }
  });
}

describe("the canonical encoding", () => {
  it("is stable: a fixed event always has the same content and hash", () => {
    const event = {
      id: "42",
      at: new Date("2026-03-01T12:34:56.789Z"),
      actorId: 7,
      actorEmail: "ada@example.org",
      action: "figure.publish",
      entityType: "figure",
      entityId: "9",
      before: '{"best": 12, "note": "Київ"}',
      after: null,
      origin: "203.0.113.5",
      prevHash: GENESIS_HASH,
    };
    expect(auditEventContent(event)).toBe(
      "crisis-ledger-audit-v12:4224:2026-03-01T12:34:56.789Z1:715:ada@example.org14:figure.publish6:figure1:9" +
        '32:{"best": 12, "note": "Київ"}-11:203.0.113.564:' +
        GENESIS_HASH,
    );
    expect(auditEventHash(event)).toBe("05bfa2a999ac28edc1c00a59a5cfa042beef1bb34c678718261432fb3c8885c4");
  });

  it("is what the database computes, for the fixed event and for a stored one", async () => {
    const fixed = {
      id: 42,
      at: "2026-03-01T12:34:56.789Z",
      actor_id: 7,
      actor_email: "ada@example.org",
      action: "figure.publish",
      entity_type: "figure",
      entity_id: "9",
      before: { note: "Київ", best: 12 },
      after: null,
      origin: "203.0.113.5",
      prev_hash: GENESIS_HASH,
    };
    const [row] = await prisma.$queryRaw<Array<{ hash: string }>>`
      SELECT audit_event_hash(jsonb_populate_record(NULL::audit_event, ${JSON.stringify(fixed)}::jsonb)) AS hash`;
    expect(row!.hash).toBe("05bfa2a999ac28edc1c00a59a5cfa042beef1bb34c678718261432fb3c8885c4");

    await prisma.$transaction((tx) =>
      recordAudit(tx, {
        actor: null,
        action: "source.created",
        entityType: "test",
        entityId: 'é\n"x"',
        after: { b: [1, 2.5], a: null, ü: "\u0001" },
        origin: null,
      }),
    );
    expect(await verify()).toEqual({ ok: true, count: 1, lastHash: (await prisma.auditEvent.findFirstOrThrow()).hash });
  });
});

describe("the hash chain", () => {
  it("stays one unbroken chain under many concurrent writers", async () => {
    const before = await prisma.auditEvent.count();
    // Separate connections, each in its own transaction, all at once.
    const clients = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await client.connect();
        return client;
      }),
    );
    try {
      await Promise.all(
        clients.map(async (client, c) => {
          for (let i = 0; i < 5; i++) {
            await client.query("BEGIN");
            await client.query(
              "INSERT INTO audit_event (action, entity_type, entity_id, origin) VALUES ('test.concurrent', 'test', $1, 'test')",
              [`${c}-${i}`],
            );
            await client.query("SELECT pg_sleep(0.005)"); // hold the chain head a moment, so writers really queue
            await client.query("COMMIT");
          }
        }),
      );
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          prisma.$transaction((tx) =>
            recordAudit(tx, { actor: null, action: "figure.created", entityType: "test", entityId: `p${i}`, origin: "test" }),
          ),
        ),
      );
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
    const count = await prisma.auditEvent.count();
    expect(count).toBe(before + 12 * 5 + 20);
    expect(await verify()).toMatchObject({ ok: true, count });
    // No fork: every event has its own predecessor.
    const links = await prisma.auditEvent.findMany({ select: { prevHash: true } });
    expect(new Set(links.map((l) => l.prevHash)).size).toBe(count);
  });

  it("a rolled-back write leaves no gap in the chain", async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await recordAudit(tx, { actor: null, action: "figure.deleted", entityType: "test", origin: "test" });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    await prisma.$transaction((tx) => recordAudit(tx, { actor: null, action: "figure.created", entityType: "test", origin: "test" }));
    expect(await verify()).toMatchObject({ ok: true });
  });

  it("finds an event the owner changed (and is intact again once it is put back)", async () => {
    const events = await prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    const victim = events[Math.floor(events.length / 2)]!;
    await tamper("UPDATE audit_event SET entity_id = 'forged' WHERE id = $1", [victim.id]);
    const report = await verify();
    expect(report).toMatchObject({ ok: false, id: String(victim.id), found: victim.hash });
    expect(describeChainReport(report)).toMatch(
      new RegExp(`^Broken link at audit event ${victim.id}: its content does not match its hash`),
    );

    // Recomputing the changed event's own hash does not help: the next event's link breaks.
    await tamper("UPDATE audit_event SET hash = audit_event_hash(audit_event) WHERE id = $1", [victim.id]);
    const next = events[events.indexOf(victim) + 1]!;
    expect(await verify()).toMatchObject({
      ok: false,
      id: String(next.id),
      expected: expect.not.stringMatching(victim.hash!),
      found: victim.hash,
    });

    await tamper("UPDATE audit_event SET entity_id = $2, hash = $3 WHERE id = $1", [victim.id, victim.entityId, victim.hash]);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it("finds a chain the owner recomputed after a change, given a hash kept from an earlier run", async () => {
    const kept = await verify();
    expect(kept.ok).toBe(true);
    const keptHash = kept.ok ? kept.lastHash : "";
    expect(await withOwner((owner) => verifyAuditChain(owner, keptHash))).toMatchObject({ ok: true });

    // The owner rewrites the last event and recomputes its hash and the head: the chain looks whole.
    await withOwner(async (owner) => {
      await owner.query("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete");
      await owner.query(`UPDATE audit_event SET action = 'forged' WHERE id = (SELECT max(id) FROM audit_event)`);
      await owner.query(`UPDATE audit_event SET hash = audit_event_hash(audit_event) WHERE id = (SELECT max(id) FROM audit_event)`);
      await owner.query(`UPDATE audit_chain_head SET last_hash = (SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1)`);
      await owner.query("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete");
    });
    expect(await verify()).toMatchObject({ ok: true });
    const report = await withOwner((owner) => verifyAuditChain(owner, keptHash));
    expect(report).toMatchObject({ ok: false, expected: keptHash });
    expect(describeChainReport(report)).toContain("no event has the hash you kept");
  });

  it("finds a deleted event, and deleted events at the end", async () => {
    const events = await prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    const deleted = events[3]!;
    await tamper("DELETE FROM audit_event WHERE id = $1", [deleted.id]);
    const report = await verify();
    expect(report).toMatchObject({ ok: false, id: String(events[4]!.id), expected: events[2]!.hash, found: deleted.hash });
    expect(describeChainReport(report)).toContain("an event before it was deleted");

    const last = events.at(-1)!;
    await tamper("DELETE FROM audit_event WHERE id >= $1", [events[3]!.id]);
    expect(await verify()).toMatchObject({ ok: false, id: String(last.id), problem: expect.stringContaining("chain head") });
  });
});
