import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, publicAddressIsHttps, securityHeaders } from "./security-headers";

describe("security headers", () => {
  it("allow scripts only with the request's nonce, and nothing else that runs code", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", frameable: false, https: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(policy).toContain(directive);
    }
  });

  it("let only /embed/* be framed by other sites", () => {
    const options = { nonce: "n", https: false };
    expect(securityHeaders("/embed/displacement/remaining-population", options)["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(securityHeaders("/embed/displacement/remaining-population", options)["X-Frame-Options"]).toBeUndefined();
    expect(securityHeaders("/uk/embed/displacement/remaining-population", options)["Content-Security-Policy"]).toContain(
      "frame-ancestors *",
    );
    expect(securityHeaders("/uk/embedded", options)["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(securityHeaders("/uk/sources", options)["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(securityHeaders("/embedded", options)["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(securityHeaders("/", options)["X-Frame-Options"]).toBe("DENY");
  });

  it("send Strict-Transport-Security only when the public address is https", () => {
    expect(securityHeaders("/", { nonce: "n", https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders("/", { nonce: "n", https: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(publicAddressIsHttps({ PUBLIC_URL: "https://ledger.example.org" })).toBe(true);
    expect(publicAddressIsHttps({ NEXTAUTH_URL: "https://ledger.example.org" })).toBe(true);
    expect(publicAddressIsHttps({ PUBLIC_URL: "http://localhost:3000", NEXTAUTH_URL: "https://x.example" })).toBe(false);
    expect(publicAddressIsHttps({})).toBe(false);
  });

  it("deny powerful browser features", () => {
    const policy = securityHeaders("/", { nonce: "n", https: false })["Permissions-Policy"];
    for (const feature of ["camera=()", "microphone=()", "geolocation=()"]) expect(policy).toContain(feature);
  });
});
