"use server";
// The editor's figure actions: save (create or edit), submit / withdraw / revise, delete a draft.
// Each parses with the same schema as the form and writes through lib/data/figures (change +
// revision + audit in one transaction, version-checked).
import { defineEditorStepAction } from "@/lib/actions/editor-step";
import { alwaysCreates, defineAction, defineDeleteAction, saveByRef, type Refused } from "@/lib/actions/define-action";
import { createFigure, deleteDraft, transitionFigure, updateFigure } from "@/lib/data/figures";
import { figureChanges } from "@/lib/data/figure-conflicts";
import { missingChoices } from "@/lib/data/form-options";
import { calendarDateIn } from "@/lib/domain/dates";
import { FIGURE_FIELDS, figureInputSchema } from "@/lib/domain/figure-schema";

const FORM_FIELDS = [...FIGURE_FIELDS, "version", "id"];

const revalidate = ["/editor", "/review"];

/** A conflict answers with what changed since the version the editor read. */
async function withChanges(refused: Exclude<Awaited<ReturnType<typeof updateFigure>>, { ok: true }>, version: number): Promise<Refused> {
  return refused.code === "conflict" ? { ...refused, conflict: await figureChanges(refused.current, version) } : refused;
}

export const saveFigureAction = defineAction("figures.save", {
  ref: "create-or-update",
  input: (_user, messages) => figureInputSchema(calendarDateIn(new Date()), messages),
  keep: FORM_FIELDS,
  missingChoices: (input) => missingChoices(input),
  revalidate,
  body: async (ctx) => {
    const result = await saveByRef(ctx, alwaysCreates(createFigure), updateFigure);
    // Only an update can be refused.
    if (!result.ok) return ctx.ref.mode === "update" ? withChanges(result, ctx.ref.version) : result;
    const id = result.record.id;
    return { ok: true, revalidate: [`/figures/${id}`], redirectTo: `/editor/figures/${id}?saved=1` };
  },
});

/** A step or a delete on an existing figure: a conflict shows what changed, the public page is revalidated. */
const onFigure = { revalidate, refused: withChanges, pages: (id: number) => [`/figures/${id}`] };

export const figureWorkflowAction = defineEditorStepAction("figures.workflow", {
  ...onFigure,
  transition: transitionFigure,
  editPage: "/editor/figures",
});

export const deleteDraftAction = defineDeleteAction("figures.deleteDraft", {
  ...onFigure,
  remove: deleteDraft,
  redirect: "/editor?deleted=1",
});
