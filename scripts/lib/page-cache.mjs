// The page cache of public reads, at the edge (scripts/server.mjs): a rendered public page is kept
// in memory and served again until the data changes, so a reader costs a memory copy, not a render.
// - What: GET and HEAD of public pages (PUBLIC_PAGE, in every language: /uk/casualties is its own
//   key), keyed by path and query exactly as sent. Never a request the language routing may redirect
//   or answer with a cookie (languageRoutingMayAnswer), nor a request with a session cookie
//   (signed-in staff always get a fresh render, so no one's menu can reach another), nor a React
//   Server Components request (RSC, Next-Router-State-Tree, Next-Action: its answer depends on the
//   router state the client holds, which would have to be the key), nor
//   an answer other than a complete 200 text/html page without Set-Cookie whose render reported no error.
// - Nonces: a kept page holds the CSP nonce of its render; every hit gets a new one, in the body and
//   in the Content-Security-Policy header, so each response still has its own unpredictable nonce.
//   A page is also kept gzipped once, without any nonce (gzipSegments), and a hit for a gzip client
//   splices its new nonce in (splicedGzip): nothing is compressed per hit.
// - Invalidation: the database advances data_version and NOTIFYs at the commit of every change to
//   public data, whoever writes it (migration read_path_rollups). listenForDataVersion() LISTENs
//   and drops the whole cache when it moves; while not listening nothing is served from the cache.
//   A render that overlapped a change (the cache's epoch moved meanwhile) is not kept.
// - HTTP: a weak ETag from the build, the data version and the key; 304 to a matching If-None-Match.
// - The public API (GET /api/v1/...) too: an answer its handler marked as cacheable (a 200 JSON or CSV
//   with an ETag and a public Cache-Control, lib/api/handler.ts) is kept with the handler's own ETag
//   and Cache-Control, whether or not the request had a session cookie (the API never reads it), and
//   kept gzipped once rather than compressed again on every hit.
import { createHash, randomBytes } from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { LRUCache } from "lru-cache";
import pg from "pg";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES } from "../../lib/i18n/locales.mjs";
import { REQUEST_ID_HEADER } from "./database-unavailable.mjs";

/** The PostgreSQL channel (lib/data/data-version.ts); the payload is the new version as text. */
export const DATA_VERSION_CHANNEL = "data_version";
export const DEFAULT_PAGE_CACHE_MB = 64;

/**
 * The public pages (a domain, and an indicator's page under it). The domains are lib/domain/enums.ts's DOMAINS (page-cache.test.ts checks that they
 * match). Everything else (/api, /download, /editor, /review, /admin, /account, /signin) is never kept.
 */
const PUBLIC_PAGE =
  /^\/(?:|(?:displacement|casualties|infrastructure|access)(?:\/[^/]+)?|timeline|data|sources|sources\/[^/]+|figures\/[^/]+|embed\/[^/]+\/[^/]+)$/;

/** A language prefix (/uk); English pages have none (lib/i18n/routing.ts). */
const OTHER_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
const LOCALE_PREFIX = new RegExp(`^/(${OTHER_LOCALES.join("|")})(?=/|$)`);

/**
 * Whether next-intl's routing (proxy.ts) might answer this page request with something else than the
 * page for its path: a redirect to the reader's language, or the page with a Set-Cookie that
 * remembers a new choice. Such a request is not served from the cache, so the routing sees it. It
 * errs on the safe side: a mention of another language in Accept-Language is enough.
 * @param {string} pathname
 * @param {import("node:http").IncomingHttpHeaders} headers
 */
export function languageRoutingMayAnswer(pathname, headers) {
  const cookie = Array.isArray(headers.cookie) ? headers.cookie.join(";") : (headers.cookie ?? "");
  const chosen = new RegExp(`(?:^|;)\\s*${LOCALE_COOKIE}=([^;]*)`).exec(cookie)?.[1];
  const prefix = LOCALE_PREFIX.exec(pathname)?.[1];
  const locale = prefix ?? DEFAULT_LOCALE;
  if (chosen !== undefined) return chosen !== locale;
  const accepted = String(headers["accept-language"] ?? "");
  const mentions = (/** @type {string} */ l) => new RegExp(`(?:^|,)\\s*${l}(?:[-;,]|$)`, "i").test(accepted);
  // No choice yet: an English page is redirected when another language may be preferred; a page in
  // another language sets the cookie unless the browser asks for that language.
  return prefix === undefined ? OTHER_LOCALES.some(mentions) : !mentions(locale);
}

/** The public API's data endpoints (not its index, which its handler does not mark as cacheable). */
const PUBLIC_API = /^\/api\/v1\/[^?]+$/;

/** next-auth's session cookie, plain or __Secure-, whole or split into chunks (.0, .1, ...). */
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;

/** Headers of a React Server Components request (client navigation, prefetch) or a server action. */
const RSC_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

