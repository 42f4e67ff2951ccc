// npm run audit:verify [-- --kept HASH]: recomputes the audit log's hash chain and reports the
// first broken link, or "N events, chain intact" and the last hash. With --kept, the chain must
// also still contain that hash (one printed by an earlier run and kept elsewhere).
// Exit code 1 on a break (or when it cannot check), 0 when intact.
// Uses MIGRATION_DATABASE_URL (else DATABASE_URL), or the embedded database like `npm run migrate`.
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { describeChainReport, verifyAuditChain } from "../lib/data/audit-chain";
import { openAppDatabase } from "./lib/postgres";

const ROOT = path.resolve(import.meta.dirname, "..");

async function main() {
  const { values } = parseArgs({ options: { kept: { type: "string" } }, strict: true });
  if (values.kept !== undefined && !/^[0-9a-f]{64}$/.test(values.kept))
    throw new Error("--kept takes a hash of 64 hex digits, as printed by audit:verify.");
  const db = await openAppDatabase(ROOT);
  try {
    const client = new pg.Client({ connectionString: db.migrationUrl });
    await client.connect();
    try {
      const report = await verifyAuditChain(client, values.kept);
      (report.ok ? console.log : console.error)(describeChainReport(report));
      process.exitCode = report.ok ? 0 : 1;
    } finally {
      await client.end();
    }
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`audit:verify could not check the log: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
