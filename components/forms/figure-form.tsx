"use client";
// The figure form. It validates with the same schema as the server action (on blur, for the
// fields already visited), shows each error beside its field and announces it, and keeps the
// user's input through errors and conflicts.
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionState } from "@/lib/domain/action-state";
import {
  AGE_GROUPS,
  DOMAINS,
  POPULATION_GROUPS,
  QUALIFIERS,
  SEXES,
  type BreakdownDimension,
  type Domain,
  type Reliability,
} from "@/lib/domain/enums";
import { figureInputSchema } from "@/lib/domain/figure-schema";
import { useDomainMessages } from "@/components/i18n/use-domain-messages";
import { Link } from "@/lib/i18n/navigation";
import { ErrorSlot, FieldShell } from "./field";
import { ClaimFormShell, GradingFields, PlacePicker, SourceSelect, type PlaceOption } from "./claim-fields";
import { type EntityFormProps, type FormValues, InputRow, SelectRow } from "./form-shell";
import type { FormChecks } from "./use-form-checks";

export interface FigureFormOptionsProp {
  indicators: Array<{ id: number; name: string; domain: Domain; unit: string; allowedBreakdowns: BreakdownDimension[] }>;
  places: PlaceOption[];
  sources: Array<{ id: number; name: string; reliability: Reliability }>;
}

const NUMBER_FIELDS = ["low", "best", "high"] as const;

/** The label of each field, for the list of what a conflicting edit changed. */
const FIELD_LABELS: Record<string, string> = {
  indicatorId: "indicator",
  locationId: "place",
  sourceId: "sourceLabel",
  periodStart: "periodStart",
  asOf: "asOf",
  low: "low",
  best: "best",
  high: "high",
  qualifier: "qualifier",
  noInformation: "noInformationShort",
  credibility: "credibility",
  verification: "verification",
  sourceUrl: "sourceUrl",
  sourcePublishedAt: "sourcePublishedAt",
  sourcePlaceName: "sourcePlaceName",
  sex: "sex",
  ageGroup: "ageGroup",
  populationGroup: "populationGroup",
  notes: "notes",
  status: "status",
};

/** The breakdown fields of a figure: each shown where the indicator allows its dimension. */
const BREAKDOWN_FIELDS = [
  { name: "sex", dimension: "sex", options: SEXES },
  { name: "ageGroup", dimension: "age_group", options: AGE_GROUPS },
  { name: "populationGroup", dimension: "population_group", options: POPULATION_GROUPS },
] as const;

export function FigureForm({ options, ...form }: EntityFormProps & { options: FigureFormOptionsProp }) {
  const t = useTranslations("fields.figure");
  const details = (state: ActionState) => (state.conflict ? <ConflictDetails conflict={state.conflict} id={form.initial.id} /> : null);
  return (
    <ClaimFormShell {...form} schema={figureInputSchema} words={t} details={details}>
      {({ values, checks }) => <FigureFields values={values} checks={checks} options={options} />}
    </ClaimFormShell>
  );
}

function ConflictDetails({ conflict, id }: { conflict: NonNullable<ActionState["conflict"]>; id?: string }) {
  const t = useTranslations("fields.figure");
  const label = (field: string) => (FIELD_LABELS[field] ? t(FIELD_LABELS[field] as "indicator") : field);
  return (
    <>
      <p>{t("conflictTitle")}</p>
      <ul>
        {conflict.changes.map((c) => (
          <li key={c.field}>{t("conflictField", { field: label(c.field), theirs: c.theirs || t("conflictEmpty") })}</li>
        ))}
      </ul>
      <p>
        <Link href={`/editor/figures/${id}`}>{t("reload")}</Link>
      </p>
    </>
  );
}

