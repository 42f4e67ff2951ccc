// `npm run bench:lighthouse`: Lighthouse (desktop preset, performance only) on the production
// build, in the system's Chromium, offline. Prints, per page, the median of --runs runs: the
// performance score, CLS, TBT, LCP, and the JavaScript the page loads (transfer size).
//
// By default it starts the app as the end-to-end tests do (scripts/e2e-server.ts: the build,
// a throw-away database with the demo data); --url measures an app that is already running
// (e.g. one started by `npm run bench` on a large data set).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import lighthouse, { desktopConfig } from "lighthouse";
import { chromiumArgs, locateChromium } from "../lib/browser";
import { freePort } from "../lib/postgres";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const log = (line: string) => console.log(`[lighthouse] ${line}`);

const { values: args } = parseArgs({
  options: {
    url: { type: "string" },
    pages: { type: "string", default: "/,/casualties" },
    runs: { type: "string", default: "3" },
    "long-tasks": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(`npm run bench:lighthouse -- [--url http://127.0.0.1:3000] [--pages /,/casualties] [--runs 3]
  --url    an app already running (default: start the production build on the demo data)
  --pages  comma-separated paths (default /,/casualties)
  --runs   runs per page; the median run (by performance score) is reported (default 3)
  --long-tasks  print each run's main-thread tasks over 50 ms (what TBT is made of), by script`);
  process.exit(0);
}
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 20) throw new Error(`--runs must be a whole number from 1 to 20, not "${args.runs}"`);

interface PageScore {
  path: string;
  performance: number;
  cls: number;
  tbtMs: number;
  lcpMs: number;
  fcpMs: number;
  scriptKbTransfer: number;
  allScores: number[];
}

async function waitForHttp(url: string, deadlineMs: number) {
  while (Date.now() < deadlineMs) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${url} did not answer in time`);
}

async function startApp(): Promise<{ base: string; app: ChildProcess }> {
  const port = await freePort();
  log(`starting the production build on the demo data (scripts/e2e-server.ts, port ${port})`);
  const app = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "e2e-server.ts")], {
    cwd: ROOT,
    env: { ...process.env, E2E_PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/api/health`, Date.now() + 15 * 60_000);
  } catch (error) {
    app.kill("SIGTERM"); // it drops its database on the way out
    throw error;
  }
  return { base, app };
}

const median = <T>(items: T[], key: (t: T) => number) => [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)]!;

async function main() {
  const found = locateChromium();
  if (!found) throw new Error("No Chromium found: set CHROMIUM_PATH (e.g. /usr/bin/chromium).");
  const started = args.url ? null : await startApp();
  const base = (args.url ?? started!.base).replace(/\/$/, "");
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    args: [...chromiumArgs(), `--remote-debugging-port=${port}`],
  });
  const results: PageScore[] = [];
  try {
    for (const pagePath of args
      .pages!.split(",")
      .map((p) => p.trim())
      .filter(Boolean)) {
      const url = `${base}${pagePath}`;
      await fetch(url); // warm the server (first render after start compiles nothing, but fills caches)
      const each: PageScore[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] }, desktopConfig);
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        const summary = lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined;
        const script = summary?.items?.find((item) => item.resourceType === "script")?.transferSize ?? 0;
        each.push({
          path: pagePath,
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          cls: Math.round(audit("cumulative-layout-shift") * 1000) / 1000,
          tbtMs: Math.round(audit("total-blocking-time")),
          lcpMs: Math.round(audit("largest-contentful-paint")),
          fcpMs: Math.round(audit("first-contentful-paint")),
          scriptKbTransfer: Math.round(script / 102.4) / 10,
          allScores: [],
        });
        for (const warning of lhr.runWarnings) log(`${pagePath}: ${warning}`);
        if (args["long-tasks"]) {
          type Task = { url: string; startTime: number; duration: number };
          const tasks = (lhr.audits["long-tasks"]?.details as { items?: Task[] } | undefined)?.items ?? [];
          for (const t of tasks) log(`  ${pagePath} run ${i + 1}: ${Math.round(t.duration)} ms at ${Math.round(t.startTime)} ms, ${t.url}`);
        }
      }
      const chosen = median(each, (r) => r.performance);
      results.push({ ...chosen, allScores: each.map((r) => r.performance) });
      log(`${pagePath}: performance ${chosen.performance} (runs: ${each.map((r) => r.performance).join(", ")})`);
    }
  } finally {
    await browser.close();
    if (started) {
      started.app.kill("SIGTERM");
      await new Promise((resolve) => started.app.once("exit", resolve));
    }
  }
  console.log(`\nLighthouse ${desktopConfig.settings?.formFactor ?? "desktop"}, median of ${runs} run(s), ${found.description}`);
  console.log("| page | performance | CLS | TBT | LCP | FCP | JS (transfer) |\n|---|---|---|---|---|---|---|");
  for (const r of results) {
    const cells = [`\`${r.path}\``, r.performance, r.cls, `${r.tbtMs} ms`, `${r.lcpMs} ms`, `${r.fcpMs} ms`, `${r.scriptKbTransfer} kB`];
    console.log(`| ${cells.join(" | ")} |`);
  }
  const out = path.join(ROOT, ".data", "bench", `lighthouse-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify({ base, runs, results }, null, 2));
  log(`results written to ${path.relative(ROOT, out)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