/** Headers of the answer that are not kept: set anew for each response. */
const NOT_KEPT = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "etag",
  "cache-control",
  "x-cache",
]);

/** Browsers revalidate every time (ETag); shared caches do not keep the page, which would hand one nonce to every reader. */
export const CACHE_CONTROL = "private, no-cache";

const FAILED_REQUESTS = Symbol.for("crisis-ledger.failed-requests");
/** Ids of requests whose render reported an error (instrumentation.ts's onRequestError). */
function failedRequests() {
  const global = /** @type {Record<symbol, Set<string> | undefined>} */ (/** @type {unknown} */ (globalThis));
  global[FAILED_REQUESTS] ??= new Set();
  return global[FAILED_REQUESTS];
}

/**
 * PAGE_CACHE_MB as bytes (0 turns the cache off).
 * @param {string | undefined} value
 */
export function pageCacheBytes(value) {
  const megabytes = value === undefined || value.trim() === "" ? DEFAULT_PAGE_CACHE_MB : Number(value);
  if (!Number.isFinite(megabytes) || megabytes < 0) {
    throw new Error("PAGE_CACHE_MB must be a number of megabytes (0 turns the page cache off)");
  }
  return Math.floor(megabytes * 1024 * 1024);
}

/** @param {{ headers: import("node:http").IncomingHttpHeaders }} req */
export function hasSessionCookie(req) {
  const cookie = req.headers.cookie;
  return SESSION_COOKIE.test(Array.isArray(cookie) ? cookie.join(";") : (cookie ?? ""));
}

/**
 * The cache key of a request (its path and query exactly as sent), or null when it may not be served
 * from the cache nor kept.
 * @param {{ method?: string, url?: string, headers: import("node:http").IncomingHttpHeaders }} req
 * @returns {string | null}
 */
export function cacheKeyOf(req) {
  const method = req.method ?? "GET";
  if (method !== "GET" && method !== "HEAD") return null;
  const url = req.url ?? "";
  if (!url.startsWith("/")) return null;
  const pathname = url.split("?")[0] ?? "";
  if (PUBLIC_API.test(pathname)) return req.headers.authorization === undefined ? url : null;
  if (!PUBLIC_PAGE.test(pathname.replace(LOCALE_PREFIX, "") || "/")) return null;
  if (languageRoutingMayAnswer(pathname, req.headers)) return null;
  if (RSC_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  if (req.headers.authorization !== undefined || hasSessionCookie(req)) return null;
  return url;
}

/** @param {string} key */
export function isApiKey(key) {
  return key.startsWith("/api/");
}

/**
 * A body split at each occurrence of its nonce, so a hit joins it with a new one.
 * @param {Buffer} body
 * @param {string | undefined} nonce
 * @returns {Buffer[]}
 */
export function splitAtNonce(body, nonce) {
  if (!nonce) return [body];
  const needle = Buffer.from(nonce);
  const segments = [];
  let from = 0;
  for (let at = body.indexOf(needle, from); at !== -1; at = body.indexOf(needle, from)) {
    segments.push(body.subarray(from, at));
    from = at + needle.length;
  }
  segments.push(body.subarray(from));
  return segments;
}

/** @param {string | undefined} policy */
export function nonceOf(policy) {
  return /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
}

export function newNonce() {
  return randomBytes(16).toString("base64");
}

/**
 * @typedef {object} Entry
 * @property {string} key
 * @property {string} version the data version it was rendered under
 * @property {Record<string, string | string[]>} headers of the render, less NOT_KEPT
 * @property {Buffer[]} segments the body, split at the render's nonce
 * @property {number} size bytes, for the LRU bound
 * @property {{ etag: string, cacheControl: string, gzipped?: Buffer }} [api] an API answer: the handler's validator and policy
 * @property {Gzipped} [gzipped] a page, compressed once without its nonce (gzipSegments)
 */

/**
 * A body and headers for one response from an entry, with a new nonce in both.
 * @param {Entry} entry
 * @param {string} nonce
 */
export function materialize(entry, nonce) {
  const { parts, length, headers } = materializeParts(entry, nonce);
  return { body: Buffer.concat(parts, length), headers };
}

/**
 * As materialize, with the body as the kept segments and the nonce between them.
 * @param {Entry} entry
 * @param {string} nonce
 */
function materializeParts(entry, nonce) {
  const fresh = Buffer.from(nonce);
  /** @type {Buffer[]} */
  const parts = [];
  let length = 0;
  entry.segments.forEach((segment, i) => {
    if (i > 0) {
      parts.push(fresh);
      length += fresh.length;
    }
    parts.push(segment);
    length += segment.length;
  });
  /** @type {Record<string, string | string[]>} */
  const headers = {};
  for (const [name, value] of Object.entries(entry.headers)) {
    const policy = name === "content-security-policy" && typeof value === "string";
    headers[name] = policy ? value.replace(/'nonce-[^']+'/g, `'nonce-${nonce}'`) : value;
  }
  return { parts, length, headers };
}

const gzip = promisify(zlib.gzip);
const deflateRaw = promisify(zlib.deflateRaw);

// A kept page is compressed once, never with a nonce in it: each segment between two nonces is its own
// raw deflate stream (with the text before it as its dictionary), ended by a sync flush (byte-aligned,
// not final), so that a hit for a client that
// accepts gzip splices the kept compressed segments around a new nonce sent as a stored (uncompressed)
// deflate block, and closes the gzip member with the CRC-32 of the whole, combined from the segments'
// own CRCs (crc32Combine, below) without reading the page again. No compressed byte ever depends on
// a nonce: nothing is compressed per hit, and no response repeats another's nonce.

/** The gzip header: deflate, no name, no time, unknown OS (RFC 1952). */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty final stored block: the end of the deflate stream. */
const LAST_BLOCK = Buffer.from([1, 0, 0, 0xff, 0xff]);
const CRC_POLY = 0xedb88320;

/** a(x) * b(x) modulo the CRC-32 polynomial (reflected), as zlib's multmodp. @param {number} a @param {number} b */
function multModP(a, b) {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ CRC_POLY : b >>> 1;
  }
  return p >>> 0;
}

