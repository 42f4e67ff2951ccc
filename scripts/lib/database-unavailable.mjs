// While the database is down, a page or download answers 503 with Retry-After and a short page
// that says the data is temporarily unavailable, instead of Next's 500. Next.js cannot set a
// 503 from a page, so the two halves meet here: instrumentation.ts's onRequestError marks a
// request whose error lib/data/availability.ts classifies as "database unavailable" (by the id
// this server gives every request), and when Next then starts its 5xx answer for that request,
// this server sends the 503 instead. Nothing else changes: other errors stay 500.
import { randomUUID } from "node:crypto";
import en from "../../messages/en/common.json" with { type: "json" };
import uk from "../../messages/uk/common.json" with { type: "json" };

const brand = en.brand;

/** Shared with instrumentation.ts (same process): the header and the registry of marked requests. */
export const REQUEST_ID_HEADER = "x-crisis-ledger-request-id";
const REGISTRY = Symbol.for("crisis-ledger.database-unavailable-requests");
export const RETRY_AFTER_SECONDS = 30;

function marked() {
  const global = /** @type {Record<symbol, Set<string> | undefined>} */ (/** @type {unknown} */ (globalThis));
  global[REGISTRY] ??= new Set();
  return global[REGISTRY];
}

/** The words of the 503 answer in each language (messages/<locale>/common.json, like the app's). */
const words = { en: en.unavailable, uk: uk.unavailable };
const escape = (/** @type {string} */ text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page in the request's language: /uk/... is Ukrainian, every other address English. */
function pageFor(/** @type {"en" | "uk"} */ locale) {
  const w = words[locale];
  return `<!DOCTYPE html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(w.title)} · ${escape(brand)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;color:#1b1f24}header{background:#1b1f24;padding:.75rem 1.5rem}
header a{color:#fff;font-weight:700;text-decoration:none}main{max-width:40rem;margin:3rem auto;padding:0 1.5rem}</style></head>
<body><header><a href="${locale === "en" ? "/" : `/${locale}`}">${escape(brand)}</a></header>
<main><h1>${escape(w.title)}</h1><p>${escape(w.body)}</p></main></body></html>
`;
}
const pages = { en: pageFor("en"), uk: pageFor("uk") };

/** Gives the request its id, and answers 503 instead of a 5xx that the app marked as a database outage. */
export function answer503WhenDatabaseIsDown(req, res) {
  const id = randomUUID();
  req.headers[REQUEST_ID_HEADER] = id; // replaces any value the client sent
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  let replaced = false;

  // Called before anything of Next's answer goes out: onRequestError has run by then.
  const replace = (status) => {
    if (replaced) return true;
    if (status < 500 || !marked().delete(id)) return false;
    replaced = true;
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    const html = /\btext\/html\b/.test(req.headers.accept ?? "") && !req.headers["next-action"] && !req.headers.rsc;
    original.writeHead.call(res, 503, {
      "Content-Type": html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
    });
    const locale = /^\/uk(?:[/?]|$)/.test(req.url ?? "") ? "uk" : "en";
    original.end.call(res, req.method === "HEAD" ? undefined : html ? pages[locale] : `${words[locale].text}\n`);
    return true;
  };
  const callbackOf = (args) => args.find((a) => typeof a === "function");

  res.writeHead = function (status, ...args) {
    return replace(status) ? res : original.writeHead.call(this, status, ...args);
  };
  res.flushHeaders = function () {
    if (!replace(res.statusCode)) original.flushHeaders.call(this);
  };
  res.write = function (chunk, ...args) {
    if (!replace(res.statusCode)) return original.write.call(this, chunk, ...args);
    callbackOf(args)?.();
    return true;
  };
  res.end = function (...args) {
    if (!replace(res.statusCode)) return original.end.call(this, ...args);
    callbackOf(args)?.();
    return res;
  };
  res.once("close", () => marked().delete(id));
}
