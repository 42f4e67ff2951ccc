// "Is this error the database being unavailable?" — one answer for pages, route handlers and
// the server's 503 (scripts/lib/database-unavailable.mjs). No "server-only" and no I/O: it only
// reads an error, so instrumentation.ts can use it too.
//
// How an outage surfaces through Prisma 7 with the pg driver adapter (seen in
// availability.test.ts): a PrismaClientKnownRequestError with code P1001 ("Can't reach database
// server"), or P2010 for a raw query, carrying meta.driverAdapterError.cause.kind
// "DatabaseNotReachable"; a connection cut mid-query is "ConnectionClosed" or a raw pg/socket
// error (ECONNRESET, SQLSTATE 57P01 "terminating connection due to administrator command").

/** Prisma's codes for "cannot reach", "timed out", "server closed the connection", "no connection from the pool". */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The pg driver adapter's error kinds for the same. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Socket errors, and PostgreSQL's connection-exception class 08, shutdown (57P01-57P03) and too many connections. */
const LOW_LEVEL_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EPIPE",
  "EHOSTUNREACH",
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);
const PG_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

type Inspectable = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const e = error as Inspectable;
  const code = typeof e.code === "string" ? e.code : "";
  if (PRISMA_CODES.has(code) || LOW_LEVEL_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && PG_MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

/** How long a client should wait before trying again (the server's 503 page uses the same). */
export const RETRY_AFTER_SECONDS = 30;

/** The 503 a route handler answers while the database is down. */
export function databaseUnavailableResponse(): Response {
  return new Response("The data is temporarily unavailable (the database cannot be reached). Try again in a minute.\n", {
    status: 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
  });
}