/** x^(2^k) modulo the polynomial, for k = 0..31. */
const X2N = (() => {
  const table = new Uint32Array(32);
  let p = 0x40000000; // x^1
  table[0] = p;
  for (let k = 1; k < 32; k++) table[k] = p = multModP(p, p);
  return table;
})();

/** The operator that appends `length` bytes to a CRC: zlib's crc32_combine_gen. @param {number} length */
export function crc32CombineOp(length) {
  let p = 0x80000000; // x^0
  for (let n = length, k = 3; n > 0; n = Math.floor(n / 2), k++) if (n % 2) p = multModP(X2N[k & 31] ?? 0, p);
  return p;
}

/**
 * The CRC-32 of A then B, from crc(A), crc(B) and crc32CombineOp(B's length): zlib's crc32_combine_op.
 * @param {number} crcA @param {number} crcB @param {number} op
 */
export function crc32Combine(crcA, crcB, op) {
  return (multModP(op, crcA) ^ crcB) >>> 0;
}

/** A nonce as a stored deflate block (we are byte-aligned after each segment's sync flush). @param {Buffer} bytes */
function storedBlock(bytes) {
  const head = Buffer.from([0, bytes.length & 0xff, bytes.length >>> 8, ~bytes.length & 0xff, (~bytes.length >>> 8) & 0xff]);
  return Buffer.concat([head, bytes]);
}

/**
 * @typedef {object} Gzipped a kept page, compressed once, segment by segment (see above)
 * @property {Buffer[]} segments each segment's raw deflate stream, sync-flushed
 * @property {number} nonceLength the length of the nonces it is joined with
 * @property {number} baseCrc the CRC-32 of the page with NUL bytes for each nonce
 * @property {number} nonceWeight the sum over the nonces of x^(8 x the bytes after each) (splicedCrc)
 * @property {number} zeroNonceCrc the CRC-32 of nonceLength NUL bytes
 * @property {number} length the page's length, uncompressed, with a nonce of nonceLength
 */

/**
 * The CRC-32 of the page with `nonce` at each place, without reading the page: a CRC is affine in the
 * message, crc(B xor D) = crc(B) xor lin(D) for equal lengths, where lin(D) = crc(D) xor crc(zeros).
 * D holds the nonce n at each place (followed by t_i bytes) and zeros elsewhere, so lin(D) is the sum
 * over the places of lin(n) x^(8 t_i) = lin(n) x (the sum of the x^(8 t_i)): one multiplication.
 * @param {Gzipped} zipped @param {Buffer} nonce
 */
export function splicedCrc(zipped, nonce) {
  return (zipped.baseCrc ^ multModP(zipped.nonceWeight, (zlib.crc32(nonce) ^ zipped.zeroNonceCrc) >>> 0)) >>> 0;
}

/** The window of deflate: how far back a segment's matches may reach. */
const WINDOW = 32 * 1024;

/**
 * Each segment is compressed with what precedes it in the page as its dictionary (so it compresses
 * about as well as the whole page would), the nonces in it replaced by as many NUL bytes. HTML has no
 * NUL byte, so no match can cover one: every match lies in text the reader's decoder has exactly, and
 * the distances hold since every nonce has the same length. A page with a NUL byte gets no dictionary.
 * @param {Buffer[]} segments @param {number} nonceLength @returns {Promise<Gzipped>}
 */
