import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ImportUploadForm } from "@/components/import/upload-form";
import { requirePageRole } from "@/lib/auth/guard";
import { listBatches } from "@/lib/data/figure-import";
import { IMPORT_LIMITS } from "@/lib/import/read";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports.list");
  return { title: t("title") };
}

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageRole("editor", "/editor/import");
  const { deleted } = await searchParams;
  const batches = await listBatches(user);
  const t = await getTranslations("imports.list");
  const format = formatFor((await getLocale()) as Locale);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      {deleted ? (
        <p role="status" className="notice notice--ok">
          {t("deleted")}
        </p>
      ) : null}
      <ImportUploadForm limits={{ megabytes: Math.round(IMPORT_LIMITS.bytes / (1024 * 1024)), rows: IMPORT_LIMITS.rows }} />
      <h2>{user.role === "editor" ? t("batches") : t("batchesAll")}</h2>
      {batches.length === 0 ? (
        <p className="empty-state">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption>{t("caption", { count: batches.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("file")}</th>
                <th scope="col">{t("by")}</th>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("state")}</th>
                <th scope="col" className="num">
                  {t("rows")}
                </th>
                <th scope="col" className="num">
                  {t("figures")}
                </th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr key={b.id}>
                  <th scope="row">
                    <Link href={`/editor/import/${b.id}`}>{b.fileName}</Link>
                  </th>
                  <td>{b.createdBy?.name ?? ""}</td>
                  <td>{format.stamp(b.createdAt)}</td>
                  <td>{t(`states.${b.state}`)}</td>
                  <td className="num">{b.rowsTotal ? format.count(b.rowsTotal) : ""}</td>
                  <td className="num">{format.count(b._count.figures)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link href="/editor">{t("back")}</Link>
      </p>
    </>
  );
}
