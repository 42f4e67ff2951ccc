import { StatusNotice } from "@/components/forms/status-notice";
import { LocationForm } from "@/components/forms/location-form";
import { LocationImportForm } from "@/components/forms/location-import-form";
import { DataTable } from "@/components/ui/data-table";
import { requirePageRole } from "@/lib/auth/guard";
import { listLocationsForAdmin } from "@/lib/data/locations";
import { Link } from "@/lib/i18n/navigation";
import { importLocationsAction, saveLocationAction } from "./actions";
import { pageWords, titleMetadata } from "@/lib/i18n/page-words";
import { PageIntro } from "@/components/ui/page-intro";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("admin.locations.title");

export default async function AdminLocationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageRole("admin", "/admin/locations");
  const { deleted } = await searchParams;
  const locations = await listLocationsForAdmin();
  const { t, locale, format } = await pageWords("admin.locations");
  // Tree order: each place after its parent (P-codes extend their parent's, so sorting by P-code does it).
  const ordered = [...locations].sort((a, b) => a.pcode.localeCompare(b.pcode));
  const parents = ordered
    .filter((l) => l.adminLevel < 4)
    .map((l) => ({ id: l.id, label: `${"  ".repeat(l.adminLevel)}${l.pcode} — ${locale === "uk" ? l.nameUk : l.nameEn}` }));
  return (
    <>
      <PageIntro t={t} />
      {deleted ? <StatusNotice>{t("deleted")}</StatusNotice> : null}
      <DataTable
        caption={t("caption", { count: locations.length })}
        rows={ordered}
        rowKey={(l) => l.id}
        columns={[
          { header: t("pcode"), cell: (l) => <code>{l.pcode}</code> },
          {
            header: t("name"),
            rowHeader: true,
            cellAttributes: (l) => ({ style: { paddingLeft: `${0.6 + l.adminLevel * 1.2}rem` } }),
            cell: (l) => <Link href={`/admin/locations/${l.id}`}>{l.nameEn}</Link>,
          },
          { header: t("nameUk"), cellAttributes: () => ({ lang: "uk" }), cell: (l) => l.nameUk },
          { header: t("level"), numeric: true, cell: (l) => l.adminLevel },
          { header: t("figures"), numeric: true, cell: (l) => format.count(l._count.figures) },
          { header: t("children"), numeric: true, cell: (l) => format.count(l._count.children) },
        ]}
      />
      <section className="card" aria-labelledby="add-place">
        <h2 id="add-place">{t("add")}</h2>
        <LocationForm action={saveLocationAction} initial={{}} parents={parents} editing={false} />
      </section>
      <section className="card" aria-labelledby="import-places">
        <h2 id="import-places">{t("import")}</h2>
        <LocationImportForm action={importLocationsAction} />
      </section>
    </>
  );
}
