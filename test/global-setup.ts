// Vitest global setup: one PostgreSQL server for the run and a template database with every
// migration applied. Each test file clones the template (test/setup-database.ts), so files
// never see each other's rows and the demo database is never touched.
import { applyPendingMigrations } from "../lib/migrations/engine";
import { createDatabaseIfMissing, dropDatabase, withDatabaseName } from "../scripts/lib/postgres";
import { openTestServer, uniqueDatabaseName } from "../scripts/lib/test-server";

export default async function setup() {
  const server = await openTestServer("vitest");
  const template = uniqueDatabaseName("cl_template");
  await createDatabaseIfMissing(server.url, template);
  await applyPendingMigrations(withDatabaseName(server.url, template));
  process.env.TEST_PG_ADMIN_URL = server.url;
  process.env.TEST_TEMPLATE_DATABASE = template;
  return async () => {
    await dropDatabase(server.url, template);
    await server.stop();
  };
}
