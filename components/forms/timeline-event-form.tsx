"use client";
// The timeline-event form: the same pattern as the figure form (shared schema checked on blur
// and on the server, errors beside fields, input kept).
import { useTranslations } from "next-intl";
import type { Reliability } from "@/lib/domain/enums";
import { timelineEventInputSchema } from "@/lib/domain/figure-schema";
import { FieldShell } from "./field";
import { ClaimFormShell, GradingFields, PlacePicker, SourceSelect, type PlaceOption } from "./claim-fields";
import { type EntityFormProps, type FormValues, InputRow } from "./form-shell";
import type { FormChecks } from "./use-form-checks";

export interface TimelineEventFormOptions {
  places: PlaceOption[];
  sources: Array<{ id: number; name: string; reliability: Reliability }>;
}

export function TimelineEventForm({ options, ...form }: EntityFormProps & { options: TimelineEventFormOptions }) {
  const t = useTranslations("fields.event");
  return (
    <ClaimFormShell {...form} schema={timelineEventInputSchema} words={t}>
      {({ values, checks }) => <EventFields values={values} checks={checks} options={options} />}
    </ClaimFormShell>
  );
}

function EventFields({ values, checks, options }: { values: FormValues; checks: FormChecks; options: TimelineEventFormOptions }) {
  const t = useTranslations("fields.event");
  const { errors, field } = checks;
  return (
    <>
      <InputRow name="occurredOn" label={t("occurredOn")} type="date" />
      <InputRow name="title" label={t("title")} />
      <FieldShell name="description" label={t("description")} errors={errors("description")}>
        <textarea {...field("description")} rows={3} defaultValue={values.description ?? ""} />
      </FieldShell>
      <PlacePicker checks={checks} label={t("place")} places={options.places} defaultValue={values.locationId} />
      <SourceSelect checks={checks} label={t("source")} sources={options.sources} defaultValue={values.sourceId} />
      <div className="field-row">
        <InputRow name="sourceUrl" label={t("sourceUrl")} type="url" />
        <InputRow name="sourcePublishedAt" label={t("sourcePublishedAt")} type="date" />
      </div>
      <GradingFields />
    </>
  );
}