export async function gzipSegments(segments, nonceLength) {
  const placeholder = Buffer.alloc(nonceLength);
  const withDictionary = !segments.some((segment) => segment.includes(0));
  /** @type {Buffer[]} */
  const before = [];
  let preceding = 0;
  const dictionaries = segments.map((segment, i) => {
    if (i > 0) {
      before.push(placeholder);
      preceding += nonceLength;
    }
    const dictionary =
      withDictionary && preceding > 0 ? Buffer.concat(before, preceding).subarray(Math.max(0, preceding - WINDOW)) : undefined;
    before.push(segment);
    preceding += segment.length;
    // Only the window's worth is ever read: keep what is behind it from growing.
    while (before.length > 1 && preceding - (before[0]?.length ?? 0) >= WINDOW) preceding -= /** @type {Buffer} */ (before.shift()).length;
    return dictionary;
  });
  return {
    segments: await Promise.all(
      segments.map((segment, i) =>
        deflateRaw(segment, { finishFlush: zlib.constants.Z_SYNC_FLUSH, ...(dictionaries[i] ? { dictionary: dictionaries[i] } : {}) }),
      ),
    ),
    nonceLength,
    ...crcParts(segments, nonceLength),
  };
}

/** What splicedCrc needs of a page: its CRC with NUL nonces, and the weight of its nonces' places. @param {Buffer[]} segments @param {number} nonceLength */
function crcParts(segments, nonceLength) {
  const placeholder = Buffer.alloc(nonceLength);
  const length = segments.reduce((n, segment) => n + segment.length, 0) + nonceLength * (segments.length - 1);
  let baseCrc = 0;
  let nonceWeight = 0;
  let at = 0;
  segments.forEach((segment, i) => {
    if (i > 0) {
      baseCrc = zlib.crc32(placeholder, baseCrc);
      at += nonceLength;
      nonceWeight ^= crc32CombineOp(length - at);
    }
    baseCrc = zlib.crc32(segment, baseCrc);
    at += segment.length;
  });
  return { baseCrc, nonceWeight: nonceWeight >>> 0, zeroNonceCrc: zlib.crc32(placeholder), length };
}

/** One gzip member: the kept compressed segments with `nonce` between them. @param {Gzipped} zipped @param {Buffer} nonce */
export function splicedGzip(zipped, nonce) {
  if (nonce.length !== zipped.nonceLength) throw new Error("a nonce of another length than the kept page's");
  const nonceBlock = storedBlock(nonce);
  /** @type {Buffer[]} */
  const parts = [GZIP_HEADER];
  zipped.segments.forEach((segment, i) => {
    if (i > 0) parts.push(nonceBlock);
    parts.push(segment);
  });
  const crc = zipped.segments.length > 1 ? splicedCrc(zipped, nonce) : zipped.baseCrc;
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc, 0);
  trailer.writeUInt32LE(zipped.length % 2 ** 32, 4);
  parts.push(LAST_BLOCK, trailer);
  return { parts, length: parts.reduce((n, part) => n + part.length, 0) };
}
const DECODERS = { gzip: promisify(zlib.gunzip), deflate: promisify(zlib.inflate), br: promisify(zlib.brotliDecompress) };

/**
 * Milliseconds until the next UTC midnight. Public pages show how old a claim is ("stale, 412 days
 * ago", from the UTC calendar date), which changes with the day, not with the data: a page is kept
 * until the day ends at most, so no reader sees yesterday's ages.
 * @param {number} now
 */
export function untilNextUtcDay(now) {
  const day = 86_400_000;
  return Math.max(1, day - (now % day));
}

