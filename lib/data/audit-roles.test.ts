// The app connects as a role that owns nothing (test/setup-database.ts points lib/db at it, as
// `npm start` does): it cannot rewrite the audit log, alter any table or touch the migrations'
// table, and still has what the app needs, also on tables that later migrations create.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { READ_ONLY } from "@/lib/migrations/roles";
import { withOwner } from "@/test/owner";
import { verifyAuditChain } from "./audit-chain";

const asApp = (sql: string) => prisma.$executeRawUnsafe(sql);

async function appTables(): Promise<string[]> {
  return withOwner(async (owner) =>
    (await owner.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).rows.map(
      (r) => r.name,
    ),
  );
}

describe("the app's database role", () => {
  it("is not a superuser, cannot create roles or databases, and owns nothing", async () => {
    const [role] = await prisma.$queryRaw<Array<{ rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; owned: number }>>`
      SELECT rolsuper, rolcreaterole, rolcreatedb,
             (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) + (SELECT count(*)::int FROM pg_proc WHERE proowner = r.oid)
             + (SELECT count(*)::int FROM pg_type WHERE typowner = r.oid) + (SELECT count(*)::int FROM pg_database WHERE datdba = r.oid) AS owned
      FROM pg_roles r WHERE rolname = current_user`;
    expect(role).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, owned: 0 });
  });

  it("cannot disable the audit log's triggers", async () => {
    for (const trigger of ["audit_event_no_update_delete", "audit_event_no_truncate", "audit_event_chain", "ALL", "USER"]) {
      await expect(asApp(`ALTER TABLE audit_event DISABLE TRIGGER ${trigger}`)).rejects.toThrow(/must be owner/);
    }
    await expect(asApp("SET session_replication_role = replica")).rejects.toThrow(/permission denied/);
  });

  it("cannot UPDATE, DELETE or TRUNCATE audit events, only read and append", async () => {
    const event = await prisma.auditEvent.create({ data: { action: "test.event", entityType: "test", origin: "test" } });
    await expect(asApp(`UPDATE audit_event SET action = 'tampered' WHERE id = ${event.id}`)).rejects.toThrow(/permission denied/);
    await expect(asApp(`DELETE FROM audit_event WHERE id = ${event.id}`)).rejects.toThrow(/permission denied/);
    await expect(asApp("TRUNCATE audit_event")).rejects.toThrow(/permission denied/);
    await expect(asApp("UPDATE audit_chain_head SET last_hash = repeat('0', 64)")).rejects.toThrow(/permission denied/);
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ action: "test.event" });
  });

  it("cannot choose an event's id, prev_hash or hash: the row trigger trusts only rows the owner's set append writes", async () => {
    // The set append (audit_append_import_events) turns this setting on around its own inserts, as the owner; set by the app
    // role, it changes nothing: the trigger chains the row as usual, whatever id and hashes the insert names.
    const forged = await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SELECT set_config('crisis_ledger.audit_set_append', 'on', true)");
      await tx.$executeRawUnsafe("SET LOCAL search_path = pg_temp, public");
      return tx.$queryRawUnsafe<Array<{ id: bigint; prev_hash: string; hash: string }>>(
        `INSERT INTO audit_event (id, action, entity_type, origin, prev_hash, hash)
         VALUES (9000000001, 'test.forged', 'test', 'test', repeat('a', 64), repeat('b', 64)) RETURNING id, prev_hash, hash`,
      );
    });
    expect(forged[0]!.id).not.toBe(9000000001n);
    expect(forged[0]!.prev_hash).not.toBe("a".repeat(64));
    expect(forged[0]!.hash).not.toBe("b".repeat(64));
    // The set append itself, called by the app role for a batch with no figures, appends nothing, and the chain holds.
    expect(await prisma.$queryRawUnsafe("SELECT audit_append_import_events(-1, NULL, NULL, 'test')::int AS n")).toEqual([{ n: 0 }]);
    expect(await withOwner((owner) => verifyAuditChain(owner))).toMatchObject({ ok: true });
  });

  it("cannot ALTER, DROP or add triggers to any table, nor create tables", async () => {
    const tables = await appTables();
    expect(tables).toEqual(expect.arrayContaining(["audit_event", "figure", "app_user", "_prisma_migrations"]));
    for (const table of tables) {
      await expect(asApp(`ALTER TABLE "${table}" ADD COLUMN sneaky int`), table).rejects.toThrow(/must be owner/);
      await expect(asApp(`ALTER TABLE "${table}" OWNER TO CURRENT_USER`), table).rejects.toThrow(/must be owner/);
      await expect(asApp(`DROP TABLE "${table}"`), table).rejects.toThrow(/must be owner/);
    }
    await expect(
      asApp("CREATE TRIGGER sneaky BEFORE INSERT ON figure FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()"),
    ).rejects.toThrow(/permission denied|must be owner/);
    await expect(asApp("CREATE TABLE sneaky (id int)")).rejects.toThrow(/permission denied/);
    await expect(asApp("CREATE FUNCTION sneaky() RETURNS int LANGUAGE sql AS 'SELECT 1'")).rejects.toThrow(/permission denied/);
  });

  it("has no access to the migrations' table", async () => {
    await expect(prisma.$queryRawUnsafe("SELECT count(*) FROM _prisma_migrations")).rejects.toThrow(/permission denied/);
    await expect(asApp("DELETE FROM _prisma_migrations")).rejects.toThrow(/permission denied/);
  });

  it("may only read the derived tables that the database's triggers keep current", async () => {
    const rows = await prisma.$queryRaw<Array<{ name: string; s: boolean; i: boolean; u: boolean; d: boolean }>>`
      SELECT tablename AS name, has_table_privilege(current_user, quote_ident(tablename), 'SELECT') AS s,
             has_table_privilege(current_user, quote_ident(tablename), 'INSERT') AS i,
             has_table_privilege(current_user, quote_ident(tablename), 'UPDATE') AS u,
             has_table_privilege(current_user, quote_ident(tablename), 'DELETE') AS d
      FROM pg_tables WHERE schemaname = 'public' AND tablename = ANY(${READ_ONLY})`;
    expect(rows.map((r) => r.name).sort()).toEqual([...READ_ONLY].sort());
    for (const row of rows) expect(row, row.name).toMatchObject({ s: true, i: false, u: false, d: false });
  });

  it("may read and write every other table, including one a later migration creates", async () => {
    const rows = await prisma.$queryRaw<Array<{ name: string; s: boolean; i: boolean; u: boolean; d: boolean }>>`
      SELECT tablename AS name, has_table_privilege(current_user, quote_ident(tablename), 'SELECT') AS s,
             has_table_privilege(current_user, quote_ident(tablename), 'INSERT') AS i,
             has_table_privilege(current_user, quote_ident(tablename), 'UPDATE') AS u,
             has_table_privilege(current_user, quote_ident(tablename), 'DELETE') AS d
      FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('audit_event', 'audit_chain_head', '_prisma_migrations')
        AND NOT tablename = ANY(${READ_ONLY})`;
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row, row.name).toMatchObject({ s: true, i: true, u: true, d: true });

    // What a later migration does, run as the owner with no grant of its own.
    await withOwner((owner) => owner.query("CREATE TABLE later_feature (id serial PRIMARY KEY, note text)"));
    await asApp("INSERT INTO later_feature (note) VALUES ('works')");
    await asApp("UPDATE later_feature SET note = 'still works'");
    expect(await prisma.$queryRawUnsafe("SELECT note FROM later_feature")).toEqual([{ note: "still works" }]);
    await asApp("DELETE FROM later_feature");
    await expect(asApp("ALTER TABLE later_feature ADD COLUMN sneaky int")).rejects.toThrow(/must be owner/);
    await expect(asApp("TRUNCATE later_feature")).rejects.toThrow(/permission denied/);
  });
});
