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
    expect(errorsOf({ currentPassword: "old one", newPassword: "a fresh and long passphrase", confirmPassword: "a fresh and long passphrase" })).toEqual({});
  });

  it("puts each problem beside its field", () => {
    expect(errorsOf({ currentPassword: "", newPassword: "short", confirmPassword: "other" })).toEqual({
      currentPassword: [messages.errors.currentPasswordRequired],
      newPassword: [messages.errors.password.too_short],
      confirmPassword: [messages.errors.passwordsDiffer],
    });
    expect(errorsOf({ currentPassword: "x", newPassword: "qwerty123456", confirmPassword: "qwerty123456" }).newPassword).toEqual([messages.errors.password.common]);
    expect(errorsOf({ currentPassword: "x", newPassword: "my ada.lovelace password", confirmPassword: "my ada.lovelace password" }).newPassword)
      .toEqual([messages.errors.password.contains_email]);
    const same = "the very same passphrase";
    expect(errorsOf({ currentPassword: same, newPassword: same, confirmPassword: same }).newPassword).toEqual([messages.errors.passwordUnchanged]);
  });
});
