// A connection as the owner role (test/setup-database.ts), for the few tests that need powers the
// app role deliberately lacks: creating triggers, or showing what only the owner could do.
import type pg from "pg";
import { withClient } from "../lib/migrations/pg";

export async function withOwner<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.MIGRATION_DATABASE_URL;
  if (!url) throw new Error("MIGRATION_DATABASE_URL is not set: run the tests through vitest (test/setup-database.ts).");
  return withClient(url, work);
}
