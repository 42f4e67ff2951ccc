// The production server: Next.js's request handler behind a plain Node HTTP server, so the
// app knows the real client address. `next start` keeps an X-Forwarded-For header the client
// sent itself, which would let anyone dodge per-address sign-in throttling by inventing one.
// Here X-Forwarded-For is replaced with the socket's peer address, unless TRUST_PROXY=true
// (a reverse proxy in front appends the address it saw, and the app reads the last entry).
import http from "node:http";
import path from "node:path";
import next from "next";
import { answer503WhenDatabaseIsDown } from "./lib/database-unavailable.mjs";

const dir = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const trustProxy = process.env.TRUST_PROXY === "true";

const app = next({ dev: false, dir, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  if (!trustProxy) req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
  answer503WhenDatabaseIsDown(req, res);
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`Listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
