import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimsTable } from "@/components/charts/claims-table";
import { Grade } from "@/components/ui/grade";
import { formatDay } from "@/components/ui/format";
import { Pager } from "@/components/ui/pager";
import { getSourceDetail } from "@/lib/data/sources";
import { messages } from "@/lib/domain/messages";
import { parsePage } from "@/lib/domain/paging";
import { parseRecordId } from "@/lib/domain/record-ref";
import { LocalizedText } from "@/components/i18n/localized-text";
import { getLocale } from "next-intl/server";
import { indicatorName } from "@/lib/domain/localized";

export const dynamic = "force-dynamic";

const strings = {
  back: "All sources",
  kind: "Kind",
  affiliation: "Affiliation",
  grade: "Reliability grade",
  website: "Website",
  notes: "Why this grade",
  history: "Grade history",
  historyCaption: "Every change of this source's grade",
  changed: "Changed on",
  from: "From",
  to: "To",
  reason: "Reason",
  noHistory: "The grade has not been changed since the source was recorded.",
  figures: (n: number) => `Published figures (${n.toLocaleString("en-GB")})`,
  figuresNoun: "figures, newest first",
  pagerTop: "Pages of figures",
  pagerBottom: "Pages of figures (bottom)",
  noFigures: "No published figures from this source yet.",
  indicator: (name: string) => name,
  tableTitle: (source: string) => `Figures from ${source}`,
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// One read per request, shared by the metadata and the page.
const loadSource = cache((sourceId: number, page: number) => getSourceDetail(sourceId, page));

async function load({ params, searchParams }: Props) {
  const sourceId = parseRecordId((await params).id);
  return sourceId === null ? null : loadSource(sourceId, parsePage((await searchParams).page));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const source = await load(props);
  return { title: source?.name };
}

export default async function SourcePage(props: Props) {
  const [source, locale] = await Promise.all([load(props), getLocale()]);
  if (!source) notFound();
  const path = `/sources/${source.id}`;
  const byIndicator = new Map<string, { name: string; nameUk: string | null; domain: string; figures: typeof source.figures }>();
  for (const f of source.figures) {
    const group = byIndicator.get(f.indicatorSlug) ?? { name: f.indicatorName, nameUk: f.indicatorNameUk, domain: f.domain, figures: [] };
    group.figures.push(f);
    byIndicator.set(f.indicatorSlug, group);
  }
  return (
    <>
      <p>
        <Link href="/sources">
          <span aria-hidden="true">← </span>
          {strings.back}
        </Link>
      </p>
      <h1>{source.name}</h1>
      <dl className="source-facts">
        <div>
          <dt>{strings.kind}</dt>
          <dd>{messages.sourceKind[source.kind]}</dd>
        </div>
        {source.affiliation ? (
          <div>
            <dt>{strings.affiliation}</dt>
            <dd>{source.affiliation}</dd>
          </div>
        ) : null}
        <div>
          <dt>{strings.grade}</dt>
          <dd>
            <Grade reliability={source.reliability} /> {messages.reliability[source.reliability]}
          </dd>
        </div>
        {source.url ? (
          <div>
            <dt>{strings.website}</dt>
            <dd>
              <a href={source.url} rel="noopener noreferrer">
                {source.url}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {source.notes || source.notesUk ? (
        <section className="card" aria-labelledby="notes-title">
          <h2 id="notes-title">{strings.notes}</h2>
          <p>
            <LocalizedText en={source.notes} uk={source.notesUk} />
          </p>
        </section>
      ) : null}
      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{strings.history}</h2>
        {source.gradeHistory.length === 0 ? (
          <p className="muted">{strings.noHistory}</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">{strings.historyCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings.changed}</th>
                  <th scope="col">{strings.from}</th>
                  <th scope="col">{strings.to}</th>
                  <th scope="col">{strings.reason}</th>
                </tr>
              </thead>
              <tbody>
                {source.gradeHistory.map((g) => (
                  <tr key={g.id}>
                    <td className="date">{formatDay(g.changedAt)}</td>
                    <td>{g.fromGrade ? <Grade reliability={g.fromGrade} /> : "–"}</td>
                    <td>
                      <Grade reliability={g.toGrade} />
                    </td>
                    <td>{g.reason ?? "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="figures-title">
        <h2 id="figures-title">{strings.figures(source.window.total)}</h2>
        {source.figures.length === 0 ? <p className="muted">{strings.noFigures}</p> : null}
        <Pager window={source.window} path={path} noun={strings.figuresNoun} label={strings.pagerTop} />
        {[...byIndicator.entries()].map(([slug, group]) => (
          <div key={slug} className="source-indicator">
            <h3>
              <Link href={`/${group.domain}#${slug}`}>
                <LocalizedText en={group.name} uk={group.nameUk} />
              </Link>
            </h3>
            <ClaimsTable title={indicatorName(group, locale)} points={group.figures} showPlace />
          </div>
        ))}
        {source.window.pages > 1 ? (
          <Pager window={source.window} path={path} noun={strings.figuresNoun} label={strings.pagerBottom} />
        ) : null}
      </section>
    </>
  );
}
