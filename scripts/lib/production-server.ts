// The production server (scripts/server.mjs: the page cache, the proxy's limits, the built app)
// started as a child process on a free loopback port, for the tests and benchmarks that need it
// over real HTTP. The build must exist (buildIfNeeded, or playwright.config.ts for e2e).
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";
import { freePort } from "./postgres";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

export interface ProductionServer {
  base: string;
  port: number;
  child: ChildProcess;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

/** Starts scripts/server.mjs with `env` over the current environment and waits until /api/health answers 200. */
export async function startProductionServer(
  env: Record<string, string | undefined> = {},
  options: { stdio?: StdioOptions; healthTimeoutMs?: number } = {},
): Promise<ProductionServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "server.mjs")], {
    cwd: ROOT,
    stdio: options.stdio ?? ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NEXTAUTH_URL: base,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + (options.healthTimeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    const healthy = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return { base, port, child, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error("the server did not become healthy");
}
