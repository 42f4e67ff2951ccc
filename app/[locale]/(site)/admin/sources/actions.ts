"use server";
// Source administration: create and edit (a grade change goes into the public grade history),
// deactivate / reactivate, delete an unreferenced source, merge two sources into one.
import { z } from "zod";
import { defineAction, defineDeleteAction, saveByRef } from "@/lib/actions/define-action";
import { createSource, deleteSource, mergeSources, setSourceActive, updateSource } from "@/lib/data/sources";
import { describeAnswer } from "@/lib/domain/action-messages";
import { idSchema, recordIdField } from "@/lib/domain/record-ref";
import { sourceInputSchema } from "@/lib/domain/source-schema";

const revalidate = ["/admin/sources", "/sources"];
const refusals = { name_taken: { field: "name" }, same_source: { field: "keepId" }, grade_reason_required: { field: "gradeReason" } };

export const saveSourceAction = defineAction("sources.save", {
  ref: "create-or-update",
  input: () => sourceInputSchema(),
  keep: ["id", "version", "name", "kind", "affiliation", "url", "reliability", "notes", "notesUk", "gradeReason", "previousReliability"],
  refusals,
  revalidate,
  body: async (ctx) => {
    const result = await saveByRef(ctx, createSource, updateSource);
    if (!result.ok) return result;
    const id = result.source.id;
    return { ok: true, code: "saved", revalidate: [`/sources/${id}`], redirectTo: `/admin/sources/${id}?saved=1` };
  },
});

export const setSourceActiveAction = defineAction("sources.setActive", {
  ref: "existing",
  input: z.object({ active: z.enum(["true", "false"]) }),
  revalidate,
  body: async ({ actor, input, ref, origin }) => {
    const active = input.active === "true";
    const result = await setSourceActive(actor, ref.id, ref.version, active, await origin());
    if (!result.ok) return result;
    return { ok: true, code: active ? "reactivated" : "deactivated", revalidate: [`/sources/${ref.id}`] };
  },
});

export const deleteSourceAction = defineDeleteAction("sources.delete", {
  revalidate,
  remove: deleteSource,
  redirect: "/admin/sources?deleted=1",
});

const sameSource = describeAnswer({ ok: false, action: "sources.merge", code: "same_source", field: "keepId" }).errors.keepId?.[0];

export const mergeSourcesAction = defineAction("sources.merge", {
  input: z.object({ id: idSchema, keepId: recordIdField(sameSource) }),
  refusals,
  revalidate,
  body: async ({ actor, input, origin }) => {
    const result = await mergeSources(actor, input.keepId, input.id, await origin());
    if (!result.ok) return result;
    return { ok: true, revalidate: [`/sources/${input.keepId}`], redirect: `/admin/sources/${input.keepId}?merged=1` };
  },
});
