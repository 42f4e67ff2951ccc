// How the public API answers over HTTP, in one place: JSON and CSV bodies, the caching headers
// derived from the data version, open CORS for reading, and the error bodies (always JSON, never
// an HTML page). Pure: the data version is passed in (lib/api/handler.ts reads it).
import type { ParameterProblem } from "./params";
import type { Problem } from "./schemas";

/** Bump when the answers' shape changes, so that clients' ETags of the old shape no longer match. */
export const API_REVISION = "1";

/** Shared caches may keep an answer a minute, and serve it stale for ten more while they revalidate. */
export const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Link, Retry-After, X-Cache",
};

/** The answer to a CORS preflight (or a plain OPTIONS). */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "Accept, If-None-Match, If-Modified-Since, Cache-Control",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
      "Cache-Control": "public, max-age=86400",
    },
  });
}

export interface Version {
  version: number;
  changedAt: Date;
}

/** A weak validator: every answer of the API changes exactly when the data version moves. */
export function etagOf(version: Version): string {
  return `W/"${version.version}-${API_REVISION}"`;
}

/** The headers that let clients and shared caches keep an answer until the data changes. */
export function cacheHeaders(version: Version): Record<string, string> {
  return { ETag: etagOf(version), "Last-Modified": version.changedAt.toUTCString(), "Cache-Control": CACHE_CONTROL };
}

/** True when the client's copy (If-None-Match, else If-Modified-Since) is current. */
export function isNotModified(headers: Headers, version: Version): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    const ours = etagOf(version).replace(/^W\//, "");
    return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || tag.trim().replace(/^W\//, "") === ours);
  }
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince !== null) {
    const since = Date.parse(ifModifiedSince);
    // HTTP dates have whole seconds.
    return Number.isFinite(since) && Math.floor(version.changedAt.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

export function notModified(version: Version): Response {
  return new Response(null, { status: 304, headers: { ...CORS_HEADERS, ...cacheHeaders(version) } });
}

export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { "Content-Type": "application/json; charset=utf-8", ...CORS_HEADERS, ...init.headers },
  });
}

export function csv(body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8; header=present", ...CORS_HEADERS, ...headers } });
}

function problem(status: number, body: Problem, headers: Record<string, string> = {}): Response {
  return json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export function badRequest(problems: ParameterProblem[]): Response {
  const named = problems.map((p) => `${p.parameter} ${p.message}`).join("; ");
  return problem(400, { error: "bad_request", message: `The request's parameters are not valid: ${named}.`, errors: problems });
}

export function notFound(message = "There is nothing at this address. The API's endpoints are listed at /api/v1 and /api/docs."): Response {
  return problem(404, { error: "not_found", message });
}

/** A write to a read-only endpoint: JSON, with the methods it does answer (Next.js would send an empty 405). */
export function methodNotAllowed(): Response {
  return problem(
    405,
    { error: "method_not_allowed", message: "The public API is read-only: this address answers GET, HEAD and OPTIONS." },
    { Allow: "GET, HEAD, OPTIONS", ...CORS_HEADERS },
  );
}

export const RETRY_AFTER_SECONDS = 30;

export function unavailable(): Response {
  return problem(
    503,
    {
      error: "unavailable",
      message: "The data is temporarily unavailable (the database cannot be reached). Try again in a minute.",
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    },
    { "Retry-After": String(RETRY_AFTER_SECONDS) },
  );
}

export function internalError(): Response {
  return problem(500, { error: "internal_error", message: "Something went wrong on our side; it has been logged." });
}

/** The next page's absolute URL: the same parameters, with the cursor moved on (PUBLIC_URL, never the bind address). */
export function nextPageUrl(origin: string, request: Request, cursor: number): string {
  const url = new URL(request.url);
  const params = new URLSearchParams(url.search);
  params.set("cursor", String(cursor));
  return `${origin.replace(/\/+$/, "")}${url.pathname}?${params.toString()}`;
}
