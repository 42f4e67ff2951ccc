import { describe, expect, it } from "vitest";
import { afterSignInPath, safeCallbackPath } from "./safe-callback";

const ORIGIN = "https://ledger.example.org";

describe("safeCallbackPath", () => {
  it.each([
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "//evil.example",
    "///evil.example",
    "//evil.example/%2F..",
    "https://evil.example",
    "https://evil.example/account",
    "http://ledger.example.org/account",
    "https://ledger.example.org.evil.example/",
    "https://ledger.example.org@evil.example/",
    "HTTPS://EVIL.EXAMPLE",
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "/\t/evil.example",
    "/\n/evil.example",
    "\t//evil.example",
    "/.//evil.example",
    "/./\\evil.example",
    "/..//evil.example",
    "/%2e//evil.example",
    "ftp://evil.example",
    "//[::1]/",
    "mailto:someone@evil.example",
    "",
    "   ",
  ])("sends %j to the default page", (target) => {
    const result = safeCallbackPath(target, ORIGIN);
    expect(result).toBe("/");
  });

  it.each([
    ["/", "/"],
    ["/account", "/account"],
    ["/admin/users?tab=2#top", "/admin/users?tab=2#top"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["https://ledger.example.org/review", "/review"],
    ["figures/3", "/figures/3"],
    // Same scheme without slashes is a path on this site (as the browser reads it too).
    ["https:evil.example", "/evil.example"],
    ["/a/../review", "/review"],
  ])("keeps the path on this site: %j -> %j", (target, expected) => {
    expect(safeCallbackPath(target, ORIGIN)).toBe(expected);
  });

  it("refuses what is not a string and works without a known origin", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(["/account"])).toBe("/");
    expect(safeCallbackPath("/account")).toBe("/account");
    expect(safeCallbackPath("//evil.example")).toBe("/");
    expect(safeCallbackPath("//evil.example", ORIGIN, "/editor")).toBe("/editor");
  });
});

describe("afterSignInPath", () => {
  it("sends each role to its landing page when no callback URL is given", () => {
    expect(afterSignInPath(null, "editor")).toBe("/editor");
    expect(afterSignInPath(undefined, "reviewer")).toBe("/review");
    expect(afterSignInPath("", "admin")).toBe("/");
    expect(afterSignInPath(null, "nobody")).toBe("/");
  });

  it("follows a same-site callback URL, and sends an unsafe one to the landing page", () => {
    expect(afterSignInPath("/sources/3?page=2", "editor")).toBe("/sources/3?page=2");
    expect(afterSignInPath("/", "reviewer")).toBe("/");
    expect(afterSignInPath("//evil.example", "reviewer")).toBe("/review");
    expect(afterSignInPath("https://evil.example/x", "editor")).toBe("/editor");
  });
});
