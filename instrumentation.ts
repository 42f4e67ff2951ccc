// Runs once when the server starts: a missing or malformed setting stops it with a clear
// message instead of failing at the first request.
import { isDatabaseUnavailable } from "@/lib/data/availability";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/env");
    env();
  }
}

// Shared with scripts/lib/database-unavailable.mjs (same process): the production server gives
// every request an id, and answers 503 instead of Next's 500 for a request marked here.
const REQUEST_ID_HEADER = "x-crisis-ledger-request-id";
const REGISTRY = Symbol.for("crisis-ledger.database-unavailable-requests");

/** Marks a request that failed because the database is unreachable. Synchronous: it runs before Next writes its 500. */
export function onRequestError(error: unknown, request: { headers: Record<string, string | string[] | undefined> }) {
  const id = request.headers[REQUEST_ID_HEADER];
  if (typeof id !== "string" || !isDatabaseUnavailable(error)) return;
  const global = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  (global[REGISTRY] ??= new Set()).add(id);
}
