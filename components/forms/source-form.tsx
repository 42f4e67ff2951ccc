"use client";
import { useTranslations } from "next-intl";
import { useDomainMessages } from "@/components/i18n/use-domain-messages";
import type { ActionState } from "@/lib/domain/action-state";
import { RELIABILITIES, SOURCE_KINDS } from "@/lib/domain/enums";
import { sourceInputSchema } from "@/lib/domain/source-schema";
import { FieldShell } from "./field";
import { FormShell, InputRow } from "./form-shell";
import { UkTextField } from "./uk-text-field";

export function SourceForm({
  action,
  initial,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: Record<string, string>;
}) {
  const t = useTranslations("admin.sourceForm");
  const messages = useDomainMessages();
  return (
    <FormShell action={action} initial={initial} schema={() => sourceInputSchema()} words={t}>
      {(form) => (
        <>
          <InputRow form={form} name="name" label={t("name")} />
          <FieldShell name="kind" label={t("kind")} errors={form.errors("kind")}>
            <select {...form.field("kind")} defaultValue={form.values.kind ?? ""}>
              <option value="">{t("choose")}</option>
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {messages.sourceKind[k]}
                </option>
              ))}
            </select>
          </FieldShell>
          <InputRow form={form} name="affiliation" label={t("affiliation")} hint={t("affiliationHint")} />
          <InputRow form={form} name="url" label={t("url")} type="url" />
          <FieldShell name="reliability" label={t("reliability")} hint={t("reliabilityHint")} errors={form.errors("reliability")}>
            <select {...form.field("reliability", true)} defaultValue={form.values.reliability ?? ""}>
              <option value="">{t("choose")}</option>
              {RELIABILITIES.map((r) => (
                <option key={r} value={r}>
                  {t("gradeOption", { grade: r, label: messages.reliability[r] })}
                </option>
              ))}
            </select>
          </FieldShell>
          <input type="hidden" name="previousReliability" value={form.values.previousReliability ?? ""} />
          <InputRow form={form} name="gradeReason" label={t("gradeReason")} hint={t("gradeReasonHint")} />
          <FieldShell name="notes" label={t("notes")} errors={form.errors("notes")}>
            <textarea {...form.field("notes")} rows={3} defaultValue={form.values.notes ?? ""} />
          </FieldShell>
          <UkTextField name="notesUk" checks={form.checks} value={form.values.notesUk} multiline explain />
        </>
      )}
    </FormShell>
  );
}
