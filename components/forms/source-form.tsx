"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/domain/action-state";
import { RELIABILITIES, SOURCE_KINDS } from "@/lib/domain/enums";
import { messages } from "@/lib/domain/messages";
import { sourceInputSchema } from "@/lib/domain/source-schema";
import { FieldShell } from "./field";
import { useFormChecks } from "./use-form-checks";

const strings = {
  name: "Name",
  kind: "Kind of source",
  affiliation: "Affiliation or party (optional)",
  affiliationHint: "Whose side or institution it speaks for, e.g. “Russian Federation”, “United Nations”.",
  url: "Website (optional)",
  reliability: "Reliability grade (Admiralty)",
  reliabilityHint: "How far this source has been reliable in the past, not how credible one claim is.",
  gradeReason: "Why this grade, or why it changed (optional, shown in the public grade history)",
  notes: "Notes (optional)",
  choose: "— choose —",
  save: "Save source",
  saving: "Saving…",
};

export function SourceForm({ action, initial }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; initial: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const values = { ...initial, ...(state.values ?? {}) };
  const { formRef, key, errors, field } = useFormChecks(state, () => sourceInputSchema());
  return (
    <form ref={formRef} key={key} action={formAction} className="form" noValidate aria-label="Source">
      <input type="hidden" name="id" value={values.id ?? ""} />
      <input type="hidden" name="version" value={values.version ?? ""} />
      {state.message ? <div role="alert" className={`notice ${state.ok ? "notice--ok" : "notice--error"}`}>{state.message}</div> : null}
      <FieldShell name="name" label={strings.name} errors={errors("name")}>
        <input {...field("name")} defaultValue={values.name ?? ""} />
      </FieldShell>
      <FieldShell name="kind" label={strings.kind} errors={errors("kind")}>
        <select {...field("kind")} defaultValue={values.kind ?? ""}>
          <option value="">{strings.choose}</option>
          {SOURCE_KINDS.map((k) => <option key={k} value={k}>{messages.sourceKind[k]}</option>)}
        </select>
      </FieldShell>
      <FieldShell name="affiliation" label={strings.affiliation} hint={strings.affiliationHint} errors={errors("affiliation")}>
        <input {...field("affiliation", true)} defaultValue={values.affiliation ?? ""} />
      </FieldShell>
      <FieldShell name="url" label={strings.url} errors={errors("url")}>
        <input type="url" {...field("url")} defaultValue={values.url ?? ""} />
      </FieldShell>
      <FieldShell name="reliability" label={strings.reliability} hint={strings.reliabilityHint} errors={errors("reliability")}>
        <select {...field("reliability", true)} defaultValue={values.reliability ?? ""}>
          <option value="">{strings.choose}</option>
          {RELIABILITIES.map((r) => <option key={r} value={r}>{r} — {messages.reliability[r]}</option>)}
        </select>
      </FieldShell>
      <FieldShell name="gradeReason" label={strings.gradeReason} errors={errors("gradeReason")}>
        <input {...field("gradeReason")} defaultValue={values.gradeReason ?? ""} />
      </FieldShell>
      <FieldShell name="notes" label={strings.notes} errors={errors("notes")}>
        <textarea {...field("notes")} rows={3} defaultValue={values.notes ?? ""} />
      </FieldShell>
      <button type="submit" className="button button--primary" disabled={pending}>{pending ? strings.saving : strings.save}</button>
    </form>
  );
}
