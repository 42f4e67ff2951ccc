"use server";
// Enrolling and turning off one's own TOTP second factor. confirmTotpAction is allowed while an
// admin still has to enrol (the guard refuses everything else then).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actorOf, currentOrigin } from "@/lib/auth/action-helpers";
import { guardedAction, type ActionState } from "@/lib/auth/guard";
import { confirmEnrolment, turnOffSecondFactor } from "@/lib/auth/second-factor";

const strings = {
  wrongCode: "This code is not right. Check that the app shows Crisis Ledger and enter its current code.",
  notPending: "This enrolment is no longer open (it was finished or reset elsewhere). Reload the page.",
  enabled: "Two-factor authentication is on.",
  turnOffWrongCode: "This code is not right or was used already.",
  requiredForAdmin: "Administrators must keep two-factor authentication on.",
  notEnabled: "Two-factor authentication is not on.",
  turnedOff: "Two-factor authentication is off. Your recovery codes no longer work.",
  throttled: (seconds: number) => `Too many wrong codes. Wait ${seconds} seconds, then try again.`,
};

const codeSchema = z.object({ code: z.string().max(64).default("") });

function codeFrom(formData: unknown): string {
  const parsed = codeSchema.safeParse(formData instanceof FormData ? Object.fromEntries(formData) : {});
  return parsed.success ? parsed.data.code : "";
}

export const confirmTotpAction = guardedAction("account.confirmTotp", async (user, _previous: ActionState, formData: FormData) => {
  const result = await confirmEnrolment(actorOf(user), codeFrom(formData), await currentOrigin());
  if (result.ok) return { ok: true, status: 200, message: strings.enabled, recoveryCodes: result.recoveryCodes };
  if (result.code === "wrong_code") return { ok: false, status: 422, code: result.code, message: strings.wrongCode, errors: { code: [strings.wrongCode] } };
  return { ok: false, status: 409, code: result.code, message: strings.notPending };
});

export const turnOffTotpAction = guardedAction("account.turnOffTotp", async (user, _previous: ActionState, formData: FormData) => {
  const result = await turnOffSecondFactor(user, codeFrom(formData), await currentOrigin());
  if (result.ok) {
    revalidatePath("/account/two-factor");
    return { ok: true, status: 200, message: strings.turnedOff };
  }
  if (result.code === "wrong_code") {
    return { ok: false, status: 422, code: result.code, message: strings.turnOffWrongCode, errors: { code: [strings.turnOffWrongCode] } };
  }
  if (result.code === "throttled") {
    const message = strings.throttled(result.retryAfterSeconds);
    return { ok: false, status: 429, code: result.code, retryAfterSeconds: result.retryAfterSeconds, message, errors: { code: [message] } };
  }
  return { ok: false, status: 403, code: result.code, message: result.code === "required_for_admin" ? strings.requiredForAdmin : strings.notEnabled };
});
