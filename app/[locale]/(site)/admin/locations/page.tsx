import { StatusNotice } from "@/components/forms/status-notice";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LocationForm } from "@/components/forms/location-form";
import { LocationImportForm } from "@/components/forms/location-import-form";
import { requirePageRole } from "@/lib/auth/guard";
import { listLocationsForAdmin } from "@/lib/data/locations";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { importLocationsAction, saveLocationAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.locations");
  return { title: t("title") };
}

export default async function AdminLocationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageRole("admin", "/admin/locations");
  const { deleted } = await searchParams;
  const locations = await listLocationsForAdmin();
  const t = await getTranslations("admin.locations");
  const locale = (await getLocale()) as Locale;
  const format = formatFor(locale);
  // Tree order: each place after its parent (P-codes extend their parent's, so sorting by P-code does it).
  const ordered = [...locations].sort((a, b) => a.pcode.localeCompare(b.pcode));
  const parents = ordered
    .filter((l) => l.adminLevel < 4)
    .map((l) => ({ id: l.id, label: `${"  ".repeat(l.adminLevel)}${l.pcode} — ${locale === "uk" ? l.nameUk : l.nameEn}` }));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      {deleted ? <StatusNotice>{t("deleted")}</StatusNotice> : null}
      <div className="table-wrap">
        <table className="data">
          <caption>{t("caption", { count: locations.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("pcode")}</th>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("nameUk")}</th>
              <th scope="col" className="num">
                {t("level")}
              </th>
              <th scope="col" className="num">
                {t("figures")}
              </th>
              <th scope="col" className="num">
                {t("children")}
              </th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((l) => (
              <tr key={l.id}>
                <td>
                  <code>{l.pcode}</code>
                </td>
                <th scope="row" style={{ paddingLeft: `${0.6 + l.adminLevel * 1.2}rem` }}>
                  <Link href={`/admin/locations/${l.id}`}>{l.nameEn}</Link>
                </th>
                <td lang="uk">{l.nameUk}</td>
                <td className="num">{l.adminLevel}</td>
                <td className="num">{format.count(l._count.figures)}</td>
                <td className="num">{format.count(l._count.children)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