/** @param {string | string[] | undefined} value */
function acceptsGzip(value) {
  const text = (Array.isArray(value) ? value.join(",") : (value ?? "")).toLowerCase();
  return text.split(",").some((part) => {
    const [coding, ...params] = part.trim().split(";");
    return coding?.trim() === "gzip" && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}

export class PageCache {
  /**
   * @param {{ maxBytes: number, buildId?: string, onStale?: () => Promise<string | null>,
   *   replicaReached?: (version: string) => Promise<void> }} options onStale reads the current data version (after a
   *   write on this instance; listenForDataVersion sets it); replicaReached resolves once the read replica that
   *   renders read (DATABASE_READ_URL) has replayed a version
   */
  constructor({ maxBytes, buildId = "", onStale, replicaReached }) {
    this.maxBytes = maxBytes;
    /** @type {((version: string) => Promise<void>) | undefined} */
    this.replicaReached = replicaReached;
    this.buildId = buildId;
    /** @type {(() => Promise<string | null>) | undefined} */
    this.onStale = onStale;
    /** Moves with every drop: a render that began under another epoch is not kept. */
    this.epoch = 0;
    /** @type {string | null} the data version last seen; null while unknown */
    this.version = null;
    this.listening = false;
    /** Version reads in flight after a write on this instance: nothing is served meanwhile. */
    this.checking = 0;
    this.stats = { hits: 0, misses: 0, stored: 0, drops: 0 };
    /** Renders in flight, by key: a request for a page being rendered waits for it instead of rendering it again. */
    /** @type {Map<string, Promise<void>>} */
    this.inflight = new Map();
    /** @type {LRUCache<string, Entry> | null} */
    this.lru = maxBytes > 0 ? new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => Math.max(1, entry.size) }) : null;
  }

  get enabled() {
    return this.lru !== null;
  }

  /** True when pages may be served from (and kept in) the cache. */
  get serving() {
    return this.lru !== null && this.listening && this.version !== null && this.checking === 0;
  }

  get bytes() {
    return this.lru?.calculatedSize ?? 0;
  }

  clear() {
    this.epoch += 1;
    this.stats.drops += 1;
    this.lru?.clear();
  }

  /** Listening from now on, at this version (anything missed while not listening is dropped). @param {string} version */
  connected(version) {
    this.clear();
    this.version = version;
    this.listening = true;
    this.#untilReplicaHas(version);
  }

  disconnected() {
    this.listening = false;
    this.clear();
  }

  /** A NOTIFY: a change committed. @param {string} version */
  changed(version) {
    this.clear();
    if (this.version === null || BigInt(version) > BigInt(this.version)) this.version = version;
    this.#untilReplicaHas(version);
  }

  /**
   * With a read replica, the NOTIFY comes from the primary before the replica has replayed the change:
   * a page rendered meanwhile (from the replica) would be kept under the new version and served stale
   * until the next change. So nothing is served or kept until the replica has the version, and what
   * was rendered before is dropped then.
   * @param {string} version
   */
  #untilReplicaHas(version) {
    if (!this.replicaReached) return;
    this.checking += 1;
    this.replicaReached(version)
      .catch(() => {})
      .finally(() => {
        this.clear();
        this.checking -= 1;
      });
  }

  /** A version read (heartbeat, or after a write here): drops everything when it moved. @param {string} version */
  observed(version) {
    if (version !== this.version) this.changed(version);
  }

  /** After a non-GET request on this instance: the data may have changed; re-read the version before serving again. */
  recheck() {
    if (!this.lru || !this.onStale) return;
    this.checking += 1;
    const epoch = this.epoch;
    this.onStale()
      .then(
        (version) => {
          if (version === null) this.clear();
          else this.observed(version);
        },
        () => {
          if (this.epoch === epoch) this.clear();
        },
      )
      .finally(() => {
        this.checking -= 1;
      });
  }

  /** @param {string} key @param {string} version */
  etag(key, version) {
    const digest = createHash("sha256").update(`${this.buildId}\n${version}\n${key}`).digest("base64url").slice(0, 27);
    return `W/"${version}-${digest}"`;
  }

  /** @param {string} key */
  get(key) {
    return this.lru?.get(key);
  }

  /** @param {Entry} entry */
  set(entry) {
    if (!this.lru || entry.size > this.maxBytes) return false;
    this.lru.set(entry.key, entry, { ttl: untilNextUtcDay(Date.now()) });
    this.stats.stored += 1;
    return true;
  }

  /**
   * Answers the request from the cache (true), or lets it through to Next.js (false), having set up the
   * keeping of its answer when it may be kept. A request for a page whose render is in flight waits
   * for that render (true), then is served from the cache, or handed to `render` if it was not kept:
   * a cold page read by many at once is rendered once, not by every reader at once.
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {() => void} render hands the request to Next.js
   */
  handle(req, res, render) {
    const id = req.headers[REQUEST_ID_HEADER];
    if (typeof id === "string") res.once("close", () => failedRequests().delete(id));
    if (!this.lru) return false;
    const method = req.method ?? "GET";
    if (method !== "GET" && method !== "HEAD" && method !== "OPTIONS") {
      // A server action that published on this instance: the next read must see it (read-your-writes),
      // even before the NOTIFY arrives. The write has committed once its answer is complete (or cut off).
      res.once("close", () => this.recheck());
      return false;
    }
    const key = cacheKeyOf(req);
    if (key === null || !this.serving || this.version === null) return false;
    const version = this.version;
    if (isApiKey(key)) return this.#handleApi(req, res, key, version, typeof id === "string" ? id : undefined);
    const etag = this.etag(key, version);
    if (matches(req.headers["if-none-match"], etag)) {
      this.stats.hits += 1;
      // No Content-Security-Policy: the browser keeps the one stored with its body (and that body's nonce).
      res.writeHead(304, { ETag: etag, "Cache-Control": CACHE_CONTROL, "X-Cache": "hit", Vary: "Accept-Encoding" });
      res.end();
      return true;
    }
    const entry = this.get(key);
    if (entry && entry.version === version) {
      this.stats.hits += 1;
      this.#send(req, res, entry, etag).catch(() => res.destroy());
      return true;
    }
    const pending = this.inflight.get(key);
    if (pending) {
      void pending.then(() => {
        if (res.destroyed) return;
        const kept = this.serving && this.version !== null ? this.get(key) : undefined;
        if (kept && kept.version === this.version) {
          this.stats.hits += 1;
          this.#send(req, res, kept, this.etag(key, kept.version)).catch(() => res.destroy());
          return;
        }
        this.stats.misses += 1;
        if (this.serving && this.version !== null) this.#keep(req, res, key, this.version, typeof id === "string" ? id : undefined);
        render();
      });
      return true;
    }
    this.stats.misses += 1;
    this.#keep(req, res, key, version, typeof id === "string" ? id : undefined);
    return false;
  }

  /**
   * An API read: served from a kept answer (or 304 to its ETag), else handed to Next.js and kept if its handler marks it
   * cacheable. Concurrent misses are not coalesced: an API answer is cheap next to a page render.
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {string} key
   * @param {string} version
   * @param {string | undefined} id
   */
  #handleApi(req, res, key, version, id) {
    const entry = this.get(key);
    if (entry?.api && entry.version === version) {
      this.stats.hits += 1;
      if (matches(req.headers["if-none-match"], entry.api.etag)) {
        const { "content-security-policy": _policy, "content-type": _type, ...rest } = entry.headers;
        res.writeHead(304, { ...rest, ETag: entry.api.etag, "Cache-Control": entry.api.cacheControl, "X-Cache": "hit" });
        res.end();
        return true;
      }
      this.#send(req, res, entry, entry.api.etag).catch(() => res.destroy());
      return true;
    }
    this.stats.misses += 1;
    this.#keep(req, res, key, version, id);
    return false;
  }

  /**
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {Entry} entry
   * @param {string} etag
   */
  async #send(req, res, entry, etag) {
    if (entry.api) return this.#sendApi(req, res, entry, entry.api);
    const nonce = newNonce();
    const { parts, length, headers } = materializeParts(entry, nonce);
    let payload = parts;
    let size = length;
    /** @type {Record<string, string | string[] | number>} */
    const extra = { ETag: etag, "Cache-Control": CACHE_CONTROL, "X-Cache": "hit" };
    if (acceptsGzip(req.headers["accept-encoding"])) {
      // Kept compressed without the nonce: the new one is spliced in (gzipSegments).
      const spliced = entry.gzipped ? splicedGzip(entry.gzipped, Buffer.from(nonce)) : null;
      const zipped = spliced ? null : await gzip(Buffer.concat(parts, length));
      payload = spliced?.parts ?? [/** @type {Buffer} */ (zipped)];
      size = spliced?.length ?? /** @type {Buffer} */ (zipped).length;
      extra["Content-Encoding"] = "gzip";
    }
    extra["Content-Length"] = size;
    if (res.destroyed) return;
    res.writeHead(200, { ...headers, ...extra });
    if (req.method === "HEAD") return void res.end();
    // The kept segments and the nonce go out as they are: no copy of the page per hit.
    res.cork();
    for (const part of payload) res.write(part);
    res.end();
    res.uncork();
  }

  /**
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {Entry} entry
   * @param {{ etag: string, cacheControl: string, gzipped?: Buffer }} api
   */
  async #sendApi(req, res, entry, api) {
    const body = /** @type {Buffer} */ (entry.segments[0]);
    /** @type {Record<string, string | string[] | number>} */
    const extra = { ETag: api.etag, "Cache-Control": api.cacheControl, "X-Cache": "hit", Vary: "Accept-Encoding" };
    let payload = body;
    if (acceptsGzip(req.headers["accept-encoding"])) {
      api.gzipped ??= await gzip(body);
      payload = api.gzipped;
      extra["Content-Encoding"] = "gzip";
    }
    extra["Content-Length"] = payload.length;
    if (res.destroyed) return;
    res.writeHead(200, { ...materialize({ ...entry, segments: [] }, newNonce()).headers, ...extra });
    res.end(req.method === "HEAD" ? undefined : payload);
  }

  /**
   * Marks the answer as cacheable (ETag, Cache-Control, X-Cache: miss) and keeps a copy of it when complete.
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {string} key
   * @param {string} version
   * @param {string | undefined} id
   */
  #keep(req, res, key, version, id) {
    const epoch = this.epoch;
    const etag = this.etag(key, version);
    /** @type {() => void} */
    let release = () => {};
    const api = isApiKey(key);
    if (!api && req.method === "GET" && !this.inflight.has(key)) {
      /** @type {Promise<void>} */
      const done = new Promise((resolve) => {
        release = () => {
          if (this.inflight.get(key) === done) this.inflight.delete(key);
          resolve();
        };
      });
      this.inflight.set(key, done);
      // An answer cut off before it finished is not kept: the waiting requests go on without it.
      res.once("close", () => {
        if (!res.writableFinished) release();
      });
    }
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let tooLarge = req.method === "HEAD";
    let cacheable = false;
    const original = { writeHead: res.writeHead, write: res.write, end: res.end };
    const collect = (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding) => {
      if (tooLarge || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer =
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8")
          : Buffer.from(/** @type {Uint8Array} */ (chunk));
      size += buffer.length;
      // Compressed, a page can grow a lot when decoded: the bound is checked again after.
      if (size > this.maxBytes) {
        tooLarge = true;
        chunks.length = 0;
      } else chunks.push(buffer);
    };
    // Headers are final when the status line goes out; only then do we know whether the answer is kept.
    const decide = (/** @type {number} */ status, /** @type {Record<string, unknown> | undefined} */ given) => {
      const header = (/** @type {string} */ name) => {
        const found = given && Object.keys(given).find((n) => n.toLowerCase() === name);
        return found ? given?.[found] : res.getHeader(name);
      };
      res.setHeader("X-Cache", "miss");
      if (api) {
        // The handler decides: a 200 it marked with a validator and a public policy (lib/api/handler.ts).
        cacheable =
          status === 200 &&
          header("set-cookie") === undefined &&
          /^(application\/json|text\/csv)\b/.test(String(header("content-type") ?? "")) &&
          typeof header("etag") === "string" &&
          /\bpublic\b/.test(String(header("cache-control") ?? ""));
        return given;
      }
      cacheable = status === 200 && header("set-cookie") === undefined && /^text\/html\b/.test(String(header("content-type") ?? ""));
      if (!cacheable) return given;
      const ours = (/** @type {string} */ n) => ["cache-control", "etag"].includes(n.toLowerCase());
      const copy = given ? Object.fromEntries(Object.entries(given).filter(([n]) => !ours(n))) : undefined;
      res.setHeader("Cache-Control", CACHE_CONTROL);
      // A render that overlapped a change may show either version: no validator for it.
      if (this.epoch === epoch) res.setHeader("ETag", etag);
      else res.removeHeader("ETag");
      return copy;
    };
    let decided = false;
    /** @type {Record<string, string | string[]>} */
    let headersSent = {};
    const snapshot = (/** @type {Record<string, unknown> | undefined} */ given) => {
      headersSent = {};
      for (const [name, value] of Object.entries({ ...res.getHeaders(), ...(given ?? {}) })) {
        if (value !== undefined) headersSent[name.toLowerCase()] = Array.isArray(value) ? value.map(String) : String(value);
      }
    };
    /** @param {...unknown} args */
    res.writeHead = function (...args) {
      const status = /** @type {number} */ (args[0]);
      const index = args.findIndex((a, i) => i > 0 && a !== null && typeof a === "object" && !Array.isArray(a));
      let given = index > 0 ? /** @type {Record<string, unknown>} */ (args[index]) : undefined;
      if (!decided) {
        decided = true;
        given = decide(status, given);
        if (index > 0) args[index] = given;
        snapshot(given);
      }
      return original.writeHead.apply(this, /** @type {any} */ (args));
    };
    const ensureDecided = () => {
      if (decided || res.headersSent) return;
      decided = true;
      decide(res.statusCode, undefined);
      snapshot(undefined);
    };
    /** @param {...unknown} args */
    res.write = function (...args) {
      ensureDecided();
      collect(args[0], args[1]);
      return original.write.apply(this, /** @type {any} */ (args));
    };
    /** @param {...unknown} args */
    res.end = function (...args) {
      ensureDecided();
      collect(args[0], args[1]);
      return original.end.apply(this, /** @type {any} */ (args));
    };
    res.once("finish", () => {
      const failed = id !== undefined && failedRequests().has(id);
      if (!cacheable || tooLarge || failed || res.statusCode !== 200) return release();
      void this.#store(key, version, epoch, headersSent, Buffer.concat(chunks)).finally(release);
    });
  }

  /**
   * @param {string} key
   * @param {string} version
   * @param {number} epoch
   * @param {Record<string, string | string[]>} headers
   * @param {Buffer} raw
   */
  async #store(key, version, epoch, headers, raw) {
    const coding = String(headers["content-encoding"] ?? "identity").toLowerCase();
    let body = raw;
    if (coding !== "identity") {
      const decode = DECODERS[/** @type {keyof typeof DECODERS} */ (coding)];
      if (!decode) return;
      try {
        body = await decode(raw, { maxOutputLength: this.maxBytes });
      } catch {
        return;
      }
    }
    if (this.epoch !== epoch || !this.serving || this.version !== version) return;
    if (isApiKey(key)) {
      /** @type {Record<string, string | string[]>} */
      const keptHeaders = {};
      for (const [name, value] of Object.entries(headers)) if (!NOT_KEPT.has(name)) keptHeaders[name] = value;
      const api = { etag: String(headers.etag), cacheControl: String(headers["cache-control"]) };
      const headerBytes = Object.entries(keptHeaders).reduce((n, [name, value]) => n + name.length + String(value).length, 0);
      this.set({ key, version, headers: keptHeaders, segments: [body], size: 2 * body.length + headerBytes + key.length, api });
      return;
    }
    // React marks a Suspense boundary whose server render failed with data-dgst: never keep a degraded page.
    if (body.includes("data-dgst=")) return;
    /** @type {Record<string, string | string[]>} */
    const kept = {};
    for (const [name, value] of Object.entries(headers)) if (!NOT_KEPT.has(name)) kept[name] = value;
    const segments = splitAtNonce(body, nonceOf(/** @type {string | undefined} */ (headers["content-security-policy"])));
    const headerBytes = Object.entries(kept).reduce((n, [name, value]) => n + name.length + String(value).length, 0);
    const gzipped = await gzipSegments(segments, Buffer.byteLength(newNonce()));
    if (this.epoch !== epoch || !this.serving || this.version !== version) return;
    const zippedBytes = gzipped.segments.reduce((n, segment) => n + segment.length, 0);
    this.set({ key, version, headers: kept, segments, gzipped, size: body.length + zippedBytes + headerBytes + key.length });
  }
}

