// Runs before every test file: gives the file a fresh database cloned from the migrated
// template and points DATABASE_URL (and so lib/db) at it as the least-privilege app role, so a
// missing grant fails a test. MIGRATION_DATABASE_URL is the owner's connection, for the few
// tests that need the owner's powers. The database is dropped afterwards.
import { afterAll } from "vitest";
import { asRole, createDatabaseIfMissing, dropDatabase, type RoleCredentials } from "../scripts/lib/postgres";
import { uniqueDatabaseName } from "../scripts/lib/test-server";

const adminUrl = process.env.TEST_PG_ADMIN_URL;
const template = process.env.TEST_TEMPLATE_DATABASE;
const rolesJson = process.env.TEST_PG_ROLES;
if (!adminUrl || !template || !rolesJson)
  throw new Error("Run tests with `npm test` or `npx vitest` (test/global-setup.ts sets the database up).");
const roles = JSON.parse(rolesJson) as { owner: RoleCredentials; app: RoleCredentials };

const database = uniqueDatabaseName("cl_test");
await createDatabaseIfMissing(adminUrl, database, { template, owner: roles.owner.user });
process.env.DATABASE_URL = asRole(adminUrl, roles.app, database);
process.env.MIGRATION_DATABASE_URL = asRole(adminUrl, roles.owner, database);
process.env.TEST_DATABASE_NAME = database;
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-0123456789";

afterAll(async () => {
  const cached = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> }; readPrisma?: { $disconnect(): Promise<void> } };
  await cached.prisma?.$disconnect();
  await cached.readPrisma?.$disconnect();
  delete cached.prisma;
  delete cached.readPrisma;
  await dropDatabase(adminUrl, database);
});
