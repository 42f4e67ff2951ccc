// Vitest global setup: one PostgreSQL server for the run, with an owner role and a
// least-privilege app role, and a template database owned by the owner with every migration
// applied as the owner and the app role's grants made (as `npm start` does). Each test file
// clones the template (test/setup-database.ts), so files never see each other's rows and the
// demo database is never touched.
import { migrateDatabase } from "../lib/migrations/roles";
import { createDatabaseIfMissing, dropDatabase } from "../scripts/lib/postgres";
import { openTestServer, uniqueDatabaseName } from "../scripts/lib/test-server";

export default async function setup() {
  const server = await openTestServer("vitest");
  const template = uniqueDatabaseName("cl_template");
  await createDatabaseIfMissing(server.adminUrl, template, { owner: server.owner.user });
  await migrateDatabase(server.urls(template));
  process.env.TEST_PG_ADMIN_URL = server.adminUrl;
  process.env.TEST_PG_ROLES = JSON.stringify({ owner: server.owner, app: server.app });
  process.env.TEST_TEMPLATE_DATABASE = template;
  return async () => {
    await dropDatabase(server.adminUrl, template);
    await server.stop();
  };
}
