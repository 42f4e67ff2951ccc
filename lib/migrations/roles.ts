// Migrations run as the owner role; the app connects as a role that owns nothing (see
// scripts/lib/postgres.ts). This grants the app role what the app needs, and no more:
//   - SELECT, INSERT, UPDATE, DELETE on every table of the schema, also on tables that later
//     migrations create (ALTER DEFAULT PRIVILEGES, so new migrations need no grants of their own);
//   - USAGE on sequences (serial ids);
//   - on audit_event only SELECT and INSERT; only SELECT on the derived read-path tables (their
//     triggers keep them current); nothing on audit_chain_head (its trigger runs as the
//     owner) nor on _prisma_migrations.
// No TRUNCATE, REFERENCES or TRIGGER anywhere, and as a non-owner it cannot ALTER or DROP a table
// or disable a trigger.
import pg from "pg";
import { applyPendingMigrations } from "./engine";
import { withClient } from "./pg";

/** Tables the app may read and append to, never change. */
const APPEND_ONLY = ["audit_event"];
/**
 * Derived tables kept current by the database's own triggers (SECURITY DEFINER, as the owner):
 * the app only reads them, so no code path of the app can make them drift.
 */
export const READ_ONLY = ["location_closure", "latest_claim", "claim_summary", "source_claims", "data_version", "data_version_pending"];
/** Tables the app may not touch at all. */
const NO_ACCESS = ["_prisma_migrations", "audit_chain_head"];

interface RoleInfo {
  name: string;
  superuser: boolean;
}

async function roleInfo(url: string): Promise<RoleInfo> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<RoleInfo>(
      "SELECT current_user AS name, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user",
    );
    return rows[0]!;
  });
}

/** Idempotent; run as the owner role after (and, for the default privileges, before) migrations. */
export async function grantAppPrivileges(ownerUrl: string, appRole: string) {
  const app = pg.escapeIdentifier(appRole);
  await withClient(ownerUrl, async (client) => {
    await client.query("BEGIN");
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`);
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO ${app}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`);
    await client.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
    for (const table of [...APPEND_ONLY, ...READ_ONLY, ...NO_ACCESS]) {
      const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass($1) IS NOT NULL AS exists", [`public.${table}`]);
      if (!rows[0]?.exists) continue;
      const privileges = APPEND_ONLY.includes(table)
        ? "UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER"
        : READ_ONLY.includes(table)
          ? "INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER"
          : "ALL";
      await client.query(`REVOKE ${privileges} ON ${pg.escapeIdentifier(table)} FROM ${app}`);
    }
    await client.query("COMMIT");
  });
}

/**
 * Applies pending migrations as the owner (db.migrationUrl) and grants the app role (the role of
 * db.url) its privileges. When both are the same role, only the migrations run.
 */
export async function migrateDatabase(db: { url: string; migrationUrl: string }, log?: (line: string) => void): Promise<string[]> {
  const [app, owner] = await Promise.all([roleInfo(db.url), roleInfo(db.migrationUrl)]);
  const separate = app.name !== owner.name;
  if (separate) await grantAppPrivileges(db.migrationUrl, app.name);
  const applied = await applyPendingMigrations(db.migrationUrl, log);
  if (separate) await grantAppPrivileges(db.migrationUrl, app.name);
  if (app.superuser) {
    console.warn(`[crisis-ledger] Warning: DATABASE_URL's role ${app.name} is a superuser, so the app could rewrite the audit log.`);
  }
  return applied;
}
