// A PostgreSQL server for tests. With DATABASE_URL set, tests create and drop their own
// databases and two roles (an owner and a least-privilege app role) on that server (its role
// needs CREATEDB and CREATEROLE) and never touch the database it names. Without it, a throw-away
// embedded cluster is started in a temporary folder on a free port.
import { startTestServer, type TestServer } from "./postgres";

export type { TestServer };

export function openTestServer(label: string): Promise<TestServer> {
  return startTestServer(label, process.env.DATABASE_URL);
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
}
