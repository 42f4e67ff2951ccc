import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FigureSummary } from "@/components/figures/figure-summary";
import { RetractControl } from "@/components/figures/retract-control";
import { getPublicFigure } from "@/lib/data/figures";
import { messages } from "@/lib/domain/messages";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { reviewFigureAction } from "../../review/actions";
import { parseRecordId } from "@/lib/domain/record-ref";
import { getLocale } from "next-intl/server";
import { indicatorName, placeName } from "@/lib/domain/localized";

export const dynamic = "force-dynamic";

const strings = {
  title: (indicator: string, place: string) => `${indicator}, ${place}`,
  retracted: (reason: string | null) =>
    `Retracted${reason ? `: ${reason.replace(/[.!?\s]+$/, "")}` : ""}. This figure no longer appears on the charts.`,
  history: "History",
  historyLede: "Every version of this figure. People are shown by their organisation only.",
  version: "Version",
  when: "When",
  change: "Change",
  estimate: "Estimate",
  status: "Status",
  verification: "Verification",
  by: "By",
  reason: "Reason",
  action: {
    created: "Entered",
    updated: "Edited",
    submitted: "Submitted for review",
    withdrawn: "Withdrawn",
    published: "Published",
    rejected: "Rejected",
    returned: "Sent back",
    revised: "Revised",
    retracted: "Retracted",
  } as Record<string, string>,
};

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

async function load(rawId: string) {
  const id = parseRecordId(rawId);
  return id !== null ? getPublicFigure(id) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [data, locale] = await Promise.all([load((await params).id), getLocale()]);
  return { title: data ? strings.title(indicatorName(data.figure.indicator, locale), placeName(data.figure.location, locale)) : "Figure" };
}

export default async function FigurePage({ params }: { params: Promise<{ id: string }> }) {
  const [data, locale] = await Promise.all([load((await params).id), getLocale()]);
  if (!data) notFound();
  const { figure, history } = data;
  return (
    <>
      <h1>{strings.title(indicatorName(figure.indicator, locale), placeName(figure.location, locale))}</h1>
      {figure.status === "retracted" ? (
        <p className="notice notice--error" role="note">
          {strings.retracted(figure.statusReason)}
        </p>
      ) : null}
      <section className="card">
        <FigureSummary figure={figure} />
      </section>
      {/* A reviewer's control, shown in the browser: this public page is rendered without the session. */}
      <RetractControl action={reviewFigureAction} figure={{ id: figure.id, version: figure.version, status: figure.status }} />
      <section aria-labelledby="history-title">
        <h2 id="history-title">{strings.history}</h2>
        <p className="muted">{strings.historyLede}</p>
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">{strings.history}</caption>
            <thead>
              <tr>
                {/* The estimate first: on a phone it stays in view while the rest scrolls. */}
                <th scope="col">{strings.estimate}</th>
                <th scope="col">{strings.version}</th>
                <th scope="col">{strings.when}</th>
                <th scope="col">{strings.change}</th>
                <th scope="col">{strings.status}</th>
                <th scope="col">{strings.verification}</th>
                <th scope="col">{strings.by}</th>
                <th scope="col">{strings.reason}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.version}>
                  <td>{formatEstimate({ ...h, qualifier: h.qualifier as never })}</td>
                  <td className="num">{h.version}</td>
                  <td className="date">{dateTime.format(h.at)} UTC</td>
                  <td>{strings.action[h.action] ?? h.action}</td>
                  <td>{messages.publicationStatus[h.status as never] ?? h.status}</td>
                  <td>{messages.verification[h.verification as never] ?? h.verification}</td>
                  <td>{h.organisation ?? "—"}</td>
                  <td>{h.reason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
