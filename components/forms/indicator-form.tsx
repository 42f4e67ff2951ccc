"use client";
import type { ActionState } from "@/lib/domain/action-state";
import { BREAKDOWN_DIMENSIONS, DOMAINS, MEASURE_KINDS } from "@/lib/domain/enums";
import { indicatorInputSchema } from "@/lib/domain/indicator-schema";
import { messages } from "@/lib/domain/messages";
import { ErrorSlot, FieldShell } from "./field";
import { FormShell } from "./form-shell";
import { UkTextField } from "./uk-text-field";

const strings = {
  slug: "Slug (in addresses)",
  slugHint: "Lower-case letters, digits and hyphens, e.g. civilians-killed.",
  domain: "Domain",
  name: "Name",
  description: "Description (optional)",
  unit: "Unit",
  unitHint: "What is counted: people, buildings, convoys…",
  measure: "What the number measures",
  measureHint: "Charts draw stocks and running totals as lines, and counts during a period as marks spanning their period.",
  hxlTag: "HXL hashtag",
  hxlHint: "For exports, e.g. #affected+idps or #affected+killed.",
  breakdowns: "Breakdowns figures may give",
  displayOrder: "Order on the dashboard",
  isPublic:
    "Shown on the public dashboard (a new indicator starts hidden: tick this once it has figures; untick to hide it, its figures stay)",
  choose: "— choose —",
  save: "Save indicator",
  saving: "Saving…",
};

export function IndicatorForm({
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
      schema={() => indicatorInputSchema()}
      label="Indicator"
      submit={strings.save}
      submitting={strings.saving}
    >
      {({ values, checks }) => {
        // The hook reads the form with Object.fromEntries, which keeps one checkbox value; the schema
        // accepts that, and the server reads all of them.
        const { errors, field } = checks;
        const checked = new Set((values.allowedBreakdowns ?? "").split(",").filter(Boolean));
        return (
          <>
            <FieldShell name="name" label={strings.name} errors={errors("name")}>
              <input {...field("name")} defaultValue={values.name ?? ""} />
            </FieldShell>
            <UkTextField name="nameUk" checks={checks} value={values.nameUk} explain />
            <FieldShell name="slug" label={strings.slug} hint={strings.slugHint} errors={errors("slug")}>
              <input {...field("slug", true)} defaultValue={values.slug ?? ""} />
            </FieldShell>
            <FieldShell name="domain" label={strings.domain} errors={errors("domain")}>
              <select {...field("domain")} defaultValue={values.domain ?? ""}>
                <option value="">{strings.choose}</option>
                {DOMAINS.map((d) => (
                  <option key={d} value={d}>
                    {messages.domain[d]}
                  </option>
                ))}
              </select>
            </FieldShell>
            <FieldShell name="unit" label={strings.unit} hint={strings.unitHint} errors={errors("unit")}>
              <input {...field("unit", true)} defaultValue={values.unit ?? ""} />
            </FieldShell>
            <UkTextField name="unitUk" checks={checks} value={values.unitUk} />
            <FieldShell name="measure" label={strings.measure} hint={strings.measureHint} errors={errors("measure")}>
              <select {...field("measure")} defaultValue={values.measure || "stock"}>
                {MEASURE_KINDS.map((m) => (
                  <option key={m} value={m}>
                    {messages.measureKind[m]}
                  </option>
                ))}
              </select>
            </FieldShell>
            <FieldShell name="hxlTag" label={strings.hxlTag} hint={strings.hxlHint} errors={errors("hxlTag")}>
              <input {...field("hxlTag", true)} defaultValue={values.hxlTag ?? ""} />
            </FieldShell>
            <fieldset aria-describedby="f-allowedBreakdowns-error">
              <legend>{strings.breakdowns}</legend>
              {BREAKDOWN_DIMENSIONS.map((d) => (
                <div key={d} className="field field--check">
                  <input type="checkbox" id={`f-breakdown-${d}`} name="allowedBreakdowns" value={d} defaultChecked={checked.has(d)} />
                  <label htmlFor={`f-breakdown-${d}`}>{messages.breakdownDimension[d]}</label>
                </div>
              ))}
              <ErrorSlot id="f-allowedBreakdowns" errors={errors("allowedBreakdowns")} />
            </fieldset>
            <FieldShell name="displayOrder" label={strings.displayOrder} errors={errors("displayOrder")}>
              <input {...field("displayOrder")} inputMode="numeric" defaultValue={values.displayOrder ?? "0"} />
            </FieldShell>
            <FieldShell name="description" label={strings.description} errors={errors("description")}>
              <textarea {...field("description")} rows={3} defaultValue={values.description ?? ""} />
            </FieldShell>
            <UkTextField name="descriptionUk" checks={checks} value={values.descriptionUk} multiline />
            <div className="field field--check">
              <input type="checkbox" {...field("isPublic")} defaultChecked={values.isPublic === "on" || values.isPublic === "true"} />
              <label htmlFor="f-isPublic">{strings.isPublic}</label>
            </div>
          </>
        );
      }}
    </FormShell>
  );
}
