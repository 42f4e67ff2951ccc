// Password rules after OWASP ASVS 5 (V6.2): at least 12 characters, at least 64 allowed (here
// 128), no composition rules, and not one of the common passwords in a list shipped with the app
// (the 49,000-entry list of @zxcvbn-ts/language-common). Pure: no I/O.
import { dictionary } from "@zxcvbn-ts/language-common";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy-limits";

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

const COMMON = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

export type PasswordProblem = "too_short" | "too_long" | "common" | "contains_email";

/** Counted in Unicode code points, so "ÿ" or an emoji is one character, as a person counts. */
function length(text: string) {
  return [...text].length;
}

export function passwordProblem(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const n = length(password);
  if (n < PASSWORD_MIN_LENGTH) return "too_short";
  if (n > PASSWORD_MAX_LENGTH) return "too_long";
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || COMMON.has(lower.trim())) return "common";
  const localPart = context.email?.split("@")[0]?.toLowerCase();
  if (context.email && (lower === context.email.toLowerCase() || (localPart && localPart.length >= 4 && lower.includes(localPart)))) {
    return "contains_email";
  }
  return null;
}
