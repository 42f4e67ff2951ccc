import "server-only";
// The editor's workflow step of a draft (submit, withdraw, revise): the same declaration for
// figures and timeline events, which differ only in their data-layer transition and their pages.
import type { Actor } from "@/lib/data/audit";
import type { Role } from "@/lib/domain/enums";
import { editorWorkflowSchema } from "@/lib/domain/status-change";
import type { PublicationAction } from "@/lib/domain/status";
import { defineAction, refusedOn, type ExistingRecordSpec, type Refused, type ServerAction } from "./define-action";
import type { MutationName } from "@/lib/auth/mutations";

export interface EditorStepSpec<F extends Refused> extends ExistingRecordSpec<F> {
  /** The data layer's version-checked transition (lib/data/workflow.ts). */
  transition: (
    actor: Actor & { role: Role },
    id: number,
    action: PublicationAction,
    version: number,
    reason: string | null,
    origin: string | null,
  ) => Promise<{ ok: true } | F>;
  /** The editor's page of the record, without its id ("/editor/figures"): the form goes back to it. */
  editPage: string;
}

export function defineEditorStepAction<F extends Refused>(name: MutationName, spec: EditorStepSpec<F>): ServerAction {
  return defineAction(name, {
    ref: "existing",
    input: editorWorkflowSchema,
    revalidate: spec.revalidate,
    body: async ({ actor, input, ref, origin }) => {
      const result = await spec.transition(actor, ref.id, input.action, ref.version, null, await origin());
      if (!result.ok) return refusedOn(spec, result, ref.version);
      return { ok: true, revalidate: spec.pages?.(ref.id), redirectTo: `${spec.editPage}/${ref.id}?done=${input.action}` };
    },
  });
}
