"use server";
// Source administration: create and edit (a grade change goes into the public grade history),
// deactivate / reactivate, delete an unreferenced source, merge two sources into one.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { actorOf, currentOrigin, keptValues, refusedRecordRef } from "@/lib/auth/action-helpers";
import { guardedAction, type ActionState } from "@/lib/auth/guard";
import { createSource, deleteSource, mergeSources, setSourceActive, updateSource, type SourceChangeResult } from "@/lib/data/sources";
import { messages } from "@/lib/domain/messages";
import { idSchema, parseRecordRef, recordIdField, versionSchema } from "@/lib/domain/record-ref";
import { sourceInputSchema } from "@/lib/domain/source-schema";

const strings = {
  invalid: "Some fields need attention. Your input is kept.",
  conflict: "Someone else changed this source since you opened it. Reload the page to see their version; your input is still in the form.",
  notFound: "This source does not exist any more.",
  inUse: "Figures or timeline events cite this source, so it cannot be deleted. Deactivate it instead, or merge it into another source.",
  sameSource: "Choose another source to merge into.",
  saved: "Saved.",
  deactivated: "Deactivated: new figures cannot cite it; existing ones keep it.",
  reactivated: "Reactivated.",
};

const FIELDS = ["id", "version", "name", "kind", "affiliation", "url", "reliability", "notes", "gradeReason"];
const idVersion = z.object({ id: idSchema, version: versionSchema });

function failure(result: Exclude<SourceChangeResult, { ok: true }>, values?: Record<string, string>): ActionState {
  switch (result.code) {
    case "name_taken":
      return { ok: false, status: 422, message: strings.invalid, errors: { name: [messages.errors.sourceNameTaken] }, values };
    case "conflict":
      return { ok: false, status: 409, message: strings.conflict, values };
    case "in_use":
      return { ok: false, status: 409, message: strings.inUse };
    case "same_source":
      return { ok: false, status: 422, message: strings.sameSource, errors: { keepId: [strings.sameSource] } };
    default:
      return { ok: false, status: 404, message: strings.notFound, values };
  }
}

function afterChange(id?: number) {
  revalidatePath("/admin/sources");
  revalidatePath("/sources");
  if (id) revalidatePath(`/sources/${id}`);
}

export const saveSourceAction = guardedAction("sources.save", async (user, _previous: ActionState, formData: FormData) => {
  const values = keptValues(formData, FIELDS);
  const ref = parseRecordRef(formData);
  if (!ref.ok) return refusedRecordRef(ref, values);
  const parsed = sourceInputSchema().safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, status: 422, message: strings.invalid, errors: z.flattenError(parsed.error).fieldErrors, values };
  const origin = await currentOrigin();
  const result =
    ref.ref.mode === "update"
      ? await updateSource(actorOf(user), ref.ref.id, { ...parsed.data, version: ref.ref.version }, origin)
      : await createSource(actorOf(user), parsed.data, origin);
  if (!result.ok) return failure(result as Exclude<SourceChangeResult, { ok: true }>, values);
  afterChange(result.source.id);
  return { ok: true, status: 200, message: strings.saved, redirectTo: `/admin/sources/${result.source.id}?saved=1` };
});

export const setSourceActiveAction = guardedAction("sources.setActive", async (user, _previous: ActionState, formData: FormData) => {
  const parsed = idVersion.extend({ active: z.enum(["true", "false"]) }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, status: 422, message: strings.conflict };
  const active = parsed.data.active === "true";
  const result = await setSourceActive(actorOf(user), parsed.data.id, parsed.data.version, active, await currentOrigin());
  if (!result.ok) return failure(result);
  afterChange(parsed.data.id);
  return { ok: true, status: 200, message: active ? strings.reactivated : strings.deactivated };
});

export const deleteSourceAction = guardedAction("sources.delete", async (user, _previous: ActionState, formData: FormData) => {
  const parsed = idVersion.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, status: 422, message: strings.conflict };
  const result = await deleteSource(actorOf(user), parsed.data.id, parsed.data.version, await currentOrigin());
  if (!result.ok) return failure(result);
  afterChange();
  // Redirect on the server: re-rendering the deleted source's page would only find nothing.
  redirect("/admin/sources?deleted=1");
});

export const mergeSourcesAction = guardedAction("sources.merge", async (user, _previous: ActionState, formData: FormData) => {
  const parsed = z.object({ id: idSchema, keepId: recordIdField(strings.sameSource) }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, status: 422, message: strings.sameSource, errors: { keepId: [strings.sameSource] } };
  const result = await mergeSources(actorOf(user), parsed.data.keepId, parsed.data.id, await currentOrigin());
  if (!result.ok) return failure(result);
  afterChange(parsed.data.keepId);
  redirect(`/admin/sources/${parsed.data.keepId}?merged=1`);
});
