"use server";
// User administration (admins only, from the registry): each action validates with the shared
// schema and writes through lib/data/users.
import { z } from "zod";
import { defineAction, type Done, type Refused } from "@/lib/actions/define-action";
import { resetSecondFactor } from "@/lib/auth/second-factor";
import { changeRole, createUser, endUserSessions, resetPassword, setUserActive, type UserChangeResult } from "@/lib/data/users";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, userIdSchema } from "@/lib/domain/user-schema";

const common = { refusals: { email_taken: { field: "email" } }, revalidate: ["/admin/users"] };
const answer = (result: UserChangeResult, code: string): Done | Refused => (result.ok ? { ok: true, code } : result);

export const createUserAction = defineAction("users.create", {
  ...common,
  input: () => createUserSchema(),
  keep: ["email", "name", "organisation", "role"],
  body: async ({ actor, input, origin }) => {
    // The admin chose the password: the new user must change it at first sign-in.
    const result = await createUser(actor, input, await origin(), { mustChangePassword: true });
    return result.ok ? { ok: true, code: "created", params: { email: input.email } } : result;
  },
});

export const changeRoleAction = defineAction("users.changeRole", {
  ...common,
  input: () => changeRoleSchema(),
  body: async ({ actor, input, origin }) => answer(await changeRole(actor, input.userId, input.role, await origin()), "role_changed"),
});

export const setActiveAction = defineAction("users.setActive", {
  ...common,
  input: () => userIdSchema().extend({ active: z.enum(["true", "false"]) }),
  body: async ({ actor, input, origin }) => {
    const active = input.active === "true";
    return answer(await setUserActive(actor, input.userId, active, await origin()), active ? "enabled" : "disabled");
  },
});

export const resetPasswordAction = defineAction("users.resetPassword", {
  ...common,
  input: () => resetPasswordSchema(),
  body: async ({ actor, input, origin }) =>
    answer(await resetPassword(actor, input.userId, input.password, await origin()), "password_reset"),
});

export const endSessionsAction = defineAction("users.endSessions", {
  ...common,
  input: () => userIdSchema(),
  body: async ({ actor, input, origin }) => answer(await endUserSessions(actor, input.userId, await origin()), "sessions_ended"),
});

export const resetSecondFactorAction = defineAction("users.resetSecondFactor", {
  ...common,
  input: () => userIdSchema(),
  body: async ({ actor, input, origin }) => {
    const result = await resetSecondFactor(actor, input.userId, await origin());
    return result.ok ? { ok: true, code: "second_factor_reset" } : { ok: false, code: "not_found" };
  },
});
