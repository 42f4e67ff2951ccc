"use client";
// The figure form. It validates with the same schema as the server action (on blur, for the
// fields already visited), shows each error beside its field and announces it, and keeps the
// user's input through errors and conflicts.
import { useState } from "react";
import type { ActionState } from "@/lib/domain/action-state";
import { calendarDateIn } from "@/lib/domain/dates";
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
import { messages } from "@/lib/domain/messages";
import { ErrorSlot, FieldShell } from "./field";
import { GradingFields, PlacePicker, SourceSelect, type PlaceOption } from "./claim-fields";
import { FormShell, type FormValues } from "./form-shell";
import type { FormChecks } from "./use-form-checks";

export interface FigureFormOptionsProp {
  indicators: Array<{ id: number; name: string; domain: Domain; unit: string; allowedBreakdowns: BreakdownDimension[] }>;
  places: PlaceOption[];
  sources: Array<{ id: number; name: string; reliability: Reliability }>;
}

type Values = Record<string, string>;

const NUMBER_FIELDS = ["low", "best", "high"] as const;

const strings = {
  what: "What is counted, where and when",
  indicator: "Indicator",
  place: "Place",
  periodStart: "Period start (optional)",
  periodStartHint: "Leave empty for a cumulative figure “as of” a date.",
  asOf: "As of",
  asOfHint: "The date the figure refers to (the end of the period).",
  numbers: "The numbers",
  qualifier: "How exact",
  low: "Low estimate",
  best: "Best estimate",
  high: "High estimate",
  rangeHint: "Whole numbers; 8,000,000 or 8000000. Leave low and high empty to use the best estimate for both.",
  noInformation: "No information: the source had no figure for this (not zero)",
  source: "Source",
  sourceLabel: "Who made the claim",
  sourceUrl: "Link to the source’s report",
  sourcePublishedAt: "Published by the source on (optional)",
  sourcePlaceName: "The source’s own wording of the place (optional)",
  credibility: "Credibility of this information",
  verification: "Verification",
  breakdown: "Breakdown (optional: leave empty for a total)",
  sex: "Sex",
  ageGroup: "Age group",
  populationGroup: "Civilian or military",
  any: "— total —",
  choose: "— choose —",
  notes: "Notes",
  notesHint: "How the figure was derived, caveats, anything a reviewer should know.",
  save: "Save draft",
  saving: "Saving…",
  conflictTitle: "Changed by someone else:",
  conflictField: (field: string, theirs: string) => `${field}: now “${theirs || "empty"}”`,
  reload: "Reload their version",
};

const FIELD_LABELS: Record<string, string> = {
  indicatorId: strings.indicator,
  locationId: strings.place,
  sourceId: strings.sourceLabel,
  periodStart: strings.periodStart,
  asOf: strings.asOf,
  low: strings.low,
  best: strings.best,
  high: strings.high,
  qualifier: strings.qualifier,
  noInformation: "No information",
  credibility: strings.credibility,
  verification: strings.verification,
  sourceUrl: strings.sourceUrl,
  sourcePublishedAt: strings.sourcePublishedAt,
  sourcePlaceName: strings.sourcePlaceName,
  sex: strings.sex,
  ageGroup: strings.ageGroup,
  populationGroup: strings.populationGroup,
  notes: strings.notes,
  status: "Status",
};

export function FigureForm({
  action,
  options,
  initial,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  options: FigureFormOptionsProp;
  initial: Values;
}) {
  return (
    <FormShell
      action={action}
      initial={initial}
      schema={() => figureInputSchema(calendarDateIn(new Date()))}
      label="Figure"
      submit={strings.save}
      submitting={strings.saving}
      wide
      details={(state) => (state.conflict ? <ConflictDetails conflict={state.conflict} id={initial.id} /> : null)}
    >
      {({ values, checks }) => <FigureFields values={values} checks={checks} options={options} />}
    </FormShell>
  );
}

function ConflictDetails({ conflict, id }: { conflict: NonNullable<ActionState["conflict"]>; id?: string }) {
  return (
    <>
      <p>{strings.conflictTitle}</p>
      <ul>
        {conflict.changes.map((c) => (
          <li key={c.field}>{strings.conflictField(FIELD_LABELS[c.field] ?? c.field, c.theirs)}</li>
        ))}
      </ul>
      <p>
        <a href={`/editor/figures/${id}`}>{strings.reload}</a>
      </p>
    </>
  );
}

