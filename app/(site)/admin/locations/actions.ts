"use server";
// Location administration: create and edit places (P-code rules, confirmed moves), delete an
// unreferenced one, and import an admin-boundary CSV (preview first, then all-or-nothing).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { actorOf, currentOrigin, keptValues, refusedRecordRef } from "@/lib/auth/action-helpers";
import { guardedAction, type ActionState } from "@/lib/auth/guard";
import { applyBoundaryImport, createLocation, deleteLocation, planBoundaryImport, updateLocation, type LocationChangeResult } from "@/lib/data/locations";
import { boundaryImportErrors, locationInputSchema } from "@/lib/domain/location-schema";
import { messages } from "@/lib/domain/messages";
import { idSchema, parseRecordRef, versionSchema } from "@/lib/domain/record-ref";

const strings = {
  invalid: "Some fields need attention. Your input is kept.",
  conflict: "Someone else changed this place since you opened it. Reload the page to see their version.",
  notFound: "This place does not exist.",
  imported: (created: number, updated: number) => `Imported: ${created} place(s) created, ${updated} renamed.`,
  importHasErrors: "The file has problems (listed below); nothing was imported.",
  previewed: "Nothing is imported yet: check the preview, then apply it.",
  noFile: "Choose a CSV file or paste its content.",
  tooLarge: "The file is too large (at most 2 MB).",
};

const FIELDS = ["id", "version", "pcode", "nameEn", "nameUk", "adminLevel", "parentId", "latitude", "longitude"];
const e = messages.errors;

function failure(result: Exclude<LocationChangeResult, { ok: true }>, values?: Record<string, string>): ActionState {
  const field = (name: string, message: string): ActionState => ({ ok: false, status: 422, message: strings.invalid, errors: { [name]: [message] }, values });
  switch (result.code) {
    case "pcode_taken": return field("pcode", e.pcodeTaken);
    case "pcode_not_under_parent": return field("pcode", e.pcodeNotUnderParent(result.parentPcode ?? ""));
    case "level_mismatch": return field("adminLevel", e.levelNotUnderParent);
    case "parent_missing": return field("parentId", e.parentMissing);
    case "parent_is_self": return field("parentId", e.parentIsSelf);
    case "move_needs_confirmation": return field("confirmMove", e.moveNeedsConfirmation(result.figures));
    case "in_use": return { ok: false, status: 409, message: e.locationInUse(result.figures, result.children) };
    case "conflict": return { ok: false, status: 409, message: strings.conflict, values };
    default: return { ok: false, status: 404, message: strings.notFound, values };
  }
}

export const saveLocationAction = guardedAction("locations.save", async (user, _previous: ActionState, formData: FormData) => {
  const values = keptValues(formData, FIELDS);
  const ref = parseRecordRef(formData);
  if (!ref.ok) return refusedRecordRef(ref, values);
  const parsed = locationInputSchema().safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, status: 422, message: strings.invalid, errors: z.flattenError(parsed.error).fieldErrors, values };
  const origin = await currentOrigin();
  const result =
    ref.ref.mode === "update"
      ? await updateLocation(actorOf(user), ref.ref.id, { ...parsed.data, version: ref.ref.version }, origin)
      : await createLocation(actorOf(user), parsed.data, origin);
  if (!result.ok) return failure(result, values);
  revalidatePath("/admin/locations");
  return { ok: true, status: 200, redirectTo: `/admin/locations/${result.location.id}?saved=1` };
});

export const deleteLocationAction = guardedAction("locations.delete", async (user, _previous: ActionState, formData: FormData) => {
  const parsed = z.object({ id: idSchema, version: versionSchema }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, status: 422, message: strings.conflict };
  const result = await deleteLocation(actorOf(user), parsed.data.id, parsed.data.version, await currentOrigin());
  if (!result.ok) return failure(result);
  revalidatePath("/admin/locations");
  redirect("/admin/locations?deleted=1");
});

const MAX_CSV_BYTES = 2_000_000;

export const importLocationsAction = guardedAction("locations.import", async (user, _previous: ActionState, formData: FormData) => {
  const file = formData.get("file");
  const pasted = String(formData.get("csv") ?? "");
  const csv = file instanceof File && file.size > 0 ? await file.text() : pasted;
  if (!csv.trim()) return { ok: false, status: 422, message: strings.noFile, errors: { file: [strings.noFile] } };
  if (csv.length > MAX_CSV_BYTES) return { ok: false, status: 422, message: strings.tooLarge, errors: { file: [strings.tooLarge] } };
  if (formData.get("intent") !== "apply") {
    const found = await planBoundaryImport(csv);
    const plan = { items: found.items, errors: boundaryImportErrors(found.errors, found.problems) };
    return { ok: plan.errors.length === 0, status: plan.errors.length ? 422 : 200, message: plan.errors.length ? strings.importHasErrors : strings.previewed, plan, values: { csv } };
  }
  const result = await applyBoundaryImport(actorOf(user), csv, await currentOrigin());
  if (!result.ok) return { ok: false, status: 422, message: strings.importHasErrors, plan: { items: [], errors: boundaryImportErrors(result.errors, result.problems) }, values: { csv } };
  revalidatePath("/admin/locations");
  return { ok: true, status: 200, message: strings.imported(result.created, result.updated) };
});
