// Finds a Chromium for the end-to-end tests: CHROMIUM_PATH, else Playwright's own download,
// else a system Chromium, else (as root on Debian/Ubuntu) installs Debian's `chromium`, else
// stops with a message saying what to install. Playwright's browser download is not used:
// it needs a host that air-gapped machines cannot reach.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUMS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

export interface FoundBrowser {
  /** undefined: Playwright's own Chromium, found by Playwright itself. */
  executablePath: string | undefined;
  description: string;
}

/** Looks without installing anything. */
export function locateChromium(): FoundBrowser | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return { executablePath: fromEnv, description: `CHROMIUM_PATH (${fromEnv})` };
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { executablePath: undefined, description: `Playwright's Chromium (${own})` };
  } catch {
    // Playwright has no browser of its own here
  }
  const system = SYSTEM_CHROMIUMS.find((p) => existsSync(p));
  return system ? { executablePath: system, description: `system Chromium (${system})` } : null;
}

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function hasAptGet() {
  return spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
}

export function ensureChromium(log: (line: string) => void): FoundBrowser {
  const found = locateChromium();
  if (found) return found;
  if (isRoot() && hasAptGet()) {
    log("No Chromium found: installing Debian's chromium package (apt-get install chromium)...");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
    const installed = locateChromium();
    if (installed) return installed;
  }
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one of: `npx playwright install chromium` " +
      "(Playwright's own, needs internet), your system's Chromium (Debian/Ubuntu: `sudo apt-get install chromium`), " +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
}

/** Flags that keep Chromium from calling out to the internet and let it run as root in CI. */
export function chromiumArgs(): string[] {
  const args = [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ];
  if (isRoot()) args.push("--no-sandbox");
  return args;
}
