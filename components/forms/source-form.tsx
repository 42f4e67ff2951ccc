"use client";
import { useTranslations } from "next-intl";
import { RELIABILITIES, SOURCE_KINDS } from "@/lib/domain/enums";
import { sourceInputSchema } from "@/lib/domain/source-schema";
import { FieldShell } from "./field";
import { type EntityFormProps, FormShell, InputRow, SelectRow } from "./form-shell";
import { UkTextField } from "./uk-text-field";

export function SourceForm({ action, initial }: EntityFormProps) {
  const t = useTranslations("admin.sourceForm");
  return (
    <FormShell action={action} initial={initial} schema={() => sourceInputSchema()} words={t}>
      {(form) => (
        <>
          <InputRow name="name" label={t("name")} />
          <SelectRow
            name="kind"
            label={t("kind")}
            blank={t("choose")}
            options={SOURCE_KINDS}
            optionLabel={(k) => form.messages.sourceKind[k]}
          />
          <InputRow name="affiliation" label={t("affiliation")} hint={t("affiliationHint")} />
          <InputRow name="url" label={t("url")} type="url" />
          <SelectRow
            name="reliability"
            label={t("reliability")}
            hint={t("reliabilityHint")}
            blank={t("choose")}
            options={RELIABILITIES}
            optionLabel={(r) => t("gradeOption", { grade: r, label: form.messages.reliability[r] })}
          />
          <input type="hidden" name="previousReliability" value={form.values.previousReliability ?? ""} />
          <InputRow name="gradeReason" label={t("gradeReason")} hint={t("gradeReasonHint")} />
          <FieldShell name="notes" label={t("notes")} errors={form.errors("notes")}>
            <textarea {...form.field("notes")} rows={3} defaultValue={form.values.notes ?? ""} />
          </FieldShell>
          <UkTextField name="notesUk" checks={form.checks} value={form.values.notesUk} multiline explain />
        </>
      )}
    </FormShell>
  );
}
