import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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
        <div className="table-wrap">
          <table className="data">
            <caption>{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("affiliation")}</th>
                <th scope="col">{t("grade")}</th>
                <th scope="col" className="num">
                  {t("figures")}
                </th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link href={`/sources/${s.id}`}>{s.name}</Link>
                  </td>
                  <td>{m.sourceKind[s.kind]}</td>
                  <td>{s.affiliation ?? "–"}</td>
                  <td>
                    <Grade reliability={s.reliability} /> {m.reliability[s.reliability]}
                  </td>
                  <td className="num">{count(s.publishedFigures)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
