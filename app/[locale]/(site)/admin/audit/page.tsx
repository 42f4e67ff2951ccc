import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/guard";
import { AUDIT_PAGE_SIZE, auditEntityTypes, listAuditEvents } from "@/lib/data/audit";
import { auditChanges } from "@/lib/domain/audit-diff";
import { parseCalendarDateInRange } from "@/lib/domain/dates";
import { searchTextParam } from "@/lib/domain/text";

export const dynamic = "force-dynamic";

const strings = {
  title: "Audit log",
  lede: "Every change and every sign-in attempt, newest first. The log can only grow: neither the app nor the database lets anyone edit or delete it.",
  actor: "Actor (email contains)",
  entity: "Entity",
  any: "All",
  from: "From",
  to: "To",
  filter: "Filter",
  caption: (n: number) => (n >= AUDIT_PAGE_SIZE ? `The newest ${n} matching events` : `${n} matching event${n === 1 ? "" : "s"}`),
  empty: "No events match.",
  when: "When (UTC)",
  who: "Actor",
  action: "Action",
  what: "Entity",
  origin: "From",
  change: "What changed (before → after)",
  noChange: "No field changed.",
  raw: "Raw JSON",
  rawBefore: "Before",
  rawAfter: "After",
  system: "system",
};

export const metadata: Metadata = { title: strings.title };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
const str = (v: string | string[] | undefined) => searchTextParam(v, 320);

/** The event's changed fields as "field: before → after", and the stored JSON under a disclosure. */
function Change({ before, after }: { before: unknown; after: unknown }) {
  const changes = auditChanges(before, after);
  if (before == null && after == null) return null;
  return (
    <>
      {changes.length === 0 ? (
        <p className="muted small">{strings.noChange}</p>
      ) : (
        <dl className="audit__fields">
          {changes.map((c) => (
            <div key={c.field}>
              <dt>{c.field}</dt>
              <dd>
                {c.before !== null ? <del>{c.before}</del> : null}
                {c.before !== null && c.after !== null ? " → " : null}
                {c.after !== null ? <ins>{c.after}</ins> : null}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <details className="audit__raw">
        <summary>{strings.raw}</summary>
        {before != null ? (
          <>
            <p className="small">{strings.rawBefore}</p>
            <pre>{JSON.stringify(before, null, 2)}</pre>
          </>
        ) : null}
        {after != null ? (
          <>
            <p className="small">{strings.rawAfter}</p>
            <pre>{JSON.stringify(after, null, 2)}</pre>
          </>
        ) : null}
      </details>
    </>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("admin", "/admin/audit");
  const params = await searchParams;
  const filter = {
    actorEmail: str(params.actor) || undefined,
    entityType: str(params.entity) || undefined,
    from: parseCalendarDateInRange(str(params.from)) ?? undefined,
    to: parseCalendarDateInRange(str(params.to)) ?? undefined,
  };
  const [events, entityTypes] = await Promise.all([listAuditEvents(filter), auditEntityTypes()]);
  return (
    <>
      <h1>{strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      <form method="get" className="filters" role="search">
        <div className="field">
          <label htmlFor="actor">{strings.actor}</label>
          <input id="actor" name="actor" defaultValue={filter.actorEmail ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="entity">{strings.entity}</label>
          <select id="entity" name="entity" defaultValue={filter.entityType ?? ""}>
            <option value="">{strings.any}</option>
            {entityTypes.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="from">{strings.from}</label>
          <input id="from" name="from" type="date" defaultValue={str(params.from)} />
        </div>
        <div className="field">
          <label htmlFor="to">{strings.to}</label>
          <input id="to" name="to" type="date" defaultValue={str(params.to)} />
        </div>
        <button type="submit" className="button">
          {strings.filter}
        </button>
      </form>
      {events.length === 0 ? (
        <p className="empty-state">{strings.empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="data audit">
            <caption>{strings.caption(events.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.when}</th>
                <th scope="col">{strings.who}</th>
                <th scope="col">{strings.action}</th>
                <th scope="col">{strings.what}</th>
                <th scope="col">{strings.change}</th>
                <th scope="col">{strings.origin}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={String(e.id)}>
                  <td className="date">{dateTime.format(e.at)}</td>
                  <td>{e.actorEmail ?? strings.system}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    {e.entityType}
                    {e.entityId ? ` ${e.entityId}` : ""}
                  </td>
                  <td className="audit__change">
                    <Change before={e.before} after={e.after} />
                  </td>
                  <td className="muted small">{e.origin}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
