"use server";
// The editor's figure actions: save (create or edit), submit / withdraw / revise, delete a draft.
// Each goes through guardedAction, parses with the same schema as the form, and writes through
// lib/data/figures (change + revision + audit in one transaction, version-checked).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { actorOf, currentOrigin, refusedRecordRef } from "@/lib/auth/action-helpers";
import { guardedAction, type ActionState } from "@/lib/auth/guard";
import type { SessionUser } from "@/lib/data/sessions";
import { createFigure, deleteDraft, transitionFigure, updateFigure, type FigureChangeResult } from "@/lib/data/figures";
import { figureChanges } from "@/lib/data/figure-conflicts";
import { missingChoices } from "@/lib/data/form-options";
import { calendarDateIn } from "@/lib/domain/dates";
import { figureInputSchema } from "@/lib/domain/figure-schema";
import { messages } from "@/lib/domain/messages";
import { idSchema, parseRecordRef, versionSchema } from "@/lib/domain/record-ref";

const strings = {
  invalid: "Some fields need attention. Your input is kept; correct the marked fields and save again.",
  conflict: "Someone else changed this figure since you opened it. Your input is still in the form; what they changed is listed below. Reload the figure to edit their version, then apply your changes again.",
  notFound: "This figure does not exist or is not yours to change.",
  forbidden: "You cannot do this with the figure in its current state.",
  invalidTransition: "This step is not available any more: the figure's status has changed. Reload the page.",
  versionMissing: "This form is out of date. Reload the page and try again.",
};

const FORM_FIELDS = [
  "indicatorId", "locationId", "sourceId", "periodStart", "asOf", "low", "best", "high", "qualifier", "noInformation", "credibility",
  "verification", "sourceUrl", "sourcePublishedAt", "sourcePlaceName", "sex", "ageGroup", "populationGroup", "notes", "version", "id",
];

function keptFormValues(formData: FormData) {
  return Object.fromEntries(FORM_FIELDS.map((f) => [f, String(formData.get(f) ?? "")]));
}

const actor = (user: SessionUser) => ({ ...actorOf(user), role: user.role });

function afterChange(id: number) {
  revalidatePath("/editor");
  revalidatePath("/review");
  revalidatePath(`/figures/${id}`);
}

async function failure(result: Exclude<FigureChangeResult, { ok: true }>, loadedVersion: number, formData?: FormData): Promise<ActionState> {
  const values = formData ? keptFormValues(formData) : undefined;
  if (result.code === "conflict") {
    return { ok: false, status: 409, message: strings.conflict, values, conflict: await figureChanges(result.current, loadedVersion) };
  }
  if (result.code === "not_found") return { ok: false, status: 404, message: strings.notFound, values };
  if (result.code === "invalid_transition") return { ok: false, status: 409, message: strings.invalidTransition, values };
  return { ok: false, status: 403, message: strings.forbidden, values };
}

export const saveFigureAction = guardedAction("figures.save", async (user, _previous: ActionState, formData: FormData) => {
  const values = keptFormValues(formData);
  const ref = parseRecordRef(formData);
  if (!ref.ok) return refusedRecordRef(ref, values);
  const parsed = figureInputSchema(calendarDateIn(new Date())).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, status: 422, message: strings.invalid, errors: z.flattenError(parsed.error).fieldErrors, values };
  const missing = await missingChoices(parsed.data);
  if (missing.length) {
    const errors = Object.fromEntries(missing.map((field) => [field, [messages.errors.invalidChoice]]));
    return { ok: false, status: 422, message: strings.invalid, errors, values };
  }
  const origin = await currentOrigin();
  if (ref.ref.mode === "create") {
    const figure = await createFigure(actor(user), parsed.data, origin);
    afterChange(figure.id);
    return { ok: true, status: 200, redirectTo: `/editor/figures/${figure.id}?saved=1` };
  }
  const { id, version } = ref.ref;
  const result = await updateFigure(actor(user), id, { ...parsed.data, version }, origin);
  if (!result.ok) return failure(result, version, formData);
  afterChange(id);
  return { ok: true, status: 200, redirectTo: `/editor/figures/${id}?saved=1` };
});

const workflowSchema = z.object({
  id: idSchema,
  version: versionSchema,
  action: z.enum(["submit", "withdraw", "revise"]),
});

export const figureWorkflowAction = guardedAction("figures.workflow", async (user, _previous: ActionState, formData: FormData) => {
  const parsed = workflowSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, status: 422, message: strings.versionMissing };
  const { id, version, action } = parsed.data;
  const result = await transitionFigure(actor(user), id, action, version, null, await currentOrigin());
  if (!result.ok) return failure(result, version);
  afterChange(id);
  return { ok: true, status: 200, redirectTo: `/editor/figures/${id}?done=${action}` };
});

export const deleteDraftAction = guardedAction("figures.deleteDraft", async (user, _previous: ActionState, formData: FormData) => {
  const parsed = workflowSchema.pick({ id: true, version: true }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, status: 422, message: strings.versionMissing };
  const result = await deleteDraft(actor(user), parsed.data.id, parsed.data.version, await currentOrigin());
  if (!result.ok) return failure(result, parsed.data.version);
  afterChange(parsed.data.id);
  // Redirect on the server: re-rendering the deleted figure's page would only find nothing.
  redirect("/editor?deleted=1");
});
