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
// Shared with scripts/lib/page-cache.mjs: a page whose render reported any error (e.g. one chart
// panel that failed inside its Suspense boundary, still answered 200) is never kept in the page cache.
const FAILED_REGISTRY = Symbol.for("crisis-ledger.failed-requests");

/**
 * Marks a request that failed because the database is unreachable, and any request whose render
 * reported an error. Synchronous: it runs before Next writes its 500.
 */
export function onRequestError(error: unknown, request: { headers: Record<string, string | string[] | undefined> }) {
  const id = request.headers[REQUEST_ID_HEADER];
  if (typeof id !== "string") return;
  const global = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  (global[FAILED_REGISTRY] ??= new Set()).add(id);
  if (isDatabaseUnavailable(error)) (global[REGISTRY] ??= new Set()).add(id);
}
