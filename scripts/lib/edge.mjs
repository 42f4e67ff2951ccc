// The first gate of every request, in front of Next.js (scripts/server.mjs). Plain JavaScript so
// the production server needs no build step. Each check answers a clear 4xx itself instead of
// letting Next.js fail later with a 500 or a connection reset.
import http from "node:http";

/** Request bodies above this are refused with 413; next.config.js gives server actions the same limit. */
export const BODY_LIMIT_BYTES = 3 * 1024 * 1024;

/**
 * The bulk import's upload (app/[locale]/(site)/editor/import/upload/route.ts) takes files up to 20 MB
 * (IMPORT_LIMITS in lib/import/read.ts); its body may carry that plus the multipart framing.
 */
export const IMPORT_UPLOAD_PATH = "/editor/import/upload";
export const IMPORT_FILE_LIMIT_BYTES = 20 * 1024 * 1024;
const IMPORT_BODY_LIMIT_BYTES = IMPORT_FILE_LIMIT_BYTES + 256 * 1024;

/** The body limit of a request: the import's upload gets its own, everything else BODY_LIMIT_BYTES. @param {string | undefined} url */
export function bodyLimitFor(url) {
  return (url ?? "").split("?")[0] === IMPORT_UPLOAD_PATH ? IMPORT_BODY_LIMIT_BYTES : BODY_LIMIT_BYTES;
}

/** Headers a client could use to lie about the address, host or scheme it came through. */
const FORWARDING_HEADERS = /^(x-forwarded-.+|forwarded|x-real-ip)$/i;

/**
 * Without a trusted reverse proxy every forwarding header comes from the client itself: drop them
 * all (Next.js's server-action origin check would otherwise believe a forged X-Forwarded-Host) and
 * put the socket's peer address in X-Forwarded-For. Behind a proxy (trustProxy) they stay as it set them.
 * @param {import("node:http").IncomingHttpHeaders} headers changed in place
 * @param {boolean} trustProxy
 * @param {string | undefined} remoteAddress
 */
export function sanitizeForwardingHeaders(headers, trustProxy, remoteAddress) {
  if (trustProxy) return;
  for (const name of Object.keys(headers)) if (FORWARDING_HEADERS.test(name)) delete headers[name];
  headers["x-forwarded-for"] = remoteAddress ?? "unknown";
}

/**
 * A path whose percent-encoding does not decode (`/figures/%`, `/%E0%A4%A`): Next.js answers 500.
 * @param {string | undefined} url the request target, path and query
 */
export function hasMalformedPath(url) {
  const pathname = (url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** @param {string | string[] | undefined} value */
function first(value) {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.split(",")[0]?.trim().toLowerCase() || undefined;
}

/**
 * A browser sends Origin with every POST. A state-changing request whose Origin names another host
 * is a cross-site request forgery attempt: refuse it before Next.js's own server-action check (which
 * throws, a 500). Requests without Origin (scripts, curl) cannot carry a victim's cookies by a browser.
 * @param {{ method?: string, headers: import("node:http").IncomingHttpHeaders }} req
 * @param {{ trustProxy: boolean, publicUrl?: string }} options
 * @returns {boolean}
 */
export function isCrossOriginWrite(req, { trustProxy, publicUrl }) {
  if (SAFE_METHODS.has((req.method ?? "GET").toUpperCase())) return false;
  const origin = first(req.headers.origin);
  if (origin === undefined) return false;
  let originHost;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" (sandboxed frames, privacy redirects) or garbage
  }
  if (!originHost) return true;
  const allowed = new Set();
  const host = first(req.headers.host);
  if (host) allowed.add(host);
  if (trustProxy) {
    const forwardedHost = first(req.headers["x-forwarded-host"]);
    if (forwardedHost) allowed.add(forwardedHost);
  }
  if (publicUrl) {
    try {
      allowed.add(new URL(publicUrl).host.toLowerCase());
    } catch {
      // lib/env.ts reports a malformed address at start-up
    }
  }
  return !allowed.has(originHost);
}

/**
 * @param {import("node:http").IncomingHttpHeaders} headers
 * @param {number} [limit]
 */
export function declaresTooLargeBody(headers, limit = BODY_LIMIT_BYTES) {
  const length = Number(headers["content-length"]);
  return Number.isFinite(length) && length > limit;
}

/**
 * A body sent without a declared length (chunked): Next.js would count it itself and answer 500 past
 * its limit. Reads it here instead: null when it exceeds the limit (the rest is left unread for refuse()),
 * otherwise an IncomingMessage on the same socket carrying the whole body and its Content-Length.
 * @param {import("node:http").IncomingMessage} req
 * @param {number} [limit]
 * @returns {Promise<import("node:http").IncomingMessage | null>}
 */
export function readUndeclaredBody(req, limit = BODY_LIMIT_BYTES) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off("data", onData).off("end", onEnd);
      req.pause();
      resolve(null);
    };
    const onEnd = () => {
      const body = Buffer.concat(chunks);
      const copy = new http.IncomingMessage(/** @type {import("node:net").Socket} */ (req.socket));
      const { "transfer-encoding": _chunked, ...headers } = req.headers;
      copy.headers = { ...headers, "content-length": String(body.length) };
      copy.rawHeaders = Object.entries(copy.headers).flatMap(([name, value]) => [name, String(value)]);
      copy.method = req.method;
      copy.url = req.url;
      copy.httpVersion = req.httpVersion;
      copy.httpVersionMajor = req.httpVersionMajor;
      copy.httpVersionMinor = req.httpVersionMinor;
      // Complete, or IncomingMessage takes the end of its stream for an abort and destroys the socket.
      copy.complete = true;
      copy.push(body);
      copy.push(null);
      resolve(copy);
    };
    req.on("data", onData).on("end", onEnd).on("error", reject);
  });
}

