import { DataTable } from "@/components/ui/data-table";
import { gradeLabel } from "@/components/ui/grade";
import { SourceRows, type GradeWords, type SourceCells } from "@/components/ui/source-rows";
import { listSourcesWithCounts } from "@/lib/data/sources";
import { pageWords, titleMetadata } from "@/lib/i18n/page-words";
import { PageIntro } from "@/components/ui/page-intro";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("public.sources.title");

export default async function SourcesPage() {
  const {
    t,
    locale,
    messages: m,
    format: { count },
  } = await pageWords("public.sources");
  const sources = await listSourcesWithCounts();
  const grades: GradeWords = {};
  for (const s of sources)
    grades[s.reliability] ??= { title: gradeLabel(s.reliability, undefined, locale).title, label: m.reliability[s.reliability] };
  return (
    <>
      <PageIntro t={t} />
      <div className="card">
        <DataTable
          caption={t("caption")}
          rows={sources}
          rowKey={(s) => s.id}
          columns={[
            { header: t("name") },
            { header: t("kind") },
            { header: t("affiliation") },
            { header: t("grade") },
            { header: t("figures"), numeric: true },
          ]}
          body={
            <SourceRows
              grades={grades}
              rows={sources.map((s): SourceCells => [
                s.id,
                s.name,
                m.sourceKind[s.kind],
                s.affiliation ?? "–",
                s.reliability,
                count(s.publishedFigures),
              ])}
            />
          }
        />
      </div>
    </>
  );
}
