"use server";
// The editor's figure actions: save (create or edit), submit / withdraw / revise, delete a draft.
// Each parses with the same schema as the form and writes through lib/data/figures (change +
// revision + audit in one transaction, version-checked).
import { z } from "zod";
import { defineAction, refuseMissingChoices } from "@/lib/actions/define-action";
import { createFigure, deleteDraft, transitionFigure, updateFigure } from "@/lib/data/figures";
import { figureChanges } from "@/lib/data/figure-conflicts";
import { missingChoices } from "@/lib/data/form-options";
import { calendarDateIn } from "@/lib/domain/dates";
import { FIGURE_FIELDS, figureInputSchema } from "@/lib/domain/figure-schema";
import { editorWorkflowSchema } from "@/lib/domain/status-change";

const FORM_FIELDS = [...FIGURE_FIELDS, "version", "id"];

const revalidate = ["/editor", "/review"];

export const saveFigureAction = defineAction("figures.save", {
  ref: "create-or-update",
  input: (_user, messages) => figureInputSchema(calendarDateIn(new Date()), messages),
  keep: FORM_FIELDS,
  revalidate,
  body: async ({ actor, input, ref, origin, messages }) => {
    const missing = refuseMissingChoices(await missingChoices(input), messages);
    if (missing) return missing;
    if (ref.mode === "create") {
      const figure = await createFigure(actor, input, await origin());
      return { ok: true, revalidate: [`/figures/${figure.id}`], redirectTo: `/editor/figures/${figure.id}?saved=1` };
    }
    const result = await updateFigure(actor, ref.id, { ...input, version: ref.version }, await origin());
    if (!result.ok) {
      return result.code === "conflict" ? { ...result, conflict: await figureChanges(result.current, ref.version) } : result;
    }
    return { ok: true, revalidate: [`/figures/${ref.id}`], redirectTo: `/editor/figures/${ref.id}?saved=1` };
  },
});

export const figureWorkflowAction = defineAction("figures.workflow", {
  ref: "existing",
  input: editorWorkflowSchema,
  revalidate,
  body: async ({ actor, input, ref, origin }) => {
    const result = await transitionFigure(actor, ref.id, input.action, ref.version, null, await origin());
    if (!result.ok) return result.code === "conflict" ? { ...result, conflict: await figureChanges(result.current, ref.version) } : result;
    return { ok: true, revalidate: [`/figures/${ref.id}`], redirectTo: `/editor/figures/${ref.id}?done=${input.action}` };
  },
});

export const deleteDraftAction = defineAction("figures.deleteDraft", {
  ref: "existing",
  input: z.object({}),
  revalidate,
  body: async ({ actor, ref, origin }) => {
    const result = await deleteDraft(actor, ref.id, ref.version, await origin());
    if (!result.ok) return result.code === "conflict" ? { ...result, conflict: await figureChanges(result.current, ref.version) } : result;
    // Redirect on the server: re-rendering the deleted figure's page would only find nothing.
    return { ok: true, revalidate: [`/figures/${ref.id}`], redirect: "/editor?deleted=1" };
  },
});
