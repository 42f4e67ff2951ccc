"use client";
// The timeline-event form: the same pattern as the figure form (shared schema checked on blur
// and on the server, errors beside fields, input kept).
import type { ActionState } from "@/lib/domain/action-state";
import { calendarDateIn } from "@/lib/domain/dates";
import type { Reliability } from "@/lib/domain/enums";
import { timelineEventInputSchema } from "@/lib/domain/figure-schema";
import { FieldShell } from "./field";
import { GradingFields, PlacePicker, SourceSelect, type PlaceOption } from "./claim-fields";
import { FormShell } from "./form-shell";

const strings = {
  occurredOn: "Date of the event or claim",
  title: "What happened or was claimed, in one line",
  description: "Details (optional)",
  place: "Place",
  source: "Who said it",
  sourceUrl: "Link to the source",
  sourcePublishedAt: "Published by the source on (optional)",
  save: "Save draft",
  saving: "Saving…",
};

export interface TimelineEventFormOptions {
  places: PlaceOption[];
  sources: Array<{ id: number; name: string; reliability: Reliability }>;
}

export function TimelineEventForm({
  action,
  options,
  initial,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  options: TimelineEventFormOptions;
  initial: Record<string, string>;
}) {
  return (
    <FormShell
      action={action}
      initial={initial}
      schema={() => timelineEventInputSchema(calendarDateIn(new Date()))}
      label="Timeline event"
      submit={strings.save}
      submitting={strings.saving}
      wide
    >
      {({ values, checks }) => {
        const { errors, field: common } = checks;
        return (
          <>
            <FieldShell name="occurredOn" label={strings.occurredOn} errors={errors("occurredOn")}>
              <input type="date" {...common("occurredOn")} defaultValue={values.occurredOn ?? ""} />
            </FieldShell>
            <FieldShell name="title" label={strings.title} errors={errors("title")}>
              <input {...common("title")} defaultValue={values.title ?? ""} />
            </FieldShell>
            <FieldShell name="description" label={strings.description} errors={errors("description")}>
              <textarea {...common("description")} rows={3} defaultValue={values.description ?? ""} />
            </FieldShell>
            <PlacePicker checks={checks} label={strings.place} places={options.places} defaultValue={values.locationId} />
            <SourceSelect checks={checks} label={strings.source} sources={options.sources} defaultValue={values.sourceId} />
            <div className="field-row">
              <FieldShell name="sourceUrl" label={strings.sourceUrl} errors={errors("sourceUrl")}>
                <input type="url" {...common("sourceUrl")} defaultValue={values.sourceUrl ?? ""} />
              </FieldShell>
              <FieldShell name="sourcePublishedAt" label={strings.sourcePublishedAt} errors={errors("sourcePublishedAt")}>
                <input type="date" {...common("sourcePublishedAt")} defaultValue={values.sourcePublishedAt ?? ""} />
              </FieldShell>
            </div>
            <GradingFields checks={checks} values={values} />
          </>
        );
      }}
    </FormShell>
  );
}
