import { StatusNotice } from "@/components/forms/status-notice";
import type { Metadata } from "next";
import Link from "next/link";
import { SourceForm } from "@/components/forms/source-form";
import { requirePageRole } from "@/lib/auth/guard";
import { listSourcesForAdmin } from "@/lib/data/sources";
import { isOneOf, RELIABILITIES, SOURCE_KINDS } from "@/lib/domain/enums";
import { messages } from "@/lib/domain/messages";
import { searchTextParam } from "@/lib/domain/text";
import { saveSourceAction } from "./actions";

export const dynamic = "force-dynamic";

const strings = {
  title: "Sources",
  lede: "Who makes the claims, and how reliable each has been (Admiralty grades A–F). A grade change is kept and shown publicly on the source's page.",
  search: "Search (name or affiliation)",
  kind: "Kind",
  grade: "Grade",
  status: "Status",
  any: "All",
  active: "Active",
  inactive: "Deactivated",
  filter: "Show",
  caption: (n: number) => `${n} source${n === 1 ? "" : "s"}`,
  empty: "No source matches.",
  name: "Name",
  affiliation: "Affiliation",
  cited: "Cited by",
  citedBy: (figures: number, events: number) => `${figures} figure${figures === 1 ? "" : "s"}, ${events} event${events === 1 ? "" : "s"}`,
  add: "Add a source",
  deleted: "The source was deleted.",
};

export const metadata: Metadata = { title: strings.title };

export default async function AdminSourcesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("admin", "/admin/sources");
  const params = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");
  const kind = isOneOf(SOURCE_KINDS, one(params.kind)) ? (one(params.kind) as (typeof SOURCE_KINDS)[number]) : undefined;
  const reliability = isOneOf(RELIABILITIES, one(params.grade)) ? (one(params.grade) as (typeof RELIABILITIES)[number]) : undefined;
  const active = one(params.status) === "active" ? true : one(params.status) === "inactive" ? false : undefined;
  const search = searchTextParam(params.q, 100);
  const sources = await listSourcesForAdmin({ search, kind, reliability, active });
  return (
    <>
      <h1>{strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      {params.deleted ? <StatusNotice>{strings.deleted}</StatusNotice> : null}
      <form method="get" className="filters" role="search">
        <div className="field">
          <label htmlFor="q">{strings.search}</label>
          <input id="q" name="q" type="search" defaultValue={search} />
        </div>
        <div className="field">
          <label htmlFor="kind">{strings.kind}</label>
          <select id="kind" name="kind" defaultValue={kind ?? ""}>
            <option value="">{strings.any}</option>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {messages.sourceKind[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="grade">{strings.grade}</label>
          <select id="grade" name="grade" defaultValue={reliability ?? ""}>
            <option value="">{strings.any}</option>
            {RELIABILITIES.map((r) => (
              <option key={r} value={r}>
                {r} — {messages.reliability[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="status">{strings.status}</label>
          <select id="status" name="status" defaultValue={one(params.status)}>
            <option value="">{strings.any}</option>
            <option value="active">{strings.active}</option>
            <option value="inactive">{strings.inactive}</option>
          </select>
        </div>
        <button type="submit" className="button">
          {strings.filter}
        </button>
      </form>
      {sources.length === 0 ? (
        <p className="empty-state">{strings.empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption>{strings.caption(sources.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.name}</th>
                <th scope="col">{strings.kind}</th>
                <th scope="col">{strings.affiliation}</th>
                <th scope="col">{strings.grade}</th>
                <th scope="col">{strings.status}</th>
                <th scope="col">{strings.cited}</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link href={`/admin/sources/${s.id}`}>{s.name}</Link>
                  </th>
                  <td>{messages.sourceKind[s.kind]}</td>
                  <td>{s.affiliation ?? ""}</td>
                  <td>
                    <abbr className="grade" title={messages.reliability[s.reliability]}>
                      {s.reliability}
                    </abbr>
                  </td>
                  <td>{s.isActive ? strings.active : <strong>{strings.inactive}</strong>}</td>
                  <td>{strings.citedBy(s._count.figures, s._count.timelineEvents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="card" aria-labelledby="add-source">
        <h2 id="add-source">{strings.add}</h2>
        <SourceForm action={saveSourceAction} initial={{}} />
      </section>
    </>
  );
}
