import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimsTable } from "@/components/charts/claims-table";
import { Grade } from "@/components/ui/grade";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { getSourceDetail } from "@/lib/data/sources";
import { DataText } from "@/components/ui/data-text";
import { enteredTextLang, indicatorText, localized, type LocalizedText } from "@/lib/domain/localized";
import { Link } from "@/lib/i18n/navigation";
import { parsePage } from "@/lib/domain/paging";
import { parseRecordId } from "@/lib/domain/record-ref";
import { pageWords } from "@/lib/i18n/page-words";
import { OutsideLink } from "@/components/ui/outside-link";

export const dynamic = "force-dynamic";

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
  const source = await load(props);
  if (!source) notFound();
  const { t, locale, messages: m, format } = await pageWords("public.source");
  const path = `/sources/${source.id}`;
  const byIndicator = new Map<string, { name: LocalizedText; domain: string; figures: typeof source.figures }>();
  for (const f of source.figures) {
    const group = byIndicator.get(f.indicatorSlug) ?? {
      name: indicatorText({ name: f.indicatorName, nameUk: f.indicatorNameUk }, "name", locale),
      domain: f.domain,
      figures: [],
    };
    group.figures.push(f);
    byIndicator.set(f.indicatorSlug, group);
  }
  return (
    <>
      <p>
        <Link href="/sources">
          <span aria-hidden="true">← </span>
          {t("back")}
        </Link>
      </p>
      <h1>{source.name}</h1>
      <dl className="source-facts">
        <div>
          <dt>{t("kind")}</dt>
          <dd>{m.sourceKind[source.kind]}</dd>
        </div>
        {source.affiliation ? (
          <div>
            <dt>{t("affiliation")}</dt>
            <dd>{source.affiliation}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("grade")}</dt>
          <dd>
            <Grade reliability={source.reliability} /> {m.reliability[source.reliability]}
          </dd>
        </div>
        {source.url ? (
          <div>
            <dt>{t("website")}</dt>
            <dd>
              <OutsideLink href={source.url} />
            </dd>
          </div>
        ) : null}
      </dl>
      {source.notes || source.notesUk ? (
        <section className="card" aria-labelledby="notes-title">
          <h2 id="notes-title">{t("notes")}</h2>
          <p>
            <DataText value={localized({ en: source.notes, uk: source.notesUk }, locale)} />
          </p>
        </section>
      ) : null}
      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t("history")}</h2>
        {source.gradeHistory.length === 0 ? (
          <p className="muted">{t("noHistory")}</p>
        ) : (
          <DataTable
            caption={t("historyCaption")}
            captionHidden
            rows={source.gradeHistory}
            rowKey={(g) => g.id}
            columns={[
              { header: t("changed"), className: "date", cell: (g) => format.day(g.changedAt) },
              { header: t("from"), cell: (g) => (g.fromGrade ? <Grade reliability={g.fromGrade} /> : "–") },
              { header: t("to"), cell: (g) => <Grade reliability={g.toGrade} /> },
              {
                header: t("reason"),
                cellAttributes: (g) => ({ lang: g.reason ? enteredTextLang(g.reason) : undefined }),
                cell: (g) => g.reason ?? "–",
              },
            ]}
          />
        )}
      </section>
      <section className="card" aria-labelledby="figures-title">
        <h2 id="figures-title">{t("figures", { count: source.window.total })}</h2>
        {source.figures.length === 0 ? <p className="muted">{t("noFigures")}</p> : null}
        <Pager window={source.window} path={path} noun={t("figuresNoun")} label={t("pagerTop")} />
        {[...byIndicator.entries()].map(([slug, group]) => (
          <div key={slug} className="source-indicator">
            <h3>
              <Link href={`/${group.domain}#${slug}`}>
                <DataText value={group.name} />
              </Link>
            </h3>
            <ClaimsTable title={group.name.text} points={group.figures} showPlace />
          </div>
        ))}
        {source.window.pages > 1 ? <Pager window={source.window} path={path} noun={t("figuresNoun")} label={t("pagerBottom")} /> : null}
      </section>
    </>
  );
}
