"use server";
// The reviewer's actions on a figure: publish, reject (with a reason), send back to the editor
// with a comment, retract a published figure (with a public reason).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actorOf, currentOrigin } from "@/lib/auth/action-helpers";
import { guardedAction, type ActionState } from "@/lib/auth/guard";
import { transitionFigure } from "@/lib/data/figures";
import { statusChangeSchema } from "@/lib/domain/status";

const strings = {
  invalid: "Some fields need attention.",
  conflict: "Someone changed this figure meanwhile. Reload the page to see its current state.",
  notFound: "This figure does not exist any more.",
  forbidden: "You cannot do this: nobody publishes a figure they entered themselves (four-eyes rule), and only reviewers publish, reject and retract.",
  invalidTransition: "This step is not available: the figure's status has changed. Reload the page.",
  done: { publish: "Published.", reject: "Rejected; the editor sees your reason.", return: "Sent back to the editor with your comment.", retract: "Retracted; the reason is shown on the figure's public page." },
};

const reviewActions = ["publish", "reject", "return", "retract"] as const;

export const reviewFigureAction = guardedAction("figures.review", async (user, _previous: ActionState, formData: FormData) => {
  const id = z.coerce.number().int().positive().safeParse(formData.get("id"));
  const parsed = statusChangeSchema().safeParse(Object.fromEntries(formData));
  if (!id.success || !parsed.success) {
    return { ok: false, status: 422, message: strings.invalid, errors: parsed.success ? {} : z.flattenError(parsed.error).fieldErrors, values: { reason: String(formData.get("reason") ?? "") } };
  }
  const action = parsed.data.action;
  if (!(reviewActions as readonly string[]).includes(action)) return { ok: false, status: 403, message: strings.forbidden };
  const result = await transitionFigure({ ...actorOf(user), role: user.role }, id.data, action, parsed.data.version, parsed.data.reason ?? null, await currentOrigin());
  if (!result.ok) {
    const status = result.code === "conflict" || result.code === "invalid_transition" ? 409 : result.code === "not_found" ? 404 : 403;
    const message = result.code === "conflict" ? strings.conflict : result.code === "not_found" ? strings.notFound : result.code === "invalid_transition" ? strings.invalidTransition : strings.forbidden;
    return { ok: false, status, message, values: { reason: String(formData.get("reason") ?? "") } };
  }
  revalidatePath("/review");
  revalidatePath("/editor");
  revalidatePath(`/figures/${id.data}`);
  revalidatePath("/", "layout");
  return { ok: true, status: 200, message: strings.done[action as (typeof reviewActions)[number]] };
});
