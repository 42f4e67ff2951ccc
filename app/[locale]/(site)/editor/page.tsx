import { StatusNotice } from "@/components/forms/status-notice";
import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePageRole } from "@/lib/auth/guard";
import { listFiguresForEditor } from "@/lib/data/figures";
import { isOneOf, PUBLICATION_STATUSES } from "@/lib/domain/enums";
import { messages } from "@/lib/domain/messages";
import { parsePage } from "@/lib/domain/paging";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { searchTextParam } from "@/lib/domain/text";

export const dynamic = "force-dynamic";

const strings = {
  title: "Your figures",
  titleAll: "Figures",
  lede: "Drafts, figures waiting for review, rejected ones with the reviewer's reason, and published ones.",
  newFigure: "Enter a new figure",
  events: "Timeline events",
  import: "Import figures from a file",
  status: "Status",
  allStatuses: "All",
  search: "Search (indicator, place, source, notes)",
  filter: "Show",
  caption: (n: number) => `${n.toLocaleString("en-GB")} figure${n === 1 ? "" : "s"}, most recently changed first`,
  noun: "figures",
  pagerTop: "Pages of figures",
  pagerBottom: "Pages of figures (end of list)",
  empty: "No figures match. Enter a new one, or change the filter.",
  indicator: "Indicator",
  place: "Place",
  asOf: "As of",
  estimate: "Estimate",
  source: "Source",
  changed: "Changed",
  reason: "Reviewer's reason",
  deleted: "The draft was deleted.",
};

export const metadata: Metadata = { title: strings.title };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function EditorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageRole("editor", "/editor");
  const params = await searchParams;
  const status = typeof params.status === "string" && isOneOf(PUBLICATION_STATUSES, params.status) ? params.status : undefined;
  const search = searchTextParam(params.q, 100);
  const { rows: figures, window } = await listFiguresForEditor(user, { status, search }, parsePage(params.page));
  const kept = new URLSearchParams();
  if (status) kept.set("status", status);
  if (search) kept.set("q", search);
  return (
    <>
      <h1>{user.role === "editor" ? strings.title : strings.titleAll}</h1>
      <p className="lede">{strings.lede}</p>
      {params.deleted ? <StatusNotice>{strings.deleted}</StatusNotice> : null}
      <p className="workflow">
        <Link className="button button--primary" href="/editor/figures/new">
          {strings.newFigure}
        </Link>
        <Link href="/editor/import">{strings.import}</Link>
        <Link href="/editor/events">{strings.events}</Link>
      </p>
      <form method="get" className="filters" role="search">
        <div className="field">
          <label htmlFor="status">{strings.status}</label>
          <select id="status" name="status" defaultValue={status ?? ""}>
            <option value="">{strings.allStatuses}</option>
            {PUBLICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {messages.publicationStatus[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="q">{strings.search}</label>
          <input id="q" name="q" type="search" defaultValue={search} />
        </div>
        <button type="submit" className="button">
          {strings.filter}
        </button>
      </form>
      {figures.length === 0 ? (
        <p className="empty-state">{strings.empty}</p>
      ) : (
        <>
          <Pager window={window} path="/editor" params={kept} noun={strings.noun} label={strings.pagerTop} />
          <div className="table-wrap">
            <table className="data">
              <caption>{strings.caption(window.total)}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings.indicator}</th>
                  <th scope="col">{strings.place}</th>
                  <th scope="col">{strings.asOf}</th>
                  <th scope="col">{strings.estimate}</th>
                  <th scope="col">{strings.source}</th>
                  <th scope="col">{strings.status}</th>
                  <th scope="col">{strings.changed}</th>
                </tr>
              </thead>
              <tbody>
                {figures.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">
                      <Link href={`/editor/figures/${f.id}`}>{f.indicator.name}</Link>
                    </th>
                    <td>
                      {f.location.nameEn} <span className="muted">({f.location.pcode})</span>
                    </td>
                    <td className="date">{f.asOf.toISOString().slice(0, 10)}</td>
                    <td>{formatEstimate(f)}</td>
                    <td>
                      {f.source.name}{" "}
                      <abbr className="grade" title={messages.reliability[f.source.reliability]}>
                        {f.source.reliability}
                      </abbr>
                    </td>
                    <td>
                      <StatusBadge status={f.status} />
                      {f.status === "rejected" && f.statusReason ? (
                        <p className="muted small">
                          {strings.reason}: {f.statusReason}
                        </p>
                      ) : null}
                    </td>
                    <td className="date">{dateTime.format(f.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {window.pages > 1 ? <Pager window={window} path="/editor" params={kept} noun={strings.noun} label={strings.pagerBottom} /> : null}
        </>
      )}
    </>
  );
}
