"use client";
// A Ukrainian text beside its English field (issue 14, data in both languages): optional, marked
// lang="uk" so the browser spell-checks and a screen reader reads it in Ukrainian.
import { useTranslations } from "next-intl";
import { FieldShell } from "./field";
import type { FormChecks } from "./use-form-checks";

export type UkTextName = "nameUk" | "descriptionUk" | "unitUk" | "notesUk";

export function UkTextField({
  name,
  checks,
  value,
  multiline = false,
  explain = false,
}: {
  name: UkTextName;
  checks: Pick<FormChecks, "errors" | "field">;
  value: string | undefined;
  /** A textarea (descriptions, notes) instead of a one-line input. */
  multiline?: boolean;
  /** Say under the field that an empty one shows the English text (once per form is enough). */
  explain?: boolean;
}) {
  const t = useTranslations("admin");
  const props = { ...checks.field(name, explain), lang: "uk", defaultValue: value ?? "" };
  return (
    <FieldShell name={name} label={t(`bilingual.${name}`)} hint={explain ? t("bilingual.ukHint") : undefined} errors={checks.errors(name)}>
      {multiline ? <textarea {...props} rows={3} /> : <input {...props} />}
    </FieldShell>
  );
}
