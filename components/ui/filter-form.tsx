// The dashboard's filters as a plain GET form: every control is labelled, the URL carries the
// whole view (shareable, bookmarkable), and it works without JavaScript.
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { PlaceOption } from "@/lib/data/locations";
import type { SourceOption } from "@/lib/data/sources";
import { RELIABILITIES, VERIFICATION_STATUSES } from "@/lib/domain/enums";
import { CREDIBILITIES } from "@/lib/domain/grades";
import type { DashboardFilters } from "@/lib/domain/filters";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { formatFor } from "@/lib/i18n/format";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { placeName } from "@/lib/domain/localized";
import { sortOutline } from "@/lib/domain/place-order";
import { choicesOf } from "./choice-options";
import { SourceChecks } from "./source-checks";
import { DashSelect } from "./filter-select";

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
  const t = useTranslations("public.filters");
  const locale = useLocale() as Locale;
  const m = messagesFor(locale);
  const gradeOption = (g: (typeof RELIABILITIES)[number]) =>
    g === "F" ? t("gradeAny") : t("gradeOption", { grade: g, meaning: m.reliability[g].toLowerCase() });
  const credOption = (c: (typeof CREDIBILITIES)[number]) =>
    c === 6 ? t("credAny") : t("credOption", { cred: c, meaning: m.credibility[c].toLowerCase() });
  const sourcesLabel = t("sources", { count: filters.sources.length });
  const has = Object.fromEntries(ALL_FIELDS.map((f) => [f, fields.includes(f)])) as Record<FilterField, boolean>;
  // A plain GET form: its address carries the reader's language (/uk/casualties), as a Link would.
  const path = getPathname({ href: action, locale });
  // The places come in tree order by English name: sorted again by the name shown, in the reader's alphabet.
  const placeList = has.place
    ? sortOutline(
        places,
        (p) => p.depth,
        (p) => ({ name: placeName(p, locale), key: p.pcode }),
        formatFor(locale).compare,
      )
    : [];
  return (
    <form className="dash-filters" method="get" action={hash ? `${path}#${hash}` : path} aria-label={t("legend")}>
      <div className="dash-filters__grid">
        {has.place ? (
          <DashSelect
            name="place"
            label={t("place")}
            value={filters.place}
            any={anyPlace}
            choices={placeList.map((p) => ({
              value: p.pcode,
              label: `${"\u00a0\u00a0".repeat(p.depth)}${placeName(p, locale)} (${p.pcode})`,
            }))}
          />
        ) : null}
        {has.dates ? (
          <>
            <div className="dash-field">
              <label htmlFor="f-from">{t("from")}</label>
              <input id="f-from" type="date" name="from" defaultValue={filters.from ?? ""} />
            </div>
            <div className="dash-field">
              <label htmlFor="f-to">{t("to")}</label>
              <input id="f-to" type="date" name="to" defaultValue={filters.to ?? ""} />
            </div>
          </>
        ) : null}
        {has.grade ? (
          <DashSelect name="grade" label={t("grade")} value={filters.grade} choices={choicesOf(RELIABILITIES, gradeOption)} />
        ) : null}
        {has.cred ? (
          <DashSelect
            name="cred"
            label={t("cred")}
            value={String(filters.cred)}
            choices={CREDIBILITIES.map((c) => ({ value: String(c), label: credOption(c) }))}
          />
        ) : null}
        {has.at ? (
          <div className="dash-field">
            <label htmlFor="f-at">{t("at")}</label>
            <input id="f-at" type="date" name="at" defaultValue={filters.at ?? ""} aria-describedby="f-at-hint" />
            <span id="f-at-hint" className="field__hint">
              {t("atHint")}
            </span>
          </div>
        ) : null}
        {children}
      </div>
      {has.ver ? (
        <fieldset className="dash-filters__checks">
          <legend>{t("verification")}</legend>
          {VERIFICATION_STATUSES.map((v) => (
            <label key={v} className="check">
              <input type="checkbox" name="ver" value={v} defaultChecked={filters.ver.includes(v)} /> {m.verification[v]}
            </label>
          ))}
        </fieldset>
      ) : null}
      {has.sources && sources.length > 0 ? (
        <details className="dash-filters__sources" open={filters.sources.length > 0}>
          <summary>{sourcesLabel}</summary>
          <fieldset>
            <legend className="visually-hidden">{sourcesLabel}</legend>
            <p className="field__hint">{t("sourcesHint")}</p>
            <SourceChecks sources={sources.map((s) => [s.id, s.name, s.reliability])} chosen={filters.sources} />
          </fieldset>
        </details>
      ) : null}
      <div className="dash-filters__actions">
        <button type="submit" className="button button--primary">
          {t("apply")}
        </button>
        <a href={path} className="button">
          {t("reset")}
        </a>
      </div>
    </form>
  );
}
