"use server";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { ACCOUNT_LIMITS } from "@/lib/domain/throttle-policy";
import { admitAttempt, refundAttempt } from "@/lib/data/sign-in-throttle";
import { changeOwnPassword, endUserSessions } from "@/lib/data/users";
import { changePasswordSchema } from "@/lib/domain/user-schema";
import { redirectIn } from "@/lib/i18n/redirect";
import type { Locale } from "@/lib/i18n/routing";

/** Ends every session of the signed-in user, this one included. */
export const signOutEverywhereAction = defineAction("account.signOutEverywhere", {
  form: false,
  input: z.object({}),
  body: async ({ user, actor, origin }) => {
    const result = await endUserSessions(actor, user.id, await origin());
    if (!result.ok) return result;
    return redirectIn((await getLocale()) as Locale, "/signin");
  },
});

/**
 * The signed-in user changes their own password (the current one required). Every other session
 * ends; this one stays. Wrong current passwords are throttled like sign-ins, so a stolen
 * session cannot be used to guess the password. Nothing is kept: every field is a password.
 */
export const changePasswordAction = defineAction("account.changePassword", {
  input: (user) => changePasswordSchema(user.email),
  refusals: { throttled: { field: "currentPassword" }, wrong_password: { field: "currentPassword" } },
  revalidate: [["/", "layout"]],
  body: async ({ user, actor, input, origin }) => {
    const keys = [{ key: `password-change:${user.id}`, limits: ACCOUNT_LIMITS }];
    const admission = await admitAttempt(keys);
    if (!admission.admitted) return { ok: false, code: "throttled", params: { seconds: Math.ceil(admission.retryAfterMs / 1000) } };
    const result = await changeOwnPassword(actor, user.sessionId, input, await origin());
    if (!result.ok) return result;
    await refundAttempt(keys);
    return { ok: true, code: "changed", params: { ended: result.endedSessions } };
  },
});
