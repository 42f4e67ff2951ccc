// Runs `prisma generate` without letting the Prisma CLI download its native schema engine.
// Generating the client needs no engine, but the CLI checks for one first; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing executable (Node itself) skips the download,
// which fails on air-gapped machines. Migrations use the WebAssembly engine instead
// (scripts/migrate.ts).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [prismaCli, "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
