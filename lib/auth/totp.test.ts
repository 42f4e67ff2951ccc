// TOTP codes through otplib: the accepted window (the current step and one either side) and
// the step reported for the one-use rule; recovery codes and their storage hash.
import { describe, expect, it } from "vitest";
import { parseSecondFactorCode } from "@/lib/domain/second-factor";
import { decryptSecret, encryptSecret } from "./secret-box";
import { hashRecoveryCode, matchTotpCode, newRecoveryCodes, newTotpSecret, timeStepAt, totpCodeAt, totpUri } from "./totp";

const SECRET = "CRISISLEDGERDEMOADMINTOTPSECRETA";
const NOW = Date.UTC(2026, 0, 15, 12, 0, 10); // 10 s into a step

describe("matchTotpCode", () => {
  it("matches the RFC 6238 test vector (SHA-1, 8 digits there; here the 6-digit tail)", () => {
    // RFC 6238 Appendix B: secret "12345678901234567890", T = 59 s -> 94287082.
    const rfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(totpCodeAt(rfcSecret, 59_000)).toBe("287082");
    expect(matchTotpCode(rfcSecret, "287082", 59_000)).toEqual({ ok: true, step: 1 });
  });

  it("accepts the current step and one step either side, and reports which step matched", () => {
    const step = timeStepAt(NOW);
    for (const offset of [-1, 0, 1]) {
      const code = totpCodeAt(SECRET, NOW + offset * 30_000);
      expect(matchTotpCode(SECRET, code, NOW), `offset ${offset}`).toEqual({ ok: true, step: step + offset });
    }
  });

  it("refuses codes two steps or more away, and wrong codes", () => {
    for (const offset of [-3, -2, 2, 3]) {
      const code = totpCodeAt(SECRET, NOW + offset * 30_000);
      expect(matchTotpCode(SECRET, code, NOW), `offset ${offset}`).toEqual({ ok: false });
    }
    const right = totpCodeAt(SECRET, NOW);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    expect(matchTotpCode(SECRET, wrong, NOW)).toEqual({ ok: false });
    expect(matchTotpCode("not base32!", right, NOW)).toEqual({ ok: false });
  });

  it("makes 160-bit base32 secrets and otpauth URIs apps can read", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri(secret, "ada@example.org"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("Crisis Ledger");
  });
});

describe("recovery codes", () => {
  it("are ten different codes of the documented shape, each parsed back as a recovery code", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^([0-9a-hjkmnp-tv-z]{4}-){3}[0-9a-hjkmnp-tv-z]{4}$/);
      expect(parseSecondFactorCode(code).kind).toBe("recovery");
    }
  });

  it("are stored as a SHA-256 hex digest of the compact form", () => {
    const hash = hashRecoveryCode("abcd0123efgh4567");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode("abcd0123efgh4567")).toBe(hash);
    expect(hashRecoveryCode("abcd0123efgh4568")).not.toBe(hash);
  });
});

describe("secret-box", () => {
  const key = "a-master-secret-of-at-least-32-characters";
  it("decrypts only with the same key and the same row", () => {
    const sealed = encryptSecret(key, SECRET, "user_second_factor:1");
    expect(sealed).not.toContain(SECRET);
    expect(decryptSecret(key, sealed, "user_second_factor:1")).toBe(SECRET);
    expect(decryptSecret(key, sealed, "user_second_factor:2")).toBeNull();
    expect(decryptSecret(`${key}x`, sealed, "user_second_factor:1")).toBeNull();
    expect(decryptSecret(key, `${sealed.slice(0, -2)}AA`, "user_second_factor:1")).toBeNull();
    expect(decryptSecret(key, "garbage", "user_second_factor:1")).toBeNull();
  });

  it("gives a different ciphertext each time (random IV)", () => {
    expect(encryptSecret(key, SECRET, "c")).not.toBe(encryptSecret(key, SECRET, "c"));
  });
});
