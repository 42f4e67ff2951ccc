import type { Metadata } from "next";
import Link from "next/link";
import { ImportUploadForm } from "@/components/import/upload-form";
import { requirePageRole } from "@/lib/auth/guard";
import { listBatches } from "@/lib/data/figure-import";

export const dynamic = "force-dynamic";

const strings = {
  title: "Import figures",
  lede:
    "Bring a table of figures (a sitrep, a DTM round, another organisation's HXL export, this site's own export) into review: " +
    "upload it, check how its columns are read, see every problem by line and column, then import it in one go. " +
    "Imported figures are drafts or submitted for review, never published directly.",
  batches: "Your imports",
  batchesAll: "Imports",
  caption: (n: number) => `${n} import${n === 1 ? "" : "s"}, newest first`,
  empty: "No imports yet.",
  file: "File",
  by: "By",
  when: "Uploaded",
  state: "State",
  rows: "Rows",
  figures: "Figures",
  states: { uploaded: "Columns to confirm", checked: "Checked, not imported", applied: "Imported" } as Record<string, string>,
  deleted: "The import was deleted.",
  back: "Your figures",
};

export const metadata: Metadata = { title: strings.title };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageRole("editor", "/editor/import");
  const { deleted } = await searchParams;
  const batches = await listBatches(user);
  return (
    <>
      <h1>{strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      {deleted ? (
        <p role="status" className="notice notice--ok">
          {strings.deleted}
        </p>
      ) : null}
      <ImportUploadForm />
      <h2>{user.role === "editor" ? strings.batches : strings.batchesAll}</h2>
      {batches.length === 0 ? (
        <p className="empty-state">{strings.empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption>{strings.caption(batches.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.file}</th>
                <th scope="col">{strings.by}</th>
                <th scope="col">{strings.when}</th>
                <th scope="col">{strings.state}</th>
                <th scope="col" className="num">
                  {strings.rows}
                </th>
                <th scope="col" className="num">
                  {strings.figures}
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
                  <td>{dateTime.format(b.createdAt)}</td>
                  <td>{strings.states[b.state]}</td>
                  <td className="num">{b.rowsTotal ? b.rowsTotal.toLocaleString("en-GB") : ""}</td>
                  <td className="num">{b._count.figures.toLocaleString("en-GB")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link href="/editor">{strings.back}</Link>
      </p>
    </>
  );
}
