"use client";
import { useTranslations } from "next-intl";
import { locationInputSchema } from "@/lib/domain/location-schema";
import { ErrorSlot, FieldShell } from "./field";
import { type EntityFormProps, FormShell, InputRow, SelectRow } from "./form-shell";
import { ChoiceOptions } from "@/components/ui/choice-options";

const LEVELS = ["0", "1", "2", "3", "4"] as const;

export interface ParentOption {
  id: number;
  label: string;
}

export function LocationForm({
  action,
  initial,
  parents,
  editing,
}: EntityFormProps & {
  parents: ParentOption[];
  editing: boolean;
}) {
  const t = useTranslations("admin.locationForm");
  return (
    <FormShell action={action} initial={initial} schema={() => locationInputSchema()} words={t}>
      {(form) => (
        <>
          <FieldShell name="parentId" label={t("parent")} errors={form.errors("parentId")}>
            <select {...form.field("parentId")} defaultValue={form.values.parentId ?? ""}>
              <ChoiceOptions empty={t("none")} choices={parents.map((p) => ({ value: p.id, label: p.label }))} />
            </select>
          </FieldShell>
          <InputRow name="pcode" label={t("pcode")} hint={t("pcodeHint")} autoCapitalize="characters" />
          <SelectRow name="adminLevel" label={t("level")} options={LEVELS} optionLabel={(level) => t(`levels.${level}`)} />
          <InputRow name="nameEn" label={t("nameEn")} />
          <InputRow name="nameUk" label={t("nameUk")} lang="uk" />
          <div className="field-row">
            <InputRow name="latitude" label={t("latitude")} inputMode="decimal" />
            <InputRow name="longitude" label={t("longitude")} inputMode="decimal" />
          </div>
          {editing ? (
            <div className={`field field--check${form.errors("confirmMove")?.length ? " field--error" : ""}`}>
              <input type="checkbox" id="f-confirmMove" name="confirmMove" aria-describedby="f-confirmMove-error" />
              <label htmlFor="f-confirmMove">{t("confirmMove")}</label>
              <ErrorSlot id="f-confirmMove" errors={form.errors("confirmMove")} />
            </div>
          ) : null}
        </>
      )}
    </FormShell>
  );
}
