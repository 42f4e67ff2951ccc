import { describe, expect, it } from "vitest";
import { RECOVERY_ALPHABET, groupSecret, parseSecondFactorCode, recoveryCodeFromBytes } from "./second-factor";

describe("recovery codes", () => {
  it("are four groups of four symbols of a 32-symbol alphabet without look-alikes", () => {
    const code = recoveryCodeFromBytes(Uint8Array.from({ length: 16 }, (_, i) => i * 37));
    expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
    expect(RECOVERY_ALPHABET).toHaveLength(32);
    expect(new Set(RECOVERY_ALPHABET).size).toBe(32);
    expect(RECOVERY_ALPHABET).not.toMatch(/[ilou]/);
  });

  it("use every byte's low five bits, so each symbol is equally likely", () => {
    expect(recoveryCodeFromBytes(new Uint8Array(16).fill(0))).toBe("0000-0000-0000-0000");
    expect(recoveryCodeFromBytes(new Uint8Array(16).fill(31))).toBe("zzzz-zzzz-zzzz-zzzz");
    expect(recoveryCodeFromBytes(new Uint8Array(16).fill(32 + 10))).toBe("aaaa-aaaa-aaaa-aaaa");
  });

  it("refuse too few random bytes", () => {
    expect(() => recoveryCodeFromBytes(new Uint8Array(15))).toThrow();
  });
});

describe("parseSecondFactorCode", () => {
  it("reads a 6-digit TOTP code, spaces allowed", () => {
    expect(parseSecondFactorCode("123456")).toEqual({ kind: "totp", code: "123456" });
    expect(parseSecondFactorCode(" 123 456 ")).toEqual({ kind: "totp", code: "123456" });
  });

  it("reads a recovery code in any case, with or without dashes, o as 0 and i, l as 1", () => {
    const expected = { kind: "recovery", code: "abcd0123efgh4567" };
    expect(parseSecondFactorCode("abcd-0123-efgh-4567")).toEqual(expected);
    expect(parseSecondFactorCode("ABCD 0123 EFGH 4567")).toEqual(expected);
    expect(parseSecondFactorCode("abcdO!23efgh4567").kind).toBe("invalid");
    expect(parseSecondFactorCode("abcdo123efgh4567")).toEqual({ kind: "recovery", code: "abcd0123efgh4567" });
    expect(parseSecondFactorCode("abcd-0l23-efgh-4567")).toEqual(expected);
  });

  it("refuses anything else", () => {
    for (const input of ["", "12345", "1234567", "12345a", "abcd-0123-efgh-456", "abcd-0123-efgh-4567-x", "uuuu-0123-efgh-4567"]) {
      expect(parseSecondFactorCode(input), input).toEqual({ kind: "invalid" });
    }
  });
});

describe("groupSecret", () => {
  it("groups a base32 secret by four for typing", () => {
    expect(groupSecret("ABCDEFGHIJKLMNOPQR")).toBe("ABCD EFGH IJKL MNOP QR");
  });
});
