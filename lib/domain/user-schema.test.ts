import { describe, expect, it } from "vitest";
import { z } from "zod";
import { messages } from "./messages";
import { changePasswordSchema } from "./user-schema";

const errorsOf = (input: Record<string, string>) => {
  const parsed = changePasswordSchema("ada.lovelace@example.org").safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("changePasswordSchema", () => {
  it("accepts the current password and a good new one given twice", () => {
    const fresh = "a fresh and long passphrase";
    expect(errorsOf({ currentPassword: "old one", newPassword: fresh, confirmPassword: fresh })).toEqual({});
  });

  it("puts each problem beside its field", () => {
    expect(errorsOf({ currentPassword: "", newPassword: "short", confirmPassword: "other" })).toEqual({
      currentPassword: [messages.errors.currentPasswordRequired],
      newPassword: [messages.errors.password.too_short],
      confirmPassword: [messages.errors.passwordsDiffer],
    });
    const newPasswordErrors = (current: string, next: string) =>
      errorsOf({ currentPassword: current, newPassword: next, confirmPassword: next }).newPassword;
    expect(newPasswordErrors("x", "qwerty123456")).toEqual([messages.errors.password.common]);
    expect(newPasswordErrors("x", "my ada.lovelace password")).toEqual([messages.errors.password.contains_email]);
    expect(newPasswordErrors("the very same passphrase", "the very same passphrase")).toEqual([messages.errors.passwordUnchanged]);
  });
});