function FigureFields({ values, checks, options }: { values: FormValues; checks: FormChecks; options: FigureFormOptionsProp }) {
  const { errors, field: common, validate } = checks;
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
  return (
    <>
      <fieldset>
        <legend>{strings.what}</legend>
        <FieldShell name="indicatorId" label={strings.indicator} errors={errors("indicatorId")}>
          <select
            {...common("indicatorId")}
            defaultValue={values.indicatorId ?? ""}
            onChange={(e) => {
              setIndicatorId(e.target.value);
              if (errors("indicatorId")?.length) validate("indicatorId");
            }}
          >
            <option value="">{strings.choose}</option>
            {DOMAINS.map((domain) => (
              <optgroup key={domain} label={messages.domain[domain]}>
                {options.indicators
                  .filter((i) => i.domain === domain)
                  .map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.name} ({i.unit})
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </FieldShell>
        <PlacePicker checks={checks} label={strings.place} places={options.places} defaultValue={values.locationId} />
        <div className="field-row">
          <FieldShell name="periodStart" label={strings.periodStart} hint={strings.periodStartHint} errors={errors("periodStart")}>
            <input type="date" {...common("periodStart", true)} defaultValue={values.periodStart ?? ""} />
          </FieldShell>
          <FieldShell name="asOf" label={strings.asOf} hint={strings.asOfHint} errors={errors("asOf")}>
            <input type="date" {...common("asOf", true)} defaultValue={values.asOf ?? ""} required />
          </FieldShell>
        </div>
      </fieldset>

      <fieldset>
        <legend>{strings.numbers}</legend>
        <p id="f-range-hint" className="field__hint">
          {strings.rangeHint}
        </p>
        <div className="field-row">
          <FieldShell name="qualifier" label={strings.qualifier} errors={errors("qualifier")}>
            <select {...common("qualifier")} defaultValue={values.qualifier || "approximately"}>
              {QUALIFIERS.map((q) => (
                <option key={q} value={q}>
                  {messages.qualifierLabel[q]}
                </option>
              ))}
            </select>
          </FieldShell>
          {NUMBER_FIELDS.map((name) => (
            <FieldShell key={name} name={name} label={strings[name]} errors={noInformation ? undefined : errors(name)}>
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
            {...common("noInformation")}
            defaultChecked={noInformation}
            onChange={(e) => toggleNoInformation(e.target.checked)}
          />
          <label htmlFor="f-noInformation">{strings.noInformation}</label>
          <ErrorSlot id="f-noInformation" errors={errors("noInformation")} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{strings.source}</legend>
        <SourceSelect checks={checks} label={strings.sourceLabel} sources={options.sources} defaultValue={values.sourceId} />
        <FieldShell name="sourceUrl" label={strings.sourceUrl} errors={errors("sourceUrl")}>
          <input type="url" {...common("sourceUrl")} defaultValue={values.sourceUrl ?? ""} />
        </FieldShell>
        <div className="field-row">
          <FieldShell name="sourcePublishedAt" label={strings.sourcePublishedAt} errors={errors("sourcePublishedAt")}>
            <input type="date" {...common("sourcePublishedAt")} defaultValue={values.sourcePublishedAt ?? ""} />
          </FieldShell>
          <FieldShell name="sourcePlaceName" label={strings.sourcePlaceName} errors={errors("sourcePlaceName")}>
            <input {...common("sourcePlaceName")} defaultValue={values.sourcePlaceName ?? ""} />
          </FieldShell>
        </div>
        <GradingFields checks={checks} values={values} />
      </fieldset>

      {allowed.size ? (
        <fieldset>
          <legend>{strings.breakdown}</legend>
          <div className="field-row">
            {allowed.has("sex") ? (
              <FieldShell name="sex" label={strings.sex} errors={errors("sex")}>
                <select {...common("sex")} defaultValue={values.sex ?? ""}>
                  <option value="">{strings.any}</option>
                  {SEXES.map((v) => (
                    <option key={v} value={v}>
                      {messages.sex[v]}
                    </option>
                  ))}
                </select>
              </FieldShell>
            ) : null}
            {allowed.has("age_group") ? (
              <FieldShell name="ageGroup" label={strings.ageGroup} errors={errors("ageGroup")}>
                <select {...common("ageGroup")} defaultValue={values.ageGroup ?? ""}>
                  <option value="">{strings.any}</option>
                  {AGE_GROUPS.map((v) => (
                    <option key={v} value={v}>
                      {messages.ageGroup[v]}
                    </option>
                  ))}
                </select>
              </FieldShell>
            ) : null}
            {allowed.has("population_group") ? (
              <FieldShell name="populationGroup" label={strings.populationGroup} errors={errors("populationGroup")}>
                <select {...common("populationGroup")} defaultValue={values.populationGroup ?? ""}>
                  <option value="">{strings.any}</option>
                  {POPULATION_GROUPS.map((v) => (
                    <option key={v} value={v}>
                      {messages.populationGroup[v]}
                    </option>
                  ))}
                </select>
              </FieldShell>
            ) : null}
          </div>
        </fieldset>
      ) : null}

      <FieldShell name="notes" label={strings.notes} hint={strings.notesHint} errors={errors("notes")}>
        <textarea {...common("notes", true)} rows={4} defaultValue={values.notes ?? ""} />
      </FieldShell>
    </>
  );
}
