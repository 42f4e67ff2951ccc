// Runs before every test file: gives the file a fresh database cloned from the migrated
// template and points DATABASE_URL (and so lib/db) at it, then drops it afterwards.
import { afterAll } from "vitest";
import { createDatabaseIfMissing, dropDatabase, withDatabaseName } from "../scripts/lib/postgres";
import { uniqueDatabaseName } from "../scripts/lib/test-server";

const adminUrl = process.env.TEST_PG_ADMIN_URL;
const template = process.env.TEST_TEMPLATE_DATABASE;
if (!adminUrl || !template) throw new Error("Run tests with `npm test` or `npx vitest` (test/global-setup.ts sets the database up).");

const database = uniqueDatabaseName("cl_test");
await createDatabaseIfMissing(adminUrl, database, template);
process.env.DATABASE_URL = withDatabaseName(adminUrl, database);
process.env.TEST_DATABASE_NAME = database;
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-0123456789";

afterAll(async () => {
  const cached = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> } };
  await cached.prisma?.$disconnect();
  delete cached.prisma;
  await dropDatabase(adminUrl, database);
});
