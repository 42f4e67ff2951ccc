// The production server: Next.js's request handler behind a plain Node HTTP server, which is the
// first gate of every request (scripts/lib/edge.mjs):
// - the client address: `next start` keeps X-Forwarded-* headers the client sent itself, which
//   would let anyone dodge per-address limits with an invented X-Forwarded-For, or pass Next.js's
//   server-action origin check with a forged X-Forwarded-Host. Here every forwarding header is
//   dropped and X-Forwarded-For is the socket's peer address, unless TRUST_PROXY=true (a reverse
//   proxy in front sets them; it appends the address it saw, and the app reads the last entry);
// - a cross-origin write (Origin of another host) is refused with 403;
// - a path with malformed percent-encoding gets 400, a body over the limit 413, whether its length
//   is declared or not (Next.js would answer 500 or reset the connection);
// - public API reads (GET /api/v1/...) are counted per address in memory (scripts/lib/api-limit.mjs),
//   since those served from the cache never reach proxy.ts's limit;
// - public pages and API answers are served from the page cache (scripts/lib/page-cache.mjs) while the data has not
//   changed: this process LISTENs on the database's data_version channel to know.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { clientAddress, createApiReadLimiter, isApiRead, tooManyApiReads } from "./lib/api-limit.mjs";
import { answer503WhenDatabaseIsDown } from "./lib/database-unavailable.mjs";
import {
  bodyLimitFor,
  declaresTooLargeBody,
  dropRewriteHeader,
  hasMalformedPath,
  hasUndeclaredBody,
  isCrossOriginWrite,
  messages,
  readUndeclaredBody,
  refuse,
  sanitizeForwardingHeaders,
  tooLargeMessage,
} from "./lib/edge.mjs";
import { listenForDataVersion, PageCache, pageCacheBytes } from "./lib/page-cache.mjs";

const dir = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const trustProxy = process.env.TRUST_PROXY === "true";
const publicUrl = process.env.PUBLIC_URL || process.env.NEXTAUTH_URL || undefined;

// Next.js's own idea of its address, not where this server listens (that is `hostname`, below): it
// runs proxy.ts with URLs on "localhost" and compares a rewrite's destination (next-intl's /x ->
// /en/x) with the address given here; any other host would make every rewrite an external proxy
// request to itself.
const app = next({ dev: false, dir, port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const pageCache = new PageCache({
  maxBytes: process.env.DATABASE_URL ? pageCacheBytes(process.env.PAGE_CACHE_MB) : 0,
  buildId: readFileSync(path.join(dir, ".next", "BUILD_ID"), "utf8").trim(),
});
const listener = pageCache.enabled
  ? listenForDataVersion({
      connectionString: String(process.env.DATABASE_URL),
      replicaConnectionString: process.env.DATABASE_READ_URL || undefined,
      cache: pageCache,
      log: (line) => console.warn(line),
    })
  : null;

const apiReads = createApiReadLimiter(process.env);

const server = http.createServer((req, res) => {
  sanitizeForwardingHeaders(req.headers, trustProxy, req.socket.remoteAddress);
  if (hasMalformedPath(req.url)) return refuse(req, res, 400, messages.badPath);
  if (isCrossOriginWrite(req, { trustProxy, publicUrl })) return refuse(req, res, 403, messages.crossOrigin);
  if (declaresTooLargeBody(req.headers, bodyLimitFor(req.url))) return refuse(req, res, 413, tooLargeMessage(req.url));
  if (!isApiRead(req)) return serve(req, res);
  apiReads.consume(clientAddress(req.headers)).then(
    (wait) => (wait === null ? serve(req, res) : tooManyApiReads(res, wait)),
    () => serve(req, res),
  );
});

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
function serve(req, res) {
  dropRewriteHeader(req, res);
  answer503WhenDatabaseIsDown(req, res);
  if (pageCache.handle(req, res, () => void handle(req, res))) return;
  if (!hasUndeclaredBody(req)) return void handle(req, res);
  readUndeclaredBody(req, bodyLimitFor(req.url)).then(
    (withBody) => (withBody ? void handle(withBody, res) : refuse(req, res, 413, tooLargeMessage(req.url))),
    () => req.destroy(),
  );
}
server.listen(port, hostname, () => console.log(`Listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

function stop() {
  void listener?.stop();
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