/** @param {string | string[] | undefined} header @param {string} etag */
function matches(header, etag) {
  if (!header) return false;
  const weak = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, "");
  const text = Array.isArray(header) ? header.join(",") : header;
  return text.split(",").some((tag) => tag.trim() === "*" || weak(tag) === weak(etag));
}

/**
 * LISTENs on data_version over a connection of its own and keeps `cache` told: connected (with the
 * current version), changed on each NOTIFY, disconnected when the connection drops, after which it
 * reconnects with backoff. A heartbeat reads the version now and then, so a connection that died
 * silently is noticed. Also gives the cache its way to re-read the version after a write here.
 * @param {{ connectionString: string, cache: PageCache, log?: (line: string) => void, minDelayMs?: number,
 *   maxDelayMs?: number, heartbeatMs?: number }} options
 */
/**
 * Resolves once the replica at `connectionString` has replayed data version `version` (its own copy of
 * data_version has it), polling with a growing pause; keeps trying while the replica is unreachable (the
 * cache stays off meanwhile, which is safe).
 * @param {string} connectionString
 * @returns {(version: string) => Promise<void>}
 */
export function replicaReachedOn(connectionString) {
  const pool = new pg.Pool({ connectionString, max: 1, idleTimeoutMillis: 10_000, application_name: "crisis-ledger page cache (replica)" });
  pool.on("error", () => {});
  return async (version) => {
    for (let pause = 20; ; pause = Math.min(pause * 2, 1_000)) {
      try {
        const { rows } = await pool.query("SELECT version::text AS version FROM data_version WHERE id = 1");
        if (rows[0] && BigInt(rows[0].version) >= BigInt(version)) return;
      } catch {
        // Unreachable for now: try again.
      }
      await new Promise((resolve) => setTimeout(resolve, pause).unref());
    }
  };
}

