// The shapes of second-factor codes, as pure rules shared by the sign-in form, the server and
// the tests: a 6-digit TOTP code (RFC 6238, 30-second steps) or a one-time recovery code.

/** RFC 6238 defaults that every authenticator app supports. */
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** Steps accepted on either side of the server's current one, for clocks a little off. */
export const TOTP_WINDOW_STEPS = 1;

export const RECOVERY_CODE_COUNT = 10;
/** Crockford's base32: digits and letters without i, l, o, u (32 symbols, 5 bits each). */
export const RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
/** 16 symbols of 5 bits = 80 bits of entropy, shown as four groups of four. */
export const RECOVERY_CODE_LENGTH = 16;

export type SecondFactorCode = { kind: "totp"; code: string } | { kind: "recovery"; code: string } | { kind: "invalid" };

/** Reads what the user typed: spaces and dashes are ignored, letters in any case, o read as 0 and i, l as 1. */
export function parseSecondFactorCode(input: string): SecondFactorCode {
  const compact = input.replace(/[\s-]/g, "").toLowerCase().replace(/o/g, "0").replace(/[il]/g, "1");
  if (new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(compact)) return { kind: "totp", code: compact };
  if (compact.length === RECOVERY_CODE_LENGTH && [...compact].every((c) => RECOVERY_ALPHABET.includes(c))) {
    return { kind: "recovery", code: compact };
  }
  return { kind: "invalid" };
}

/** A recovery code from random bytes (one byte per symbol, the low 5 bits), as "abcd-efgh-jkmn-pqrs". */
export function recoveryCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RECOVERY_CODE_LENGTH) throw new Error(`need ${RECOVERY_CODE_LENGTH} random bytes`);
  // 256 is a multiple of 32, so taking the low 5 bits keeps every symbol equally likely.
  const symbols = Array.from(bytes.subarray(0, RECOVERY_CODE_LENGTH), (b) => RECOVERY_ALPHABET[b % 32]);
  return [0, 4, 8, 12].map((i) => symbols.slice(i, i + 4).join("")).join("-");
}

/** The TOTP secret as shown for typing into an app by hand: groups of four. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}
