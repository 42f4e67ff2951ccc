"use client";
// The timeline-event form: the same pattern as the figure form (shared schema checked on blur
// and on the server, errors beside fields, input kept).
import { useTranslations } from "next-intl";
import type { Reliability } from "@/lib/domain/enums";
import { timelineEventInputSchema } from "@/lib/domain/figure-schema";
import { FieldShell } from "./field";
import { ClaimFormShell, GradingFields, PlacePicker, SourceSelect, type PlaceOption } from "./claim-fields";
import { type EntityFormProps, type FormValues } from "./form-shell";
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
  const { errors, field: common } = checks;
  const props = {
    occurredOn: common("occurredOn"),
    title: common("title"),
    description: common("description"),
    sourceUrl: common("sourceUrl"),
    sourcePublishedAt: common("sourcePublishedAt"),
  };
  return (
    <>
      <FieldShell name="occurredOn" label={t("occurredOn")} errors={errors("occurredOn")}>
        <input type="date" {...props.occurredOn} defaultValue={values.occurredOn ?? ""} />
      </FieldShell>
      <FieldShell name="title" label={t("title")} errors={errors("title")}>
        <input {...props.title} defaultValue={values.title ?? ""} />
      </FieldShell>
      <FieldShell name="description" label={t("description")} errors={errors("description")}>
        <textarea {...props.description} rows={3} defaultValue={values.description ?? ""} />
      </FieldShell>
      <PlacePicker checks={checks} label={t("place")} places={options.places} defaultValue={values.locationId} />
      <SourceSelect checks={checks} label={t("source")} sources={options.sources} defaultValue={values.sourceId} />
      <div className="field-row">
        <FieldShell name="sourceUrl" label={t("sourceUrl")} errors={errors("sourceUrl")}>
          <input type="url" {...props.sourceUrl} defaultValue={values.sourceUrl ?? ""} />
        </FieldShell>
        <FieldShell name="sourcePublishedAt" label={t("sourcePublishedAt")} errors={errors("sourcePublishedAt")}>
          <input type="date" {...props.sourcePublishedAt} defaultValue={values.sourcePublishedAt ?? ""} />
        </FieldShell>
      </div>
      <GradingFields />
    </>
  );
}
