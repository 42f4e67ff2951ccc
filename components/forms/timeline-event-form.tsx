"use client";
// The timeline-event form: the same pattern as the figure form (shared schema checked on blur
// and on the server, errors beside fields, input kept).
import { useActionState } from "react";
import type { ActionState } from "@/lib/domain/action-state";
import { calendarDateIn } from "@/lib/domain/dates";
import { VERIFICATION_STATUSES, type Reliability } from "@/lib/domain/enums";
import { timelineEventInputSchema } from "@/lib/domain/figure-schema";
import { CREDIBILITIES } from "@/lib/domain/grades";
import { messages } from "@/lib/domain/messages";
import { FieldShell } from "./field";
import { useFormChecks } from "./use-form-checks";

const strings = {
  occurredOn: "Date of the event or claim",
  title: "What happened or was claimed, in one line",
  description: "Details (optional)",
  place: "Place",
  source: "Who said it",
  sourceUrl: "Link to the source",
  sourcePublishedAt: "Published by the source on (optional)",
  credibility: "Credibility of this information",
  verification: "Verification",
  choose: "— choose —",
  save: "Save draft",
  saving: "Saving…",
};

export interface TimelineEventFormOptions {
  places: Array<{ id: number; pcode: string; nameEn: string; nameUk: string; path: string[] }>;
  sources: Array<{ id: number; name: string; reliability: Reliability }>;
}

export function TimelineEventForm({ action, options, initial }: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  options: TimelineEventFormOptions;
  initial: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const values = { ...initial, ...(state.values ?? {}) };
  const { formRef, key, errors, field: common } = useFormChecks(state, () => timelineEventInputSchema(calendarDateIn(new Date())));

  return (
    <form ref={formRef} key={key} action={formAction} className="form form--wide" noValidate aria-label="Timeline event">
      <input type="hidden" name="id" value={values.id ?? ""} />
      <input type="hidden" name="version" value={values.version ?? ""} />
      {state.message ? <div role="alert" className={`notice ${state.ok ? "notice--ok" : "notice--error"}`}>{state.message}</div> : null}
      <FieldShell name="occurredOn" label={strings.occurredOn} errors={errors("occurredOn")}>
        <input type="date" {...common("occurredOn")} defaultValue={values.occurredOn ?? ""} />
      </FieldShell>
      <FieldShell name="title" label={strings.title} errors={errors("title")}>
        <input {...common("title")} defaultValue={values.title ?? ""} />
      </FieldShell>
      <FieldShell name="description" label={strings.description} errors={errors("description")}>
        <textarea {...common("description")} rows={3} defaultValue={values.description ?? ""} />
      </FieldShell>
      <FieldShell name="locationId" label={strings.place} errors={errors("locationId")}>
        <select {...common("locationId")} defaultValue={values.locationId ?? ""}>
          <option value="">{strings.choose}</option>
          {options.places.map((p) => <option key={p.id} value={p.id}>{[...p.path, p.nameEn].join(" › ")} — {p.nameUk} ({p.pcode})</option>)}
        </select>
      </FieldShell>
      <FieldShell name="sourceId" label={strings.source} errors={errors("sourceId")}>
        <select {...common("sourceId")} defaultValue={values.sourceId ?? ""}>
          <option value="">{strings.choose}</option>
          {options.sources.map((s) => <option key={s.id} value={s.id}>{s.name} — grade {s.reliability}: {messages.reliability[s.reliability]}</option>)}
        </select>
      </FieldShell>
      <div className="field-row">
        <FieldShell name="sourceUrl" label={strings.sourceUrl} errors={errors("sourceUrl")}>
          <input type="url" {...common("sourceUrl")} defaultValue={values.sourceUrl ?? ""} />
        </FieldShell>
        <FieldShell name="sourcePublishedAt" label={strings.sourcePublishedAt} errors={errors("sourcePublishedAt")}>
          <input type="date" {...common("sourcePublishedAt")} defaultValue={values.sourcePublishedAt ?? ""} />
        </FieldShell>
      </div>
      <div className="field-row">
        <FieldShell name="credibility" label={strings.credibility} errors={errors("credibility")}>
          <select {...common("credibility")} defaultValue={values.credibility ?? ""}>
            <option value="">{strings.choose}</option>
            {CREDIBILITIES.map((c) => <option key={c} value={c}>{c} — {messages.credibility[c]}</option>)}
          </select>
        </FieldShell>
        <FieldShell name="verification" label={strings.verification} errors={errors("verification")}>
          <select {...common("verification")} defaultValue={values.verification || "reported"}>
            {VERIFICATION_STATUSES.map((v) => <option key={v} value={v}>{messages.verification[v]}</option>)}
          </select>
        </FieldShell>
      </div>
      <button type="submit" className="button button--primary" disabled={pending}>{pending ? strings.saving : strings.save}</button>
    </form>
  );
}
