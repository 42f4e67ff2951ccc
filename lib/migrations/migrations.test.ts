// Migrations from an empty database, compared with the Prisma schema: no drift.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabaseIfMissing, dropDatabase, withDatabaseName } from "@/scripts/lib/postgres";
import { uniqueDatabaseName } from "@/scripts/lib/test-server";
import { readCatalog } from "./catalog";
import { applyPendingMigrations, diffSchemas, listMigrations, readSchema } from "./engine";

const adminUrl = process.env.TEST_PG_ADMIN_URL!;
const created: string[] = [];

async function emptyDatabase(prefix: string) {
  const name = uniqueDatabaseName(prefix);
  await createDatabaseIfMissing(adminUrl, name);
  created.push(name);
  return withDatabaseName(adminUrl, name);
}

afterAll(async () => {
  for (const name of created) await dropDatabase(adminUrl, name);
});

describe("migrations", () => {
  it("apply in order from an empty database, once", async () => {
    const url = await emptyDatabase("cl_mig");
    const all = (await listMigrations()).map((m) => m.name);
    expect(all.length).toBeGreaterThan(0);

    expect(await applyPendingMigrations(url)).toEqual(all);
    expect(await applyPendingMigrations(url)).toEqual([]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
    );
    await client.end();
    expect(rows.map((r) => r.migration_name)).toEqual(all);
  });

  it("produce exactly the schema in prisma/schema.prisma (no drift)", async () => {
    const fromMigrations = await emptyDatabase("cl_mig");
    await applyPendingMigrations(fromMigrations);

    const fromSchema = await emptyDatabase("cl_schema");
    const script = await diffSchemas(fromSchema, null, await readSchema());
    const client = new pg.Client({ connectionString: fromSchema });
    await client.connect();
    await client.query(script);
    await client.end();

    const migrated = await readCatalog(fromMigrations);
    const expected = await readCatalog(fromSchema);
    expect(migrated.columns).toEqual(expected.columns);
    expect(migrated.enums).toEqual(expected.enums);
    expect(migrated.indexes).toEqual(expected.indexes);
    expect(migrated.constraints).toEqual(expected.constraints);
    // What Prisma cannot model is added by hand and must be there.
    expect(expected.checks.filter((c) => !/_not_null$/.test(c))).toEqual([]);
    expect(migrated.checks).toEqual(
      expect.arrayContaining(["figure figure_estimate_check", "figure figure_qualifier_check", "figure figure_credibility_check"]),
    );
    expect(migrated.triggers).toEqual(
      expect.arrayContaining([
        "audit_event audit_event_no_update_delete UPDATE",
        "audit_event audit_event_no_update_delete DELETE",
        "audit_event audit_event_chain INSERT",
      ]),
    );
  });
});
