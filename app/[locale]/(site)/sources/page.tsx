import { DataTable } from "@/components/ui/data-table";
import { Grade } from "@/components/ui/grade";
import { listSourcesWithCounts } from "@/lib/data/sources";
import { Link } from "@/lib/i18n/navigation";
import { pageWords, titleMetadata } from "@/lib/i18n/page-words";
import { PageIntro } from "@/components/ui/page-intro";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("public.sources.title");

export default async function SourcesPage() {
  const {
    t,
    messages: m,
    format: { count },
  } = await pageWords("public.sources");
  const sources = await listSourcesWithCounts();
  return (
    <>
      <PageIntro t={t} />
      <div className="card">
        <DataTable
          caption={t("caption")}
          rows={sources}
          rowKey={(s) => s.id}
          columns={[
            { header: t("name"), cell: (s) => <Link href={`/sources/${s.id}`}>{s.name}</Link> },
            { header: t("kind"), cell: (s) => m.sourceKind[s.kind] },
            { header: t("affiliation"), cell: (s) => s.affiliation ?? "–" },
            {
              header: t("grade"),
              cell: (s) => (
                <>
                  <Grade reliability={s.reliability} /> {m.reliability[s.reliability]}
                </>
              ),
            },
            { header: t("figures"), numeric: true, cell: (s) => count(s.publishedFigures) },
          ]}
        />
      </div>
    </>
  );
}
