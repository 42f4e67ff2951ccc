// The benchmark's yardstick: one file served from memory by a plain Node HTTP server, the same
// kind of server as scripts/server.mjs, so that the app's throughput can be read next to it.
// Usage: node static-server.mjs <file> <port>; prints "ready" when listening on 127.0.0.1.
import { readFileSync } from "node:fs";
import http from "node:http";

const [file, port] = process.argv.slice(2);
const body = readFileSync(file);
const server = http.createServer((request, response) => {
  response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
  response.end(request.method === "HEAD" ? undefined : body);
});
server.listen(Number(port), "127.0.0.1", () => console.log("ready"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
