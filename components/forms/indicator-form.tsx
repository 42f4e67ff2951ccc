"use client";
import { useTranslations } from "next-intl";
import { BREAKDOWN_DIMENSIONS, DOMAINS, MEASURE_KINDS } from "@/lib/domain/enums";
import { indicatorInputSchema } from "@/lib/domain/indicator-schema";
import { ErrorSlot, FieldShell } from "./field";
import { type EntityFormProps, FormShell, InputRow, SelectRow } from "./form-shell";
import { UkTextField } from "./uk-text-field";

export function IndicatorForm({ action, initial }: EntityFormProps) {
  const t = useTranslations("admin.indicatorForm");
  return (
    <FormShell action={action} initial={initial} schema={() => indicatorInputSchema()} words={t}>
      {(form) => {
        // The hook reads the form with Object.fromEntries, which keeps one checkbox value; the schema
        // accepts that, and the server reads all of them.
        const { values, checks, errors, field, messages } = form;
        const checked = new Set((values.allowedBreakdowns ?? "").split(",").filter(Boolean));
        return (
          <>
            <InputRow name="name" label={t("name")} />
            <UkTextField name="nameUk" checks={checks} value={values.nameUk} explain />
            <InputRow name="slug" label={t("slug")} hint={t("slugHint")} />
            <SelectRow name="domain" label={t("domain")} blank={t("choose")} options={DOMAINS} optionLabel={(d) => messages.domain[d]} />
            <InputRow name="unit" label={t("unit")} hint={t("unitHint")} />
            <UkTextField name="unitUk" checks={checks} value={values.unitUk} />
            <SelectRow
              name="measure"
              label={t("measure")}
              hint={t("measureHint")}
              options={MEASURE_KINDS}
              fallback="stock"
              optionLabel={(m) => messages.measureKind[m]}
            />
            <InputRow name="hxlTag" label={t("hxlTag")} hint={t("hxlHint")} />
            <fieldset aria-describedby="f-allowedBreakdowns-error">
              <legend>{t("breakdowns")}</legend>
              {BREAKDOWN_DIMENSIONS.map((d) => (
                <div key={d} className="field field--check">
                  <input type="checkbox" id={`f-breakdown-${d}`} name="allowedBreakdowns" value={d} defaultChecked={checked.has(d)} />
                  <label htmlFor={`f-breakdown-${d}`}>{messages.breakdownDimension[d]}</label>
                </div>
              ))}
              <ErrorSlot id="f-allowedBreakdowns" errors={errors("allowedBreakdowns")} />
            </fieldset>
            <InputRow name="displayOrder" label={t("displayOrder")} inputMode="numeric" defaultValue={values.displayOrder ?? "0"} />
            <FieldShell name="description" label={t("description")} errors={errors("description")}>
              <textarea {...field("description")} rows={3} defaultValue={values.description ?? ""} />
            </FieldShell>
            <UkTextField name="descriptionUk" checks={checks} value={values.descriptionUk} multiline />
            <div className="field field--check">
              <input type="checkbox" {...field("isPublic")} defaultChecked={values.isPublic === "on" || values.isPublic === "true"} />
              <label htmlFor="f-isPublic">{t("isPublic")}</label>
            </div>
          </>
        );
      }}
    </FormShell>
  );
}
