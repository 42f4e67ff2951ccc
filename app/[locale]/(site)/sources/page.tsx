import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { Grade } from "@/components/ui/grade";
import { listSourcesWithCounts } from "@/lib/data/sources";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.sources");
  return { title: t("title") };
}

export default async function SourcesPage() {
  const t = await getTranslations("public.sources");
  const locale = (await getLocale()) as Locale;
  const m = messagesFor(locale);
  const { count } = formatFor(locale);
  const sources = await listSourcesWithCounts();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
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
