// PUBLIC_URL: validated at start-up, and the one source of the app's absolute links.
import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };

async function freshEnv(vars: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  vi.resetModules();
  return import("./env");
}

afterEach(() => {
  process.env = { ...saved };
});

describe("publicOrigin", () => {
  it("is PUBLIC_URL without its trailing slash, else NEXTAUTH_URL's origin, else localhost on PORT", async () => {
    const both = await freshEnv({ PUBLIC_URL: "https://ledger.example.org/", NEXTAUTH_URL: "http://localhost:3000" });
    expect(both.publicOrigin()).toBe("https://ledger.example.org");
    const authOnly = await freshEnv({ PUBLIC_URL: undefined, NEXTAUTH_URL: "https://auth.example.org/api/auth" });
    expect(authOnly.publicOrigin()).toBe("https://auth.example.org");
    expect((await freshEnv({ PUBLIC_URL: undefined, NEXTAUTH_URL: undefined, PORT: "4000" })).publicOrigin()).toBe("http://localhost:4000");
  });

  it("refuses a PUBLIC_URL that is not a bare http(s) address, with a message that says so", async () => {
    const bad = ["ledger.example.org", "ftp://ledger.example.org", "https://ledger.example.org/app", "https://ledger.example.org/?x=1"];
    for (const value of [...bad, "https://u:p@ledger.example.org"]) {
      const { env } = await freshEnv({ PUBLIC_URL: value });
      expect(() => env(), value).toThrow(/PUBLIC_URL must be/);
    }
  });
});
