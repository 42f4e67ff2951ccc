// npm run migrate            apply pending migrations as the owner role (MIGRATION_DATABASE_URL, else
//                            DATABASE_URL, or the embedded database), then grant the app role its privileges
// npm run migrate:create -- NAME
//                            write prisma/migrations/<timestamp>_NAME/migration.sql from the
//                            change between the last migration's schema and prisma/schema.prisma
// npm run migrate:status     list applied and pending migrations
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { diffSchemas, listMigrations, MIGRATIONS_DIR, readSchema, ROOT, SNAPSHOT_FILE } from "../lib/migrations/engine";
import { migrateDatabase } from "../lib/migrations/roles";
import { openAppDatabase, type Database } from "./lib/postgres";

async function deploy(db: Database) {
  const applied = await migrateDatabase(db);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
}

async function create(url: string, name: string | undefined) {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error("Give the migration a name in lower case: npm run migrate:create -- add_something");
  }
  const migrations = await listMigrations();
  const last = migrations.at(-1);
  const fromSchema = last ? await readFile(path.join(MIGRATIONS_DIR, last.name, SNAPSHOT_FILE), "utf8") : null;
  const schema = await readSchema();
  const sql = await diffSchemas(url, fromSchema, schema);
  if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) {
    console.log("prisma/schema.prisma has no change since the last migration: nothing to create.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  if (existsSync(dir)) throw new Error(`${dir} exists already`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await writeFile(path.join(dir, SNAPSHOT_FILE), schema);
  console.log(`Created ${path.relative(ROOT, dir)}/migration.sql. Review it, add hand-written SQL if needed, then run npm run migrate.`);
}

async function status(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied = new Set<string>();
  try {
    const { rows } = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    rows.forEach((r) => applied.add(r.migration_name));
  } catch (error) {
    // No _prisma_migrations table yet: nothing applied. Anything else (e.g. the app role, which may
    // not read it) is an error, not "all pending".
    if ((error as { code?: string }).code !== "42P01") throw error;
  } finally {
    await client.end();
  }
  const all = await listMigrations();
  for (const m of all) console.log(`${applied.has(m.name) ? "applied" : "PENDING"}  ${m.name}`);
  const pending = all.filter((m) => !applied.has(m.name)).length;
  console.log(pending ? `${pending} pending migration(s).` : "Database is up to date.");
}

async function main() {
  const [command, arg] = process.argv.slice(2);
  const db = await openAppDatabase(ROOT);
  try {
    if (command === "deploy") await deploy(db);
    else if (command === "create") await create(db.migrationUrl, arg);
    else if (command === "status") await status(db.migrationUrl);
    else throw new Error(`Unknown command "${command}". Use deploy, create NAME or status.`);
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
