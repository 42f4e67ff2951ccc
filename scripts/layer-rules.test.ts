// The import rules of .dependency-cruiser.cjs, each shown to catch a planted violation in a
// small throw-away tree (and to pass the same tree's clean modules), so a rule that silently
// matches nothing cannot pass for a check.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { cruise, type ICruiseResult, type IConfiguration } from "dependency-cruiser";
import { afterAll, describe, expect, it } from "vitest";

const FIXTURES: Record<string, string> = {
  // Clean: the layers as they should be.
  "lib/domain/rule.ts": `export const rule = 1;`,
  "lib/data/store.ts": `import { rule } from "../domain/rule";\nexport const store = rule;`,
  "lib/auth/guard.ts": `import { store } from "../data/store";\nexport const guard = store;`,
  "lib/db.ts": `export const db = 1;`,
  "lib/generated/prisma/client.ts": `export type Figure = { id: number };`,
  "lib/generated/prisma/enums.ts": `export const Role = { admin: "admin" } as const;`,
  "lib/domain/enums.ts": `import { Role } from "../generated/prisma/enums";\nexport const roles = Role;`,
  "components/ok-client.tsx": `"use client";\nimport { rule } from "../lib/domain/rule";\nexport const ok = rule;`,
  // Each of the following breaks one rule.
  "lib/domain/leaky.ts": `import { store } from "../data/store";\nexport const leaky = store;`,
  "lib/domain/reads-files.ts": `import { readFileSync } from "node:fs";\nexport const read = readFileSync;`,
  "lib/data/asks-auth.ts": `import { guard } from "../auth/guard";\nexport const asks = guard;`,
  "lib/auth/renders.ts": `import { page } from "../../app/page";\nexport const renders = page;`,
  "lib/auth/queries.ts": `import { db } from "../db";\nexport const queries = db;`,
  "components/helper.ts": `import { store } from "../lib/data/store";\nexport const helper = store;`,
  "components/bad-client.tsx": `// A comment first does not hide the directive.\n"use client";\nimport { helper } from "./helper";\nexport const bad = helper;`,
  "app/page.tsx": `import type { Figure } from "../lib/generated/prisma/client";\nexport const page = (f: Figure) => f.id;`,
  "lib/domain/cycle-a.ts": `import type { B } from "./cycle-b";\nexport type A = { b?: B };`,
  "lib/domain/cycle-b.ts": `import type { A } from "./cycle-a";\nexport type B = { a?: A };`,
};

const root = mkdtempSync(path.join(os.tmpdir(), "layer-rules-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function violations(): Promise<string[]> {
  for (const [file, text] of Object.entries(FIXTURES)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), `${text}\n`);
  }
  process.env.LAYER_RULES_ROOT = root;
  const config = createRequire(import.meta.url)(path.resolve(import.meta.dirname, "../.dependency-cruiser.cjs")) as IConfiguration;
  delete process.env.LAYER_RULES_ROOT;
  // The project's tsconfig (for the "@/" paths) is not needed: the fixtures import relatively.
  const { tsConfig: _tsConfig, ...options } = config.options ?? {};
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const result = await cruise(["app", "components", "lib"], { ...options, ruleSet: { forbidden: config.forbidden }, validate: true });
    const output = result.output as ICruiseResult;
    return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
  } finally {
    process.chdir(cwd);
  }
}

describe("import rules", () => {
  it("catch each planted violation, and only those", async () => {
    const found = await violations();
    expect(found).toEqual(
      [
        "client-not-to-server: components/bad-client.tsx -> lib/data/store.ts",
        "data-below-auth-and-ui: lib/data/asks-auth.ts -> lib/auth/guard.ts",
        "domain-has-no-io: lib/domain/reads-files.ts -> fs",
        "domain-is-pure: lib/domain/leaky.ts -> lib/data/store.ts",
        "lib-below-ui: lib/auth/renders.ts -> app/page.tsx",
        "no-circular: lib/domain/cycle-a.ts -> lib/domain/cycle-b.ts",
        "only-data-queries: lib/auth/queries.ts -> lib/db.ts",
        "pages-not-to-prisma-types: app/page.tsx -> lib/generated/prisma/client.ts",
      ].sort(),
    );
  });
});
