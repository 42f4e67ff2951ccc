"use client";
// Fields every claim form has (figures, timeline events): who made the claim, and how
// credible the information is and how far it has been verified.
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useDomainMessages } from "@/components/i18n/use-domain-messages";
import { VERIFICATION_STATUSES, type Reliability } from "@/lib/domain/enums";
import { CREDIBILITIES } from "@/lib/domain/grades";
import { placeName } from "@/lib/domain/localized";
import { FieldShell } from "./field";
import type { z } from "zod";
import { calendarDateIn } from "@/lib/domain/dates";
import type { Messages } from "@/lib/domain/messages";
import { FormShell, SelectRow, type FormShellProps } from "./form-shell";
import type { FormChecks } from "./use-form-checks";
import { ChoiceOptions } from "@/components/ui/choice-options";

/** The controls' names (codes the schema and the action read). */
const FIELD = { sourceId: "sourceId", credibility: "credibility", verification: "verification", locationId: "locationId" } as const;

/**
 * A place in the list: its hierarchy in the reader's language, then its name in the other language
 * (one may search by either), with its P-code.
 */
function placeLabel(p: PlaceOption, locale: string): string {
  const shown = placeName(p, locale);
  const other = shown === p.nameUk ? p.nameEn : p.nameUk;
  return `${[...p.path, shown].join(" › ")} — ${other} (${p.pcode})`;
}

type Checks = Pick<FormChecks, "field" | "errors">;

export function SourceSelect({
  checks,
  label,
  sources,
  defaultValue,
}: {
  checks: Checks;
  label: string;
  sources: Array<{ id: number; name: string; reliability: Reliability }>;
  defaultValue: string | undefined;
}) {
  const t = useTranslations("fields.claim");
  const messages = useDomainMessages();
  return (
    <FieldShell name="sourceId" label={label} errors={checks.errors("sourceId")}>
      <select {...checks.field(FIELD.sourceId)} defaultValue={defaultValue ?? ""}>
        <ChoiceOptions
          empty={t("choose")}
          choices={sources.map((s) => ({
            value: s.id,
            label: t("sourceOption", { name: s.name, grade: s.reliability, reliability: messages.reliability[s.reliability] }),
          }))}
        />
      </select>
    </FieldShell>
  );
}

export function GradingFields() {
  const t = useTranslations("fields.claim");
  const messages = useDomainMessages();
  return (
    <div className="field-row">
      <SelectRow
        name={FIELD.credibility}
        label={t("credibility")}
        blank={t("choose")}
        options={CREDIBILITIES}
        optionLabel={(c) => t("credibilityOption", { credibility: c, description: messages.credibility[c] })}
      />
      <SelectRow
        name={FIELD.verification}
        label={t("verification")}
        options={VERIFICATION_STATUSES}
        fallback="reported"
        optionLabel={(v) => messages.verification[v]}
      />
    </div>
  );
}

export interface PlaceOption {
  id: number;
  pcode: string;
  nameEn: string;
  nameUk: string;
  /** The names of the places above it, from the top, in the reader's language (the list is in tree order by them). */
  path: string[];
}

/**
 * The place of a claim: a list of every place with its hierarchy, narrowed as one types a name
 * (English or Ukrainian) or a P-code. The chosen place stays in the list whatever is typed.
 */
export function PlacePicker({
  checks,
  label,
  places,
  defaultValue,
}: {
  checks: Checks;
  label: string;
  places: PlaceOption[];
  defaultValue: string | undefined;
}) {
  const t = useTranslations("fields.claim");
  const locale = useLocale();
  const [filter, setFilter] = useState("");
  const filtered = useMemo(() => {
    const q = filter.trim().toLowerCase();
    if (!q) return places;
    return places.filter((p) => [p.nameEn, p.nameUk, p.pcode].some((s) => s.toLowerCase().includes(q)) || String(p.id) === defaultValue);
  }, [filter, places, defaultValue]);
  return (
    <>
      <div className="field">
        <label htmlFor="f-place-filter">{t("placeFilter")}</label>
        <p id="f-place-filter-hint" className="field__hint">
          {t("placeHint")}
        </p>
        <input
          id="f-place-filter"
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          aria-describedby="f-place-filter-hint"
          aria-controls="f-locationId"
        />
      </div>
      <FieldShell name="locationId" label={label} errors={checks.errors("locationId")}>
        <select {...checks.field(FIELD.locationId)} defaultValue={defaultValue ?? ""} size={6}>
          {filtered.map((p) => (
            <option key={p.id} value={p.id}>
              {placeLabel(p, locale)}
            </option>
          ))}
        </select>
      </FieldShell>
    </>
  );
}

/**
 * The form of a dated claim (a figure, a timeline event): wide, its schema built with today's date
 * (nothing may be dated in the future) and the reader's words.
 */
export function ClaimFormShell({
  schema,
  ...shell
}: Omit<FormShellProps, "schema" | "wide"> & { schema: (today: Date, messages: Messages) => z.ZodType }) {
  const messages = useDomainMessages();
  return <FormShell {...shell} wide schema={() => schema(calendarDateIn(new Date()), messages)} />;
}
