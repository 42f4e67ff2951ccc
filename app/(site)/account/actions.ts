"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { actorOf, currentOrigin } from "@/lib/auth/action-helpers";
import { guardedAction, type ActionState } from "@/lib/auth/guard";
import { ACCOUNT_LIMITS } from "@/lib/domain/throttle-policy";
import { admitAttempt, refundAttempt } from "@/lib/data/sign-in-throttle";
import { changeOwnPassword, endUserSessions } from "@/lib/data/users";
import { messages } from "@/lib/domain/messages";
import { changePasswordSchema } from "@/lib/domain/user-schema";

const strings = {
  invalid: "Some fields need attention.",
  wrongCurrent: "Your password was not changed: the current password is not right.",
  throttled: (seconds: number) =>
    `Too many wrong current passwords. Wait ${seconds < 60 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`}, then try again.`,
  notFound: "Your account is not available any more. Sign in again.",
  changed: (ended: number) =>
    `Your password is changed.${ended ? ` ${ended === 1 ? "One other session has" : `${ended} other sessions have`} ended.` : ""}`,
};

/** Ends every session of the signed-in user, this one included. */
export const signOutEverywhereAction = guardedAction("account.signOutEverywhere", async (user, _previous: ActionState) => {
  const result = await endUserSessions(actorOf(user), user.id, await currentOrigin());
  if (!result.ok) return { ok: false, status: 404 };
  redirect("/signin");
});

/**
 * The signed-in user changes their own password (the current one required). Every other session
 * ends; this one stays. Wrong current passwords are throttled like sign-ins, so a stolen
 * session cannot be used to guess the password.
 */
export const changePasswordAction = guardedAction("account.changePassword", async (user, _previous: ActionState, formData: FormData) => {
  const parsed = changePasswordSchema(user.email).safeParse(Object.fromEntries(formData));
  // Nothing is sent back to keep: every field is a password.
  if (!parsed.success) return { ok: false, status: 422, message: strings.invalid, errors: z.flattenError(parsed.error).fieldErrors };
  const keys = [{ key: `password-change:${user.id}`, limits: ACCOUNT_LIMITS }];
  const admission = await admitAttempt(keys);
  if (!admission.admitted) {
    const message = strings.throttled(Math.ceil(admission.retryAfterMs / 1000));
    return { ok: false, status: 429, code: "throttled", message, errors: { currentPassword: [message] } };
  }
  const result = await changeOwnPassword(actorOf(user), user.sessionId, parsed.data, await currentOrigin());
  if (!result.ok) {
    if (result.code === "not_found") return { ok: false, status: 404, message: strings.notFound };
    const errors = { currentPassword: [messages.errors.currentPasswordWrong] };
    return { ok: false, status: 422, code: "wrong_password", message: strings.wrongCurrent, errors };
  }
  await refundAttempt(keys);
  revalidatePath("/", "layout");
  return { ok: true, status: 200, message: strings.changed(result.endedSessions) };
});
