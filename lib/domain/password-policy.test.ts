import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, passwordProblem } from "./password-policy";
import { createUserSchema, resetPasswordSchema } from "./user-schema";

describe("password rules (OWASP ASVS 5)", () => {
  it("accepts 12 or more characters with no composition rules", () => {
    expect(passwordProblem("correct horse battery")).toBeNull();
    expect(passwordProblem("aaaaaaaaaaaa".replace(/a/g, "z") + "q")).toBeNull();
    expect(passwordProblem("дуже довгий пароль")).toBeNull();
    expect(passwordProblem("x".repeat(64))).toBeNull();
    expect(passwordProblem("y".repeat(PASSWORD_MAX_LENGTH))).toBeNull();
  });

  it("refuses fewer than 12 characters, counting characters as a person does", () => {
    expect(passwordProblem("short pass1")).toBe("too_short");
    expect(passwordProblem("🙂".repeat(11))).toBe("too_short");
    expect(passwordProblem("🙂".repeat(12))).toBeNull();
  });

  it("refuses more than the maximum", () => {
    expect(passwordProblem("y".repeat(PASSWORD_MAX_LENGTH + 1))).toBe("too_long");
  });

  it("refuses common passwords from the shipped list, whatever the case", () => {
    expect(passwordProblem("qwerty123456")).toBe("common");
    expect(passwordProblem("1q2w3e4r5t6y")).toBe("common");
    expect(passwordProblem("QWERTY123456")).toBe("common");
  });

  it("refuses a password containing the email's name", () => {
    expect(passwordProblem("olena.kovalenko-2023", { email: "olena.kovalenko@example.org" })).toBe("contains_email");
  });
});

describe("user schemas", () => {
  it("normalises the email and reports each problem on its field", () => {
    const ok = createUserSchema().safeParse({
      email: " New.Person@Example.org ",
      name: "New Person",
      organisation: "",
      role: "editor",
      password: "a long enough passphrase",
    });
    expect(ok.success && ok.data).toMatchObject({ email: "new.person@example.org", organisation: null });

    const bad = createUserSchema().safeParse({ email: "not-an-email", name: "", role: "superuser", password: "short" });
    expect(bad.success).toBe(false);
    const fields = Object.keys(z.flattenError(bad.error!).fieldErrors).sort();
    expect(fields).toEqual(["email", "name", "password", "role"]);
  });

  it("applies the password rules on a reset", () => {
    expect(resetPasswordSchema().safeParse({ userId: "3", password: "qwerty123456" }).success).toBe(false);
    expect(resetPasswordSchema().safeParse({ userId: "3", password: "another fine passphrase" }).success).toBe(true);
    const withEmail = createUserSchema().safeParse({
      email: "olena.kovalenko@example.org",
      name: "Olena",
      role: "editor",
      password: "olena.kovalenko-2023",
    });
    expect(withEmail.success ? [] : z.flattenError(withEmail.error).fieldErrors.password).toEqual([expect.stringContaining("email")]);
  });
});