function FigureFields({ values, checks, options }: { values: FormValues; checks: FormChecks; options: FigureFormOptionsProp }) {
  const { errors, field: common, validate } = checks;
  const t = useTranslations("fields.figure");
  const messages = useDomainMessages();
  const [indicatorId, setIndicatorId] = useState(values.indicatorId ?? "");
  const [noInformation, setNoInformation] = useState(values.noInformation === "on" || values.noInformation === "true");
  // "No information" is not a number: ticking it empties and disables the numbers (none is sent).
  const toggleNoInformation = (checked: boolean) => {
    setNoInformation(checked);
    if (checked) {
      for (const name of NUMBER_FIELDS) {
        const input = checks.formRef.current?.elements.namedItem(name);
        if (input instanceof HTMLInputElement) input.value = "";
      }
    }
    validate("noInformation");
  };

  const indicator = options.indicators.find((i) => String(i.id) === indicatorId);
  const allowed = new Set(indicator?.allowedBreakdowns ?? []);
  // Each control's props, taken here (the names are codes, not words shown to the reader).
  const props = {
    indicatorId: common("indicatorId"),
    periodStart: common("periodStart", true),
    asOf: common("asOf", true),
    noInformation: common("noInformation"),
    notes: common("notes", true),
  };
  return (
    <>
      <fieldset>
        <legend>{t("what")}</legend>
        <FieldShell name="indicatorId" label={t("indicator")} errors={errors("indicatorId")}>
          <select
            {...props.indicatorId}
            defaultValue={values.indicatorId ?? ""}
            onChange={(e) => {
              setIndicatorId(e.target.value);
              if (errors("indicatorId")?.length) validate("indicatorId");
            }}
          >
            <option value="">{t("choose")}</option>
            {DOMAINS.map((domain) => (
              <optgroup key={domain} label={messages.domain[domain]}>
                {options.indicators
                  .filter((i) => i.domain === domain)
                  .map((i) => (
                    <option key={i.id} value={i.id}>
                      {t("indicatorOption", { name: i.name, unit: i.unit })}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </FieldShell>
        <PlacePicker checks={checks} label={t("place")} places={options.places} defaultValue={values.locationId} />
        <div className="field-row">
          <FieldShell name="periodStart" label={t("periodStart")} hint={t("periodStartHint")} errors={errors("periodStart")}>
            <input type="date" {...props.periodStart} defaultValue={values.periodStart ?? ""} />
          </FieldShell>
          <FieldShell name="asOf" label={t("asOf")} hint={t("asOfHint")} errors={errors("asOf")}>
            <input type="date" {...props.asOf} defaultValue={values.asOf ?? ""} required />
          </FieldShell>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("numbers")}</legend>
        <p id="f-range-hint" className="field__hint">
          {t("rangeHint")}
        </p>
        <div className="field-row">
          <SelectRow
            name="qualifier"
            label={t("qualifier")}
            options={QUALIFIERS}
            fallback="approximately"
            optionLabel={(q) => messages.qualifierLabel[q]}
          />
          {NUMBER_FIELDS.map((name) => (
            <FieldShell key={name} name={name} label={t(name)} errors={noInformation ? undefined : errors(name)}>
              <input
                {...common(name)}
                inputMode="numeric"
                autoComplete="off"
                defaultValue={noInformation ? "" : (values[name] ?? "")}
                disabled={noInformation}
              />
            </FieldShell>
          ))}
        </div>
        <div className={`field field--check${errors("noInformation")?.length ? " field--error" : ""}`}>
          <input
            type="checkbox"
            {...props.noInformation}
            defaultChecked={noInformation}
            onChange={(e) => toggleNoInformation(e.target.checked)}
          />
          <label htmlFor="f-noInformation">{t("noInformation")}</label>
          <ErrorSlot id="f-noInformation" errors={errors("noInformation")} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("source")}</legend>
        <SourceSelect checks={checks} label={t("sourceLabel")} sources={options.sources} defaultValue={values.sourceId} />
        <InputRow name="sourceUrl" label={t("sourceUrl")} type="url" />
        <div className="field-row">
          <InputRow name="sourcePublishedAt" label={t("sourcePublishedAt")} type="date" />
          <InputRow name="sourcePlaceName" label={t("sourcePlaceName")} />
        </div>
        <GradingFields />
      </fieldset>

      {allowed.size ? (
        <fieldset>
          <legend>{t("breakdown")}</legend>
          <div className="field-row">
            {BREAKDOWN_FIELDS.filter((b) => allowed.has(b.dimension)).map(({ name, options }) => {
              const labels: Record<string, string> = messages[name];
              return (
                <SelectRow key={name} name={name} label={t(name)} blank={t("any")} options={options} optionLabel={(v) => labels[v] ?? v} />
              );
            })}
          </div>
        </fieldset>
      ) : null}

      <FieldShell name="notes" label={t("notes")} hint={t("notesHint")} errors={errors("notes")}>
        <textarea {...props.notes} rows={4} defaultValue={values.notes ?? ""} />
      </FieldShell>
    </>
  );
}
