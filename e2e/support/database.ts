// Direct access to the e2e database, to check what the app wrote (or did not write).
import { readFileSync } from "node:fs";
import pg from "pg";
import { E2E_DATABASE_FILE } from "../../scripts/lib/e2e";

export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: readFileSync(E2E_DATABASE_FILE, "utf8").trim() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fingerprint of every row of every application table (sessions by id and end only, since
 * merely using a session refreshes its last-seen time; rate-limit counters, which every request
 * moves, are not data). Equal fingerprints: nothing changed.
 */
export function databaseFingerprint(): Promise<string> {
  return withDatabase(async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'user_session', 'rate_limit') ORDER BY 1",
    );
    const parts: string[] = [];
    for (const { name } of tables) {
      const { rows } = await client.query<{ digest: string | null }>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${pg.escapeIdentifier(name)} t`,
      );
      parts.push(`${name}:${rows[0]?.digest ?? "empty"}`);
    }
    const { rows: sessions } = await client.query<{ digest: string | null }>(
      "SELECT md5(string_agg(id || coalesce(ended_at::text, '') || coalesce(end_reason, ''), '|' ORDER BY id)) AS digest FROM user_session",
    );
    parts.push(`user_session:${sessions[0]?.digest ?? "empty"}`);
    return parts.join("\n");
  });
}
