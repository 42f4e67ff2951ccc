import { StatusNotice } from "@/components/forms/status-notice";
import type { Metadata } from "next";
import Link from "next/link";
import { LocationForm } from "@/components/forms/location-form";
import { LocationImportForm } from "@/components/forms/location-import-form";
import { requirePageRole } from "@/lib/auth/guard";
import { listLocationsForAdmin } from "@/lib/data/locations";
import { importLocationsAction, saveLocationAction } from "./actions";

export const dynamic = "force-dynamic";

const strings = {
  title: "Locations",
  lede: "Places in the admin hierarchy (country › oblast › raion › hromada › settlement) with their P-codes. A child's P-code extends its parent's.",
  caption: (n: number) => `${n} places, in hierarchy order`,
  pcode: "P-code",
  name: "Name",
  nameUk: "Ukrainian",
  level: "Level",
  figures: "Figures",
  children: "Places below",
  add: "Add a place",
  import: "Import from a CSV file",
  deleted: "The place was deleted.",
};

export const metadata: Metadata = { title: strings.title };

export default async function AdminLocationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageRole("admin", "/admin/locations");
  const { deleted } = await searchParams;
  const locations = await listLocationsForAdmin();
  // Tree order: each place after its parent (P-codes extend their parent's, so sorting by P-code does it).
  const ordered = [...locations].sort((a, b) => a.pcode.localeCompare(b.pcode));
  const parents = ordered
    .filter((l) => l.adminLevel < 4)
    .map((l) => ({ id: l.id, label: `${"  ".repeat(l.adminLevel)}${l.pcode} — ${l.nameEn}` }));
  return (
    <>
      <h1>{strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      {deleted ? <StatusNotice>{strings.deleted}</StatusNotice> : null}
      <div className="table-wrap">
        <table className="data">
          <caption>{strings.caption(locations.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.pcode}</th>
              <th scope="col">{strings.name}</th>
              <th scope="col">{strings.nameUk}</th>
              <th scope="col" className="num">
                {strings.level}
              </th>
              <th scope="col" className="num">
                {strings.figures}
              </th>
              <th scope="col" className="num">
                {strings.children}
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
                <td className="num">{l._count.figures}</td>
                <td className="num">{l._count.children}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="card" aria-labelledby="add-place">
        <h2 id="add-place">{strings.add}</h2>
        <LocationForm action={saveLocationAction} initial={{}} parents={parents} editing={false} />
      </section>
      <section className="card" aria-labelledby="import-places">
        <h2 id="import-places">{strings.import}</h2>
        <LocationImportForm action={importLocationsAction} />
      </section>
    </>
  );
}
