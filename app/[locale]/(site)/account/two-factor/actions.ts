"use server";
// Enrolling and turning off one's own TOTP second factor. confirmTotpAction is allowed while an
// admin still has to enrol (the guard refuses everything else then).
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { confirmEnrolment, turnOffSecondFactor } from "@/lib/auth/second-factor";

// A code too long to be one is simply wrong (and counted as such), not a form error.
const codeSchema = z.object({ code: z.string().max(64).catch("").default("") });
const refusals = { wrong_code: { field: "code" }, throttled: { field: "code" } };

export const confirmTotpAction = defineAction("account.confirmTotp", {
  input: codeSchema,
  refusals,
  body: async ({ actor, input, origin }) => {
    const result = await confirmEnrolment(actor, input.code, await origin());
    return result.ok ? { ok: true, code: "enabled", recoveryCodes: result.recoveryCodes } : result;
  },
});

export const turnOffTotpAction = defineAction("account.turnOffTotp", {
  input: codeSchema,
  refusals,
  revalidate: ["/account/two-factor"],
  body: async ({ user, input, origin }) => {
    const result = await turnOffSecondFactor(user, input.code, await origin());
    if (result.ok) return { ok: true, code: "turned_off" };
    if (result.code === "throttled") return { ...result, params: { seconds: result.retryAfterSeconds } };
    return result;
  },
});
