// npm test: every check and every test, each against real parts.
//   0. the linter (ESLint) and the import rules (dependency-cruiser): `npm run lint`;
//   1. the type check (tsc --noEmit);
//   2. unit and integration tests (vitest) against a throw-away PostgreSQL;
//   3. end-to-end tests (Playwright) in a real Chromium against the production build, on a
//      database of their own.
// Ends with one line "N passed, N failed" summing both runners; exits non-zero on any failure.
import { spawn } from "node:child_process";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { ensureChromium } from "./lib/browser";
import { buildIfNeeded } from "./lib/build";
import { freePort } from "./lib/postgres";
import { type Failure, firstLines, type PlaywrightReport, playwrightFailures, type VitestReport, vitestFailures } from "./lib/test-report";

const ROOT = path.resolve(import.meta.dirname, "..");
const RESULTS = path.join(ROOT, ".data", "test-results");
const log = (line: string) => console.log(`\n[npm test] ${line}`);

function exec(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("error", () => resolve(127));
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    return null;
  }
}

async function runVitest(): Promise<Tally & { code: number; failures: Failure[] }> {
  const output = path.join(RESULTS, "vitest.json");
  const code = await exec(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${output}`]);
  const report = await readJson<VitestReport>(output);
  if (!report) return { passed: 0, failed: 1, skipped: 0, code: code || 1, failures: [] };
  // A run that failed outside any test (set-up, a crashed worker) still counts as a failure.
  const failed = Math.max(report.numFailedTests, code === 0 ? 0 : 1);
  return {
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
    code,
    failures: vitestFailures(report, ROOT),
  };
}

async function runPlaywright(chromiumPath: string | undefined): Promise<Tally & { code: number; failures: Failure[] }> {
  const output = path.join(RESULTS, "playwright.json");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    E2E_PORT: String(await freePort()),
    PLAYWRIGHT_JSON_OUTPUT_NAME: output,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (chromiumPath) env.CHROMIUM_PATH = chromiumPath;
  const code = await exec(bin("playwright"), ["test"], env);
  const report = await readJson<PlaywrightReport>(output);
  if (!report) return { passed: 0, failed: 1, skipped: 0, code: code || 1, failures: [] };
  const { expected, unexpected, flaky, skipped } = report.stats;
  // A test that only passed on retry is not a pass.
  return {
    passed: expected,
    failed: Math.max(unexpected + flaky, code === 0 ? 0 : 1),
    skipped,
    code,
    failures: playwrightFailures(report.suites),
  };
}

async function main() {
  await rm(RESULTS, { recursive: true, force: true });
  await mkdir(RESULTS, { recursive: true });
  const failures: string[] = [];

  // Build first: the type check then sees the route types of this build, not a stale one's.
  log("Production build (only if the sources changed since the last one)");
  try {
    await buildIfNeeded(ROOT, (line) => log(line));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    failures.push("build");
  }

  // Before the type check: a layer leak or a lint error is cheaper to read than the type errors it may cause.
  log("Lint (ESLint) and import rules (dependency-cruiser)");
  if ((await exec("npm", ["run", "--silent", "lint"])) !== 0) failures.push("lint");

  log("Type check (tsc --noEmit)");
  if ((await exec(bin("tsc"), ["--noEmit"])) !== 0) failures.push("type check");

  log("Unit and integration tests (vitest, real PostgreSQL)");
  const unit = await runVitest();
  if (unit.code !== 0) failures.push("vitest");
  const failedTests: Failure[] = [...unit.failures];

  log("End-to-end tests (Playwright, real Chromium, production build)");
  let e2e: Tally;
  try {
    const browser = ensureChromium((line) => log(line));
    log(`Browser: ${browser.description}`);
    const result = await runPlaywright(browser.executablePath);
    e2e = result;
    failedTests.push(...result.failures);
    if (result.code !== 0) failures.push("playwright");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    e2e = { passed: 0, failed: 1, skipped: 0 };
    failures.push("playwright (no browser)");
  }

  const passed = unit.passed + e2e.passed;
  const failed = unit.failed + e2e.failed + failures.filter((f) => f === "type check" || f === "build" || f === "lint").length;
  const skipped = unit.skipped + e2e.skipped;
  if (failedTests.length) {
    console.log("\n[npm test] failed tests (the runner's report above has the details):");
    for (const test of failedTests) console.log(`  x ${test.name}\n      ${firstLines(test.message)}`);
  }
  console.log(`\n[npm test] vitest: ${unit.passed} passed, ${unit.failed} failed; playwright: ${e2e.passed} passed, ${e2e.failed} failed.`);
  if (failures.length) console.log(`[npm test] FAILED: ${failures.join(", ")}`);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(failures.length ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
