"use client";
import { useTranslations } from "next-intl";
import { useDomainMessages } from "@/components/i18n/use-domain-messages";
import type { ActionState } from "@/lib/domain/action-state";
import { RELIABILITIES, SOURCE_KINDS } from "@/lib/domain/enums";
import { sourceInputSchema } from "@/lib/domain/source-schema";
import { FieldShell } from "./field";
import { FormShell } from "./form-shell";
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
    <FormShell
      action={action}
      initial={initial}
      schema={() => sourceInputSchema()}
      label={t("label")}
      submit={t("save")}
      submitting={t("saving")}
    >
      {({ values, checks }) => {
        const { errors, field } = checks;
        return (
          <>
            <FieldShell name="name" label={t("name")} errors={errors("name")}>
              <input {...field("name")} defaultValue={values.name ?? ""} />
            </FieldShell>
            <FieldShell name="kind" label={t("kind")} errors={errors("kind")}>
              <select {...field("kind")} defaultValue={values.kind ?? ""}>
                <option value="">{t("choose")}</option>
                {SOURCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {messages.sourceKind[k]}
                  </option>
                ))}
              </select>
            </FieldShell>
            <FieldShell name="affiliation" label={t("affiliation")} hint={t("affiliationHint")} errors={errors("affiliation")}>
              <input {...field("affiliation", true)} defaultValue={values.affiliation ?? ""} />
            </FieldShell>
            <FieldShell name="url" label={t("url")} errors={errors("url")}>
              <input type="url" {...field("url")} defaultValue={values.url ?? ""} />
            </FieldShell>
            <FieldShell name="reliability" label={t("reliability")} hint={t("reliabilityHint")} errors={errors("reliability")}>
              <select {...field("reliability", true)} defaultValue={values.reliability ?? ""}>
                <option value="">{t("choose")}</option>
                {RELIABILITIES.map((r) => (
                  <option key={r} value={r}>
                    {t("gradeOption", { grade: r, label: messages.reliability[r] })}
                  </option>
                ))}
              </select>
            </FieldShell>
            <input type="hidden" name="previousReliability" value={values.previousReliability ?? ""} />
            <FieldShell name="gradeReason" label={t("gradeReason")} hint={t("gradeReasonHint")} errors={errors("gradeReason")}>
              <input {...field("gradeReason", true)} defaultValue={values.gradeReason ?? ""} />
            </FieldShell>
            <FieldShell name="notes" label={t("notes")} errors={errors("notes")}>
              <textarea {...field("notes")} rows={3} defaultValue={values.notes ?? ""} />
            </FieldShell>
            <UkTextField name="notesUk" checks={checks} value={values.notesUk} multiline explain />
          </>
        );
      }}
    </FormShell>
  );
}