/** @param {{ method?: string, headers: import("node:http").IncomingHttpHeaders }} req */
export function hasUndeclaredBody(req) {
  const write = !SAFE_METHODS.has((req.method ?? "GET").toUpperCase());
  return write && req.headers["content-length"] === undefined && req.headers["transfer-encoding"] !== undefined;
}

/** Route handlers answer JSON; pages and server actions plain text. @param {string | undefined} url */
export function wantsJson(url) {
  return /^\/(api|download)(\/|$|\?)/.test(url ?? "") || bodyLimitFor(url) !== BODY_LIMIT_BYTES;
}

export const messages = {
  badPath: "The address is not valid: it contains a malformed percent-encoding.",
  crossOrigin: "Refused: this request came from another site.",
  tooLarge: `The request is too large: at most ${BODY_LIMIT_BYTES / 1024 / 1024} MB can be sent at once.`,
  importTooLarge: `The file is larger than ${IMPORT_FILE_LIMIT_BYTES / 1024 / 1024} MB, the most an import accepts. Split it into smaller files.`,
};

const ERROR_CODES = { 400: "bad_request", 403: "cross_origin_refused", 413: "payload_too_large" };

/** A refused request's body is read and thrown away up to this much; beyond it the connection is cut. */
const DRAIN_LIMIT_BYTES = 4 * BODY_LIMIT_BYTES;
/** The words of a 413 for this request. @param {string | undefined} url */
export function tooLargeMessage(url) {
  return bodyLimitFor(url) === BODY_LIMIT_BYTES ? messages.tooLarge : messages.importTooLarge;
}

/**
 * Answers a refusal with a short body: JSON for route handlers, text otherwise. The answer goes out
 * once the body the client is still sending has been read and thrown away (up to a cap): a client
 * that is still writing when the server closes sees a connection reset, not the answer.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {400 | 403 | 413} status
 * @param {string} message
 */
export function refuse(req, res, status, message) {
  const json = wantsJson(req.url);
  const body = json ? JSON.stringify({ error: ERROR_CODES[status], message }) : `${message}\n`;
  let answered = false;
  const answer = () => {
    if (answered) return;
    answered = true;
    res.writeHead(status, {
      "Content-Type": json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      Connection: "close",
    });
    res.end(body);
  };
  if (req.complete) return answer();
  let discarded = 0;
  req.on("data", (chunk) => {
    discarded += chunk.length;
    if (discarded > DRAIN_LIMIT_BYTES) {
      answer();
      req.destroy();
    }
  });
  req.on("end", answer);
  req.on("error", () => {});
  req.resume();
}

/**
 * Next.js tells the client router where its proxy rewrote a request (`x-middleware-rewrite`: every
 * page is rewritten, /casualties to /en/casualties). A document request has no use for it, and it
 * repeats the whole address, query included, so a long query would make the answer's headers larger
 * than clients accept. It is kept only for the client router's own (RSC) requests.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function dropRewriteHeader(req, res) {
  if (req.headers.rsc !== undefined) return;
  const setHeader = res.setHeader;
  res.setHeader = function (name, value) {
    return String(name).toLowerCase() === "x-middleware-rewrite" ? this : setHeader.call(this, name, value);
  };
}
