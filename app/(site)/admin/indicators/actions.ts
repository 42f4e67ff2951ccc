"use server";
// Indicator administration: create and edit (including hiding from the public dashboard).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actorOf, currentOrigin, refusedRecordRef } from "@/lib/auth/action-helpers";
import { guardedAction, type ActionState } from "@/lib/auth/guard";
import { createIndicator, updateIndicator, type IndicatorChangeResult } from "@/lib/data/indicators";
import { indicatorFormObject, indicatorInputSchema } from "@/lib/domain/indicator-schema";
import { messages } from "@/lib/domain/messages";
import { parseRecordRef } from "@/lib/domain/record-ref";

const strings = {
  invalid: "Some fields need attention. Your input is kept.",
  conflict: "Someone else changed this indicator since you opened it. Reload the page to see their version.",
  notFound: "This indicator does not exist.",
};

function keptIndicatorValues(formData: FormData): Record<string, string> {
  const text = ["id", "version", "slug", "domain", "name", "description", "unit", "hxlTag", "displayOrder", "isPublic"];
  return { ...Object.fromEntries(text.map((n) => [n, String(formData.get(n) ?? "")])), allowedBreakdowns: formData.getAll("allowedBreakdowns").join(",") };
}

function failure(result: Exclude<IndicatorChangeResult, { ok: true }>, values: Record<string, string>): ActionState {
  switch (result.code) {
    case "slug_taken":
      return { ok: false, status: 422, message: strings.invalid, errors: { slug: [messages.errors.slugTaken] }, values };
    case "breakdown_in_use":
      return { ok: false, status: 422, message: strings.invalid, errors: { allowedBreakdowns: [messages.errors.breakdownInUse(result.dimensions.map((d) => messages.breakdownDimension[d]).join(", "))] }, values };
    case "conflict":
      return { ok: false, status: 409, message: strings.conflict, values };
    default:
      return { ok: false, status: 404, message: strings.notFound, values };
  }
}

export const saveIndicatorAction = guardedAction("indicators.save", async (user, _previous: ActionState, formData: FormData) => {
  const values = keptIndicatorValues(formData);
  const ref = parseRecordRef(formData);
  if (!ref.ok) return refusedRecordRef(ref, values);
  const parsed = indicatorInputSchema().safeParse(indicatorFormObject(formData));
  if (!parsed.success) return { ok: false, status: 422, message: strings.invalid, errors: z.flattenError(parsed.error).fieldErrors, values };
  const origin = await currentOrigin();
  const result =
    ref.ref.mode === "update"
      ? await updateIndicator(actorOf(user), ref.ref.id, { ...parsed.data, version: ref.ref.version }, origin)
      : await createIndicator(actorOf(user), parsed.data, origin);
  if (!result.ok) return failure(result, values);
  revalidatePath("/admin/indicators");
  revalidatePath("/", "layout");
  return { ok: true, status: 200, redirectTo: `/admin/indicators/${result.indicator.id}?saved=1` };
});
