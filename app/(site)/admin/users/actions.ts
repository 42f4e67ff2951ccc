"use server";
// User administration. Every action goes through guardedAction (session + admin role, read
// from the database), validates with the shared schema, and writes through lib/data/users.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actorOf, currentOrigin, keptValues } from "@/lib/auth/action-helpers";
import { guardedAction, type ActionState } from "@/lib/auth/guard";
import { resetSecondFactor } from "@/lib/auth/second-factor";
import { changeRole, createUser, endUserSessions, resetPassword, setUserActive, type UserChangeResult } from "@/lib/data/users";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, userIdSchema } from "@/lib/domain/user-schema";

const strings = {
  invalid: "Some fields need attention.",
  created: (email: string) =>
    `Account created for ${email}. Give them the password through a safe channel; they sign in with it and then choose their own.`,
  emailTaken: "An account with this email exists already.",
  notFound: "This account does not exist any more. Reload the page.",
  lastAdmin: "This is the last active administrator: make someone else an administrator first.",
  roleChanged: "Role changed. The user's sessions have ended; they sign in again with the new role.",
  enabled: "Account enabled. The user can sign in again.",
  disabled: "Account disabled. Its sessions have ended.",
  passwordReset: "Password reset. The user's sessions have ended; at their next sign-in they choose a new password.",
  sessionsEnded: "All of the user's sessions have ended.",
  secondFactorReset: "Two-factor authentication reset: the user's sessions have ended; they set it up again at their next sign-in (admins must).",
};

function failure(result: Exclude<UserChangeResult, { ok: true }>): ActionState {
  if (result.code === "not_found") return { ok: false, status: 404, message: strings.notFound };
  if (result.code === "last_admin") return { ok: false, status: 422, message: strings.lastAdmin };
  return { ok: false, status: 422, message: strings.emailTaken, errors: { email: [strings.emailTaken] } };
}

function invalid(error: z.ZodError, values: Record<string, string> = {}): ActionState {
  return { ok: false, status: 422, message: strings.invalid, errors: z.flattenError(error).fieldErrors, values };
}

async function done(result: UserChangeResult, message: string): Promise<ActionState> {
  if (!result.ok) return failure(result);
  revalidatePath("/admin/users");
  return { ok: true, status: 200, message };
}

export const createUserAction = guardedAction("users.create", async (user, _previous: ActionState, formData: FormData) => {
  const values = keptValues(formData, ["email", "name", "organisation", "role"]);
  const parsed = createUserSchema().safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, values);
  // The admin chose the password: the new user must change it at first sign-in.
  const result = await createUser(actorOf(user), parsed.data, await currentOrigin(), { mustChangePassword: true });
  if (!result.ok) return { ...failure(result), values };
  return done(result, strings.created(parsed.data.email));
});

export const changeRoleAction = guardedAction("users.changeRole", async (user, _previous: ActionState, formData: FormData) => {
  const parsed = changeRoleSchema().safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  return done(await changeRole(actorOf(user), parsed.data.userId, parsed.data.role, await currentOrigin()), strings.roleChanged);
});

export const setActiveAction = guardedAction("users.setActive", async (user, _previous: ActionState, formData: FormData) => {
  const parsed = userIdSchema().extend({ active: z.enum(["true", "false"]) }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const active = parsed.data.active === "true";
  return done(await setUserActive(actorOf(user), parsed.data.userId, active, await currentOrigin()), active ? strings.enabled : strings.disabled);
});

export const resetPasswordAction = guardedAction("users.resetPassword", async (user, _previous: ActionState, formData: FormData) => {
  const parsed = resetPasswordSchema().safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  return done(await resetPassword(actorOf(user), parsed.data.userId, parsed.data.password, await currentOrigin()), strings.passwordReset);
});

export const endSessionsAction = guardedAction("users.endSessions", async (user, _previous: ActionState, formData: FormData) => {
  const parsed = userIdSchema().safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  return done(await endUserSessions(actorOf(user), parsed.data.userId, await currentOrigin()), strings.sessionsEnded);
});

export const resetSecondFactorAction = guardedAction("users.resetSecondFactor", async (user, _previous: ActionState, formData: FormData) => {
  const parsed = userIdSchema().safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await resetSecondFactor(actorOf(user), parsed.data.userId, await currentOrigin());
  return done(result.ok ? { ok: true, userId: parsed.data.userId } : { ok: false, code: "not_found" }, strings.secondFactorReset);
});
