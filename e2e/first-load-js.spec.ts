// The first-load JavaScript of the public pages, in both languages, measured as `npm run bench` does
// (scripts/bench/first-load-js.ts: the gzipped chunks each page's HTML names, read from this build's
// files). A size, not a time: the same build gives the same figure on any machine.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { FIRST_LOAD_JS_CEILING_KB, FIRST_LOAD_JS_PAGES, firstLoadJsKb } from "../scripts/bench/first-load-js";

const ROOT = path.resolve(import.meta.dirname, "..");

test("no public page's first-load JS grows past the ceiling", async ({ request }) => {
  const sizes: Record<string, number | null> = {};
  for (const page of FIRST_LOAD_JS_PAGES) {
    const response = await request.get(page);
    expect(response.status(), page).toBe(200);
    sizes[page] = (await firstLoadJsKb(await response.text(), ROOT))?.kb ?? null;
  }
  console.log(`first-load JS (kB, gzipped): ${JSON.stringify(sizes)}`);
  for (const [page, kb] of Object.entries(sizes)) {
    expect(kb, `${page}: no script found`).not.toBeNull();
    expect(kb!, page).toBeLessThanOrEqual(FIRST_LOAD_JS_CEILING_KB);
  }
});