export function listenForDataVersion(options) {
  const { connectionString, cache, log = () => {}, minDelayMs = 100, maxDelayMs = 5_000, heartbeatMs = 10_000 } = options;
  if (options.replicaConnectionString) cache.replicaReached = replicaReachedOn(options.replicaConnectionString);
  /** @type {pg.Client | null} */
  let client = null;
  let delay = minDelayMs;
  let stopped = false;
  /** @type {NodeJS.Timeout | undefined} */
  let retry;

  const readVersion = async (/** @type {pg.Client} */ on) => {
    const { rows } = await on.query("SELECT version::text AS version FROM data_version WHERE id = 1");
    return /** @type {string | undefined} */ (rows[0]?.version) ?? "0";
  };

  const drop = (/** @type {pg.Client} */ which, /** @type {unknown} */ reason) => {
    if (client !== which) return;
    client = null;
    cache.disconnected();
    which.end().catch(() => {});
    if (stopped) return;
    const why = reason instanceof Error ? reason.message : String(reason);
    log(`page cache: not listening for data changes (${why}); retrying in ${delay} ms`);
    retry = setTimeout(connect, delay);
    retry.unref();
    delay = Math.min(delay * 2, maxDelayMs);
  };

  const connect = async () => {
    if (stopped) return;
    const next = new pg.Client({ connectionString, keepAlive: true, query_timeout: 5_000, application_name: "crisis-ledger page cache" });
    client = next;
    next.on("error", (error) => drop(next, error));
    next.on("end", () => drop(next, "connection ended"));
    next.on("notification", (message) => {
      if (client === next && message.channel === DATA_VERSION_CHANNEL && message.payload) cache.changed(message.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${DATA_VERSION_CHANNEL}`);
      const version = await readVersion(next);
      if (client !== next || stopped) return;
      cache.connected(version);
      delay = minDelayMs;
    } catch (error) {
      drop(next, error);
    }
  };

  cache.onStale = async () => {
    const on = client;
    if (!on || !cache.listening) return null;
    return readVersion(on);
  };

  const heartbeat = setInterval(() => {
    const on = client;
    if (!on || !cache.listening) return;
    readVersion(on).then(
      (version) => cache.observed(version),
      (error) => drop(on, error),
    );
  }, heartbeatMs);
  heartbeat.unref();

  void connect();
  return {
    async stop() {
      stopped = true;
      clearInterval(heartbeat);
      clearTimeout(retry);
      const on = client;
      client = null;
      cache.disconnected();
      await on?.end().catch(() => {});
    },
  };
}
