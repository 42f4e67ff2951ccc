import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePageRole } from "@/lib/auth/guard";
import { listTimelineEventsForEditor } from "@/lib/data/timeline";

export const dynamic = "force-dynamic";

const strings = {
  title: "Timeline events",
  lede: "Dated events and claims in words (“Russia's MoD claims full control of Bakhmut”), through the same review as figures.",
  add: "Enter a new event",
  figures: "Figures",
  caption: (n: number) => `${n} event${n === 1 ? "" : "s"}, most recently changed first`,
  empty: "No timeline events yet.",
  date: "Date",
  what: "Event or claim",
  place: "Place",
  source: "Source",
  status: "Status",
};

export const metadata: Metadata = { title: strings.title };

export default async function EditorEventsPage() {
  const user = await requirePageRole("editor", "/editor/events");
  const events = await listTimelineEventsForEditor(user);
  return (
    <>
      <p>
        <Link href="/editor">← {strings.figures}</Link>
      </p>
      <h1>{strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      <p>
        <Link className="button button--primary" href="/editor/events/new">
          {strings.add}
        </Link>
      </p>
      {events.length === 0 ? (
        <p className="empty-state">{strings.empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption>{strings.caption(events.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.date}</th>
                <th scope="col">{strings.what}</th>
                <th scope="col">{strings.place}</th>
                <th scope="col">{strings.source}</th>
                <th scope="col">{strings.status}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td className="date">{e.occurredOn.toISOString().slice(0, 10)}</td>
                  <th scope="row">
                    <Link href={`/editor/events/${e.id}`}>{e.title}</Link>
                  </th>
                  <td>{e.location.nameEn}</td>
                  <td>
                    {e.source.name} <span className="grade">{e.source.reliability}</span>
                  </td>
                  <td>
                    <StatusBadge status={e.status} />
                    {e.statusReason ? <p className="muted small">{e.statusReason}</p> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
