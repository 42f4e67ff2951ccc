// Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm), driven directly,
// so migrations work where the Prisma CLI cannot download its native engine (air-gapped or
// proxied machines). It reads and writes the standard `prisma/migrations` folder and the
// `_prisma_migrations` table, so plain `prisma migrate deploy` stays compatible.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

const require = createRequire(import.meta.url);

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
/** The schema each migration was made from, kept beside it so the next diff has a start. */
export const SNAPSHOT_FILE = "schema.prisma.snapshot";

type WasmModule = typeof import("@prisma/schema-engine-wasm");
export type SchemaEngine = Awaited<ReturnType<WasmModule["SchemaEngine"]["new"]>>;

let wasmModule: Promise<WasmModule> | undefined;

/** Instantiates the .wasm by hand: the package imports it as an ES module, which Node 20 can't. */
function loadWasm(): Promise<WasmModule> {
  wasmModule ??= (async () => {
    const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const glue = (await import(path.join(pkgDir, "schema_engine_bg.js"))) as WasmModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue as never });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return wasmModule;
}

export async function readSchema(): Promise<string> {
  return readFile(SCHEMA_PATH, "utf8");
}

/**
 * PrismaPg's `executeScript` splits a script on every ";", which breaks function bodies and
 * string literals and applies half a migration when a later statement fails. The native engine
 * sends the whole script as one simple query, which PostgreSQL runs as a single transaction;
 * this adapter does the same.
 */
class PrismaPgWholeScripts extends PrismaPg {
  constructor(private readonly pool: pg.Pool) {
    super(pool);
  }

  override async connect() {
    const adapter = await super.connect();
    const convertError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
    adapter.executeScript = async (script: string) => {
      await this.pool.query(script).catch(convertError);
    };
    return adapter;
  }
}

/**
 * Runs `work` with an engine bound to one database, then frees the engine and closes its
 * connections (the pool is ours, so the process does not wait for idle connections to time out).
 */
async function withEngine<T>(
  connectionString: string,
  work: (engine: SchemaEngine) => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  const { SchemaEngine } = await loadWasm();
  const pool = new pg.Pool({ connectionString, max: 2 });
  try {
    const adapterFactory = bindMigrationAwareSqlAdapterFactory(new PrismaPgWholeScripts(pool));
    const engine = await SchemaEngine.new({ datamodels: [[SCHEMA_PATH, await readSchema()]] }, log, adapterFactory);
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}

export interface MigrationDir {
  name: string;
  sql: string;
}

export async function listMigrations(dir = MIGRATIONS_DIR): Promise<MigrationDir[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(names.map(async (name) => ({ name, sql: await readFile(path.join(dir, name, "migration.sql"), "utf8") })));
}

export async function migrationList(dir = MIGRATIONS_DIR) {
  const lockPath = path.join(dir, "migration_lock.toml");
  const lockContent = await readFile(lockPath, "utf8").catch(() => null);
  const migrations = await listMigrations(dir);
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories: migrations.map((m) => ({
      path: m.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: m.sql } },
    })),
  };
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Applies every pending migration; returns the names applied (empty when up to date). */
export async function applyPendingMigrations(connectionString: string, log?: (line: string) => void) {
  const migrationsList = await migrationList();
  return withEngine(
    connectionString,
    async (engine) => (await engine.applyMigrations({ migrationsList, filters: NO_FILTERS })).appliedMigrationNames,
    log,
  );
}

/** The SQL that turns a database built from `fromSchema` (or an empty one) into `toSchema`. */
export async function diffSchemas(connectionString: string, fromSchema: string | null, toSchema: string) {
  return withEngine(connectionString, async (engine) => {
    const target = (content: string) => ({
      tag: "schemaDatamodel" as const,
      files: [{ path: SCHEMA_PATH, content }],
    });
    const result = await engine.diff({
      from: fromSchema === null ? { tag: "empty" } : target(fromSchema),
      to: target(toSchema),
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? "";
  });
}
