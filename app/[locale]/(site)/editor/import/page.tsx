import { ImportUploadForm } from "@/components/import/upload-form";
import { RecordTable } from "@/components/ui/data-table";
import { requirePageRole } from "@/lib/auth/guard";
import { listBatches } from "@/lib/data/figure-import";
import { IMPORT_LIMITS } from "@/lib/import/read";
import { Link } from "@/lib/i18n/navigation";
import { pageWords, titleMetadata } from "@/lib/i18n/page-words";
import { PageIntro } from "@/components/ui/page-intro";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("imports.list.title");

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageRole("editor", "/editor/import");
  const { deleted } = await searchParams;
  const batches = await listBatches(user);
  const { t, format } = await pageWords("imports.list");
  return (
    <>
      <PageIntro t={t} />
      {deleted ? (
        <p role="status" className="notice notice--ok">
          {t("deleted")}
        </p>
      ) : null}
      <ImportUploadForm limits={{ megabytes: Math.round(IMPORT_LIMITS.bytes / (1024 * 1024)), rows: IMPORT_LIMITS.rows }} />
      <h2>{user.role === "editor" ? t("batches") : t("batchesAll")}</h2>
      <RecordTable
        t={t}
        rows={batches}
        columns={[
          { header: t("file"), rowHeader: true, cell: (b) => <Link href={`/editor/import/${b.id}`}>{b.fileName}</Link> },
          { header: t("by"), cell: (b) => b.createdBy?.name ?? "" },
          { header: t("when"), cell: (b) => format.stamp(b.createdAt) },
          { header: t("state"), cell: (b) => t(`states.${b.state}`) },
          { header: t("rows"), numeric: true, cell: (b) => (b.rowsTotal ? format.count(b.rowsTotal) : "") },
          { header: t("figures"), numeric: true, cell: (b) => format.count(b._count.figures) },
        ]}
      />
      <p>
        <Link href="/editor">{t("back")}</Link>
      </p>
    </>
  );
}
