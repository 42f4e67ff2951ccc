// Input schemas of the account forms, used by the forms and again by the server actions.
import { z } from "zod";
import { ROLES } from "./enums";
import { optionalTextField, requiredTextField } from "./form-fields";
import { messages, type Messages } from "./messages";
import { passwordProblem } from "./password-policy";

export const EMAIL_MAX_LENGTH = 320;

/** Emails are compared and stored lower-cased (the database insists). */
export function emailField(t: Messages = messages) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z.email({ error: t.errors.emailInvalid }).max(EMAIL_MAX_LENGTH, { error: t.errors.emailInvalid }),
  );
}

function roleField(t: Messages) {
  return z.enum(ROLES, { error: t.errors.roleInvalid });
}

/** A new password, checked on its own so its error shows beside the other fields' errors. */
function newPasswordField(t: Messages) {
  return z
    .string({ error: t.errors.passwordRequired })
    .min(1, { error: t.errors.passwordRequired })
    .superRefine((password, ctx) => {
      const problem = passwordProblem(password);
      if (problem) ctx.addIssue({ code: "custom", message: t.errors.password[problem] });
    });
}

export function createUserSchema(t: Messages = messages) {
  return z
    .object({
      email: emailField(t),
      name: requiredTextField(200, t.errors.nameRequired, t),
      organisation: optionalTextField(200, t),
      role: roleField(t),
      password: newPasswordField(t),
    })
    .superRefine((value, ctx) => {
      // Needs both fields, so it runs once both parsed.
      if (passwordProblem(value.password, { email: value.email }) === "contains_email") {
        ctx.addIssue({ code: "custom", path: ["password"], message: t.errors.password.contains_email });
      }
    });
}
export type CreateUserInput = z.infer<ReturnType<typeof createUserSchema>>;

export function changeRoleSchema(t: Messages = messages) {
  return z.object({ userId: z.coerce.number().int().positive(), role: roleField(t) });
}

export function userIdSchema() {
  return z.object({ userId: z.coerce.number().int().positive() });
}

export function resetPasswordSchema(t: Messages = messages) {
  return z.object({ userId: z.coerce.number().int().positive(), password: newPasswordField(t) });
}

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(EMAIL_MAX_LENGTH),
  password: z.string().max(1024),
  /** The second factor's code (TOTP or recovery code), sent in the sign-in form's second step. */
  code: z.string().max(64).optional(),
});

/** A user changing their own password: the current one, the new one twice (the email only for the policy check). */
export function changePasswordSchema(email: string, t: Messages = messages) {
  return z
    .object({
      currentPassword: z.string({ error: t.errors.currentPasswordRequired }).min(1, { error: t.errors.currentPasswordRequired }).max(1024),
      newPassword: newPasswordField(t),
      confirmPassword: z.string({ error: t.errors.passwordsDiffer }),
    })
    .superRefine((value, ctx) => {
      if (passwordProblem(value.newPassword, { email }) === "contains_email") {
        ctx.addIssue({ code: "custom", path: ["newPassword"], message: t.errors.password.contains_email });
      } else if (value.newPassword === value.currentPassword) {
        ctx.addIssue({ code: "custom", path: ["newPassword"], message: t.errors.passwordUnchanged });
      }
      if (value.confirmPassword !== value.newPassword) {
        ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: t.errors.passwordsDiffer });
      }
    });
}
