// Import rules: the layers the README draws (app -> components -> lib/auth -> lib/data -> lib/domain),
// checked by `npm run lint` and `npm test`. Each rule says why it exists.
const fs = require("node:fs");
const path = require("node:path");

// The folder whose client components are listed; a test of these rules points it at its fixtures.
const ROOT = process.env.LAYER_RULES_ROOT ?? __dirname;
const SOURCE_DIRS = ["app", "components", "lib"];

/** Files whose first statement is the directive `directive` ("use client"), as a path regex. */
function filesStartingWith(directive) {
  const found = [];
  for (const dir of SOURCE_DIRS) {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { recursive: true })) {
      const file = path.join(dir, String(entry)).split(path.sep).join("/");
      if (!/\.tsx?$/.test(file) || file.startsWith("lib/generated/")) continue;
      const head = fs.readFileSync(path.join(ROOT, file), "utf8").replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
      if (head.startsWith(`"${directive}"`) || head.startsWith(`'${directive}'`)) found.push(file);
    }
  }
  // A regex that matches nothing when there are no such files.
  return found.length ? `^(${found.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$` : "^$.";
}

const CLIENT_FILES = filesStartingWith("use client");
const TESTS = "\\.test\\.tsx?$";

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment:
        "A cycle makes load order decide behaviour and ties modules that should change alone. " +
        "Type-only imports count too: they are one value import away from a run-time cycle.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "domain-is-pure",
      comment:
        "lib/domain holds the rules (validation, workflow, permissions): pure, so they run anywhere (client, server, tests) " +
        "and are tested without a database. It depends on nothing above it.",
      severity: "error",
      from: { path: "^lib/domain/", pathNot: TESTS },
      to: { path: "^(lib/(data|auth|http|migrations|db|env)|app|components)(/|\\.ts$)" },
    },
    {
      name: "domain-has-no-io",
      comment:
        "lib/domain does no I/O: no file system, network, database driver or Prisma client " +
        "(only Prisma's generated enums, which are plain constants kept in step with the schema).",
      severity: "error",
      from: { path: "^lib/domain/", pathNot: TESTS },
      to: {
        dependencyTypes: ["core", "npm", "npm-dev", "local"],
        path: "^(node:)?(fs|net|http|https|child_process|dns|tls|dgram)(/|$)|node_modules/(pg|@prisma|prisma|server-only)/|^lib/generated/",
        pathNot: "^lib/generated/prisma/enums\\.ts$",
      },
    },
    {
      name: "data-below-auth-and-ui",
      comment:
        "lib/data is the only code that queries the database; it serves lib/auth and the pages, so importing them " +
        "would make a cycle. Pure rules it needs (permissions, throttle policy) live in lib/domain.",
      severity: "error",
      from: { path: "^lib/data/" },
      to: { path: "^(lib/auth|app|components)/" },
    },
    {
      name: "lib-below-ui",
      comment: "lib/ serves the pages; code there that imported app/ or components/ would tie the rules to one screen and make cycles.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "client-not-to-server",
      comment:
        "A client component is shipped to the browser: it must not reach the database layer, the session code " +
        "or a server-only module, not even through another module. Types it shares with the server come from lib/domain.",
      severity: "error",
      from: { path: CLIENT_FILES },
      to: {
        path: "^lib/(data|auth|db|migrations)/|^lib/(db|env)\\.ts$|node_modules/(server-only|pg|@prisma|@node-rs)/|^lib/generated/",
        reachable: true,
      },
    },
    {
      name: "pages-not-to-prisma-types",
      comment:
        "Pages and components use the types lib/domain and lib/data export, so a schema change stops at lib/data " +
        "instead of spreading through the UI.",
      severity: "error",
      from: { path: "^(app|components)/" },
      to: { path: "^lib/generated/" },
    },
    {
      name: "only-data-queries",
      comment: "lib/data is the only code that queries the database (README, Architecture); scripts and tests set databases up.",
      severity: "error",
      from: { path: "^(app|components|lib/(auth|http|domain))/", pathNot: TESTS },
      to: { path: "^lib/db\\.ts$|node_modules/pg/" },
    },
    {
      name: "not-to-unresolvable",
      comment: "An import that does not resolve fails at run time or in the build; catch it here first.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: ["node_modules", "^lib/generated/"] },
    exclude: { path: ["^\\.next/", "^\\.data/", "^test-results/"] },
    // Keep `import type` edges: cycles and layer leaks through types count (see no-circular).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"],
      mainFields: ["module", "main", "types", "typings"],
    },
    skipAnalysisNotInRules: true,
  },
};
