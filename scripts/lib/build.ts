// Builds the production app only when its inputs changed since the last build, so `npm start`
// after `npm test` (or a second `npm start`) does not rebuild.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const INPUT_DIRS = ["app", "components", "lib", "messages", "public", "prisma"];
const INPUT_FILES = [
  "next.config.js",
  "proxy.ts",
  "scripts/lib/edge.mjs",
  "scripts/lib/precompile-messages-loader.cjs",
  "instrumentation.ts",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
];
const SKIP = new Set(["generated", "node_modules", "migrations", "seed"]);
const STAMP = path.join(".next", "crisis-ledger-build-stamp");

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : filesUnder(full);
      return /\.test\.tsx?$/.test(entry.name) ? [] : [full];
    }),
  );
  return nested.flat();
}

export async function buildInputsHash(root: string): Promise<string> {
  const files = [
    ...(await Promise.all(INPUT_DIRS.map((d) => filesUnder(path.join(root, d))))).flat(),
    ...INPUT_FILES.map((f) => path.join(root, f)).filter((f) => existsSync(f)),
  ].sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update(await readFile(file));
  }
  return hash.digest("hex");
}

export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

export function nextBin(root: string) {
  return path.join(root, "node_modules", "next", "dist", "bin", "next");
}

/** Runs `next build` unless the last build was made from the same inputs. */
export async function buildIfNeeded(root: string, log: (line: string) => void): Promise<void> {
  const inputs = await buildInputsHash(root);
  const stampPath = path.join(root, STAMP);
  const previous = await readFile(stampPath, "utf8").catch(() => null);
  if (previous === inputs && existsSync(path.join(root, ".next", "BUILD_ID"))) {
    log("The production build is up to date.");
    return;
  }
  log("Building the app (next build); this takes a minute or two the first time...");
  await run(process.execPath, [nextBin(root), "build"], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  await writeFile(stampPath, inputs);
}
