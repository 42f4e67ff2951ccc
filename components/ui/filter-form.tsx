// The dashboard's filters as a plain GET form: every control is labelled, the URL carries the
// whole view (shareable, bookmarkable), and it works without JavaScript.
import type { ReactNode } from "react";
import type { PlaceOption } from "@/lib/data/locations";
import type { SourceOption } from "@/lib/data/sources";
import { RELIABILITIES, VERIFICATION_STATUSES } from "@/lib/domain/enums";
import { CREDIBILITIES } from "@/lib/domain/grades";
import type { DashboardFilters } from "@/lib/domain/filters";
import { messages } from "@/lib/domain/messages";
import { SourceChecks } from "./source-checks";
import { useLocale } from "next-intl";
import { placeName } from "@/lib/domain/localized";

const strings = {
  legend: "Filters",
  place: "Place (with everything within it)",
  from: "From (as of)",
  to: "To (as of)",
  sources: (chosen: number) => (chosen === 0 ? "Sources: all" : `Sources: ${chosen} chosen`),
  sourcesHint: "Leave all unticked for every source.",
  grade: "Minimum source grade",
  gradeOption: (g: string) => (g === "F" ? "Any grade (A–F)" : `${g} or better — ${messages.reliability[g as "A"].toLowerCase()}`),
  cred: "Minimum credibility",
  credOption: (c: number) => (c === 6 ? "Any credibility (1–6)" : `${c} or better — ${messages.credibility[c as 1].toLowerCase()}`),
  verification: "Verification",
  at: "Date of the breakdown by place",
  atHint: "Empty: the latest claims.",
  apply: "Apply filters",
  reset: "Reset",
};

export type FilterField = "place" | "dates" | "sources" | "grade" | "cred" | "ver" | "at";
const ALL_FIELDS: FilterField[] = ["place", "dates", "sources", "grade", "cred", "ver", "at"];

export function FilterForm({
  action,
  filters,
  places,
  sources = [],
  fields = ALL_FIELDS,
  hash,
  anyPlace,
  children,
}: {
  action: string;
  filters: DashboardFilters;
  places: PlaceOption[];
  sources?: SourceOption[];
  fields?: FilterField[];
  hash?: string;
  /** The label of a first place option with an empty value (e.g. "Everywhere"), where no place is a choice. */
  anyPlace?: string;
  /** More fields of the page's own, after the shared ones. */
  children?: ReactNode;
}) {
  const has = (f: FilterField) => fields.includes(f);
  const locale = useLocale();
  return (
    <form className="dash-filters" method="get" action={hash ? `${action}#${hash}` : action} aria-label={strings.legend}>
      <div className="dash-filters__grid">
        {has("place") ? (
          <div className="dash-field">
            <label htmlFor="f-place">{strings.place}</label>
            <select id="f-place" name="place" defaultValue={filters.place}>
              {anyPlace !== undefined ? <option value="">{anyPlace}</option> : null}
              {places.map((p) => (
                <option key={p.pcode} value={p.pcode}>
                  {"\u00a0\u00a0".repeat(p.depth)}
                  {placeName(p, locale)} ({p.pcode})
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {has("dates") ? (
          <>
            <div className="dash-field">
              <label htmlFor="f-from">{strings.from}</label>
              <input id="f-from" type="date" name="from" defaultValue={filters.from ?? ""} />
            </div>
            <div className="dash-field">
              <label htmlFor="f-to">{strings.to}</label>
              <input id="f-to" type="date" name="to" defaultValue={filters.to ?? ""} />
            </div>
          </>
        ) : null}
        {has("grade") ? (
          <div className="dash-field">
            <label htmlFor="f-grade">{strings.grade}</label>
            <select id="f-grade" name="grade" defaultValue={filters.grade}>
              {RELIABILITIES.map((g) => (
                <option key={g} value={g}>
                  {strings.gradeOption(g)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {has("cred") ? (
          <div className="dash-field">
            <label htmlFor="f-cred">{strings.cred}</label>
            <select id="f-cred" name="cred" defaultValue={String(filters.cred)}>
              {CREDIBILITIES.map((c) => (
                <option key={c} value={String(c)}>
                  {strings.credOption(c)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {has("at") ? (
          <div className="dash-field">
            <label htmlFor="f-at">{strings.at}</label>
            <input id="f-at" type="date" name="at" defaultValue={filters.at ?? ""} aria-describedby="f-at-hint" />
            <span id="f-at-hint" className="field__hint">
              {strings.atHint}
            </span>
          </div>
        ) : null}
        {children}
      </div>
      {has("ver") ? (
        <fieldset className="dash-filters__checks">
          <legend>{strings.verification}</legend>
          {VERIFICATION_STATUSES.map((v) => (
            <label key={v} className="check">
              <input type="checkbox" name="ver" value={v} defaultChecked={filters.ver.includes(v)} /> {messages.verification[v]}
            </label>
          ))}
        </fieldset>
      ) : null}
      {has("sources") && sources.length > 0 ? (
        <details className="dash-filters__sources" open={filters.sources.length > 0}>
          <summary>{strings.sources(filters.sources.length)}</summary>
          <fieldset>
            <legend className="visually-hidden">{strings.sources(filters.sources.length)}</legend>
            <p className="field__hint">{strings.sourcesHint}</p>
            <SourceChecks sources={sources.map((s) => [s.id, s.name, s.reliability])} chosen={filters.sources} />
          </fieldset>
        </details>
      ) : null}
      <div className="dash-filters__actions">
        <button type="submit" className="button button--primary">
          {strings.apply}
        </button>
        <a href={action} className="button">
          {strings.reset}
        </a>
      </div>
    </form>
  );
}
