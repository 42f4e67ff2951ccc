import { StatusNotice } from "@/components/forms/status-notice";
import { Pager } from "@/components/ui/pager";
import { StatusBadge } from "@/components/ui/status-badge";
import { DataText, entered } from "@/components/ui/data-text";
import { requirePageRole } from "@/lib/auth/guard";
import { listFiguresForEditor } from "@/lib/data/figures";
import { isOneOf, PUBLICATION_STATUSES } from "@/lib/domain/enums";
import { indicatorText } from "@/lib/domain/localized";
import { parsePage } from "@/lib/domain/paging";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { searchTextParam } from "@/lib/domain/text";
import { Link } from "@/lib/i18n/navigation";
import { DataTable } from "@/components/ui/data-table";
import { ListFilters } from "@/components/ui/list-filters";
import { pageWords, titleMetadata } from "@/lib/i18n/page-words";
import { FilterSearch, FilterSelect } from "@/components/ui/filter-select";
import { choicesOf } from "@/components/ui/choice-options";
import { PlaceWithCode, SourceWithGrade } from "@/components/figures/claim-cells";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("editor.home.title");

export default async function EditorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageRole("editor", "/editor");
  const { t, locale, messages, format } = await pageWords("editor.home");
  /** A reviewer's reason, as they typed it (marked with its language). */
  const reasonWords = (reason: string) => t.rich("reason", { reason, entered: entered(reason) });
  const params = await searchParams;
  const status = typeof params.status === "string" && isOneOf(PUBLICATION_STATUSES, params.status) ? params.status : undefined;
  const search = searchTextParam(params.q, 100);
  const { rows: figures, window } = await listFiguresForEditor(user, { status, search }, parsePage(params.page));
  const kept = new URLSearchParams();
  if (status) kept.set("status", status);
  if (search) kept.set("q", search);
  return (
    <>
      <h1>{user.role === "editor" ? t("title") : t("titleAll")}</h1>
      <p className="lede">{t("lede")}</p>
      {params.deleted ? <StatusNotice>{t("deleted")}</StatusNotice> : null}
      <p className="workflow">
        <Link className="button button--primary" href="/editor/figures/new">
          {t("newFigure")}
        </Link>
        <Link href="/editor/import">{t("import")}</Link>
        <Link href="/editor/events">{t("events")}</Link>
      </p>
      <ListFilters submit={t("filter")}>
        <FilterSelect
          name="status"
          label={t("status")}
          value={status}
          any={t("allStatuses")}
          choices={choicesOf(PUBLICATION_STATUSES, messages.publicationStatus)}
        />
        <FilterSearch label={t("search")} value={search} />
      </ListFilters>
      {figures.length === 0 ? (
        <p className="empty-state">{t("empty")}</p>
      ) : (
        <>
          <Pager window={window} path="/editor" params={kept} noun={t("noun")} label={t("pagerTop")} />
          <DataTable
            caption={t("caption", { count: window.total })}
            rows={figures}
            rowKey={(f) => f.id}
            columns={[
              {
                header: t("indicator"),
                rowHeader: true,
                cell: (f) => (
                  <Link href={`/editor/figures/${f.id}`}>
                    <DataText value={indicatorText(f.indicator, "name", locale)} />
                  </Link>
                ),
              },
              {
                header: t("place"),
                cell: (f) => <PlaceWithCode place={f.location} locale={locale} />,
              },
              { header: t("asOf"), className: "date", cell: (f) => f.asOf.toISOString().slice(0, 10) },
              { header: t("estimate"), cell: (f) => formatEstimate(f, format, messages) },
              {
                header: t("source"),
                cell: (f) => <SourceWithGrade source={f.source} meaning={messages.reliability[f.source.reliability]} />,
              },
              {
                header: t("status"),
                cell: (f) => (
                  <>
                    <StatusBadge status={f.status} />
                    {f.status === "rejected" && f.statusReason ? <p className="muted small">{reasonWords(f.statusReason)}</p> : null}
                  </>
                ),
              },
              { header: t("changed"), className: "date", cell: (f) => format.stamp(f.updatedAt) },
            ]}
          />
          {window.pages > 1 ? <Pager window={window} path="/editor" params={kept} noun={t("noun")} label={t("pagerBottom")} /> : null}
        </>
      )}
    </>
  );
}
