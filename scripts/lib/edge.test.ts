import { describe, expect, it } from "vitest";
import {
  BODY_LIMIT_BYTES,
  bodyLimitFor,
  declaresTooLargeBody,
  hasMalformedPath,
  IMPORT_FILE_LIMIT_BYTES,
  isCrossOriginWrite,
  messages,
  sanitizeForwardingHeaders,
  tooLargeMessage,
  wantsJson,
} from "./edge.mjs";

describe("forwarding headers", () => {
  it("are all dropped without a trusted proxy, and X-Forwarded-For is the socket's address", () => {
    const headers = {
      host: "ledger.example.org",
      "x-forwarded-for": "1.2.3.4",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-forwarded-port": "443",
      "x-forwarded-server": "x",
      forwarded: "for=1.2.3.4;host=evil.example",
      "x-real-ip": "1.2.3.4",
      cookie: "a=b",
    };
    sanitizeForwardingHeaders(headers, false, "10.0.0.7");
    expect(headers).toEqual({ host: "ledger.example.org", cookie: "a=b", "x-forwarded-for": "10.0.0.7" });
  });

  it("are kept as the proxy set them with TRUST_PROXY", () => {
    const headers = { "x-forwarded-for": "1.2.3.4, 10.0.0.1", "x-forwarded-host": "ledger.example.org" };
    sanitizeForwardingHeaders(headers, true, "10.0.0.1");
    expect(headers).toEqual({ "x-forwarded-for": "1.2.3.4, 10.0.0.1", "x-forwarded-host": "ledger.example.org" });
  });
});

describe("malformed paths", () => {
  it.each(["/figures/%", "/sources/%FF", "/%E0%A4%A", "/figures/%zz?x=1"])("%s is malformed", (url) => {
    expect(hasMalformedPath(url)).toBe(true);
  });
  it.each(["/", "/figures/12", "/sources/%C3%A9", "/casualties?place=%", "/a%20b"])("%s is fine", (url) => {
    expect(hasMalformedPath(url)).toBe(false);
  });
});

describe("cross-origin writes", () => {
  const options = { trustProxy: false, publicUrl: "https://ledger.example.org" };
  const post = (headers: Record<string, string>) => ({ method: "POST", headers: { host: "127.0.0.1:3000", ...headers } });

  it("refuses a POST whose Origin names another host, with or without a forged X-Forwarded-Host", () => {
    expect(isCrossOriginWrite(post({ origin: "https://evil.example" }), options)).toBe(true);
    expect(isCrossOriginWrite(post({ origin: "https://evil.example", "x-forwarded-host": "evil.example" }), options)).toBe(true);
    expect(isCrossOriginWrite(post({ origin: "null" }), options)).toBe(true);
    expect(isCrossOriginWrite(post({ origin: "http://127.0.0.1:3001" }), options)).toBe(true);
  });

  it("accepts same-origin writes, the public address, reads and requests without Origin", () => {
    expect(isCrossOriginWrite(post({ origin: "http://127.0.0.1:3000" }), options)).toBe(false);
    expect(isCrossOriginWrite(post({ origin: "https://ledger.example.org" }), options)).toBe(false);
    expect(isCrossOriginWrite(post({}), options)).toBe(false);
    expect(isCrossOriginWrite({ method: "GET", headers: { host: "a", origin: "https://evil.example" } }, options)).toBe(false);
  });

  it("believes X-Forwarded-Host only behind a trusted proxy", () => {
    const request = post({ origin: "https://app.internal", "x-forwarded-host": "app.internal" });
    expect(isCrossOriginWrite(request, { trustProxy: false })).toBe(true);
    expect(isCrossOriginWrite(request, { trustProxy: true })).toBe(false);
  });
});

describe("the figure import's upload", () => {
  it("may carry a 20 MB file; every other body stays at 3 MB; its 413 is JSON and states the limit", () => {
    expect(bodyLimitFor("/editor/import/upload")).toBeGreaterThan(IMPORT_FILE_LIMIT_BYTES);
    expect(bodyLimitFor("/editor/import/upload?x=1")).toBeGreaterThan(IMPORT_FILE_LIMIT_BYTES);
    expect(bodyLimitFor("/editor/import")).toBe(BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/editor/import/upload/x")).toBe(BODY_LIMIT_BYTES);
    expect(wantsJson("/editor/import/upload")).toBe(true);
    expect(tooLargeMessage("/editor/import/upload")).toMatch(/larger than 20 MB, the most an import accepts/);
    expect(tooLargeMessage("/editor")).toBe(messages.tooLarge);
  });
});

describe("body size", () => {
  it("refuses a declared length over the limit", () => {
    expect(declaresTooLargeBody({ "content-length": String(BODY_LIMIT_BYTES + 1) })).toBe(true);
    expect(declaresTooLargeBody({ "content-length": String(BODY_LIMIT_BYTES) })).toBe(false);
    expect(declaresTooLargeBody({})).toBe(false);
  });
  it("answers JSON to route handlers only", () => {
    expect(wantsJson("/api/auth/callback/credentials")).toBe(true);
    expect(wantsJson("/download/x?view=claims")).toBe(true);
    expect(wantsJson("/admin/locations")).toBe(false);
    expect(wantsJson("/apiary")).toBe(false);
  });
});
