// A comparable description of a database schema, read from PostgreSQL's catalogs: tables,
// columns, enums, indexes and the constraints Prisma models (primary, unique, foreign keys).
// CHECK constraints and triggers are listed apart: Prisma's schema cannot express them, so they
// live only in hand-written migration SQL.
import pg from "pg";

export interface Catalog {
  columns: string[];
  enums: string[];
  indexes: string[];
  constraints: string[];
  checks: string[];
  triggers: string[];
}

export async function readCatalog(connectionString: string): Promise<Catalog> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const lines = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((r) => r.line);
  try {
    return {
      columns: await lines(`
        SELECT table_name || '.' || column_name || ' ' || udt_name
               || coalesce('(' || character_maximum_length || ')', '')
               || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END
               || coalesce(' default ' || column_default, '') AS line
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        ORDER BY 1`),
      enums: await lines(`
        SELECT t.typname || ': ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
        GROUP BY t.typname ORDER BY 1`),
      indexes: await lines(`
        SELECT indexdef AS line FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`),
      constraints: await lines(`
        SELECT rel.relname || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS line
        FROM pg_constraint c JOIN pg_class rel ON rel.oid = c.conrelid
        JOIN pg_namespace n ON n.oid = rel.relnamespace AND n.nspname = 'public'
        WHERE c.contype IN ('p', 'u', 'f') AND rel.relname <> '_prisma_migrations' ORDER BY 1`),
      checks: await lines(`
        SELECT rel.relname || ' ' || c.conname AS line
        FROM pg_constraint c JOIN pg_class rel ON rel.oid = c.conrelid
        JOIN pg_namespace n ON n.oid = rel.relnamespace AND n.nspname = 'public'
        WHERE c.contype = 'c' ORDER BY 1`),
      triggers: await lines(`
        SELECT event_object_table || ' ' || trigger_name || ' ' || event_manipulation AS line
        FROM information_schema.triggers WHERE trigger_schema = 'public' ORDER BY 1`),
    };
  } finally {
    await client.end();
  }
}
