"use client";
import type { ActionState } from "@/lib/domain/action-state";
import { RELIABILITIES, SOURCE_KINDS } from "@/lib/domain/enums";
import { messages } from "@/lib/domain/messages";
import { sourceInputSchema } from "@/lib/domain/source-schema";
import { FieldShell } from "./field";
import { FormShell } from "./form-shell";
import { UkTextField } from "./uk-text-field";

const strings = {
  name: "Name",
  kind: "Kind of source",
  affiliation: "Affiliation or party (optional)",
  affiliationHint: "Whose side or institution it speaks for, e.g. “Russian Federation”, “United Nations”.",
  url: "Website (optional)",
  reliability: "Reliability grade (Admiralty)",
  reliabilityHint: "How far this source has been reliable in the past, not how credible one claim is.",
  gradeReason: "Why this grade, or why it changed",
  gradeReasonHint: "Needed for a new source and whenever the grade changes; shown in the public grade history.",
  notes: "Notes (optional)",
  choose: "— choose —",
  save: "Save source",
  saving: "Saving…",
};

export function SourceForm({
  action,
  initial,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: Record<string, string>;
}) {
  return (
    <FormShell
      action={action}
      initial={initial}
      schema={() => sourceInputSchema()}
      label="Source"
      submit={strings.save}
      submitting={strings.saving}
    >
      {({ values, checks }) => {
        const { errors, field } = checks;
        return (
          <>
            <FieldShell name="name" label={strings.name} errors={errors("name")}>
              <input {...field("name")} defaultValue={values.name ?? ""} />
            </FieldShell>
            <FieldShell name="kind" label={strings.kind} errors={errors("kind")}>
              <select {...field("kind")} defaultValue={values.kind ?? ""}>
                <option value="">{strings.choose}</option>
                {SOURCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {messages.sourceKind[k]}
                  </option>
                ))}
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
                {RELIABILITIES.map((r) => (
                  <option key={r} value={r}>
                    {r} — {messages.reliability[r]}
                  </option>
                ))}
              </select>
            </FieldShell>
            <input type="hidden" name="previousReliability" value={values.previousReliability ?? ""} />
            <FieldShell name="gradeReason" label={strings.gradeReason} hint={strings.gradeReasonHint} errors={errors("gradeReason")}>
              <input {...field("gradeReason", true)} defaultValue={values.gradeReason ?? ""} />
            </FieldShell>
            <FieldShell name="notes" label={strings.notes} errors={errors("notes")}>
              <textarea {...field("notes")} rows={3} defaultValue={values.notes ?? ""} />
            </FieldShell>
            <UkTextField name="notesUk" checks={checks} value={values.notesUk} multiline explain />
          </>
        );
      }}
    </FormShell>
  );
}
