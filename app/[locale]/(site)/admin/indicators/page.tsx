import type { Metadata } from "next";
import Link from "next/link";
import { IndicatorForm } from "@/components/forms/indicator-form";
import { requirePageRole } from "@/lib/auth/guard";
import { listIndicatorsForAdmin } from "@/lib/data/indicators";
import { messages } from "@/lib/domain/messages";
import { saveIndicatorAction } from "./actions";

export const dynamic = "force-dynamic";

const strings = {
  title: "Indicators",
  lede: "What is counted. Indicators are never deleted, because figures point at them: hide one from the public dashboard instead.",
  caption: (n: number) => `${n} indicators`,
  name: "Name",
  domain: "Domain",
  unit: "Unit",
  hxl: "HXL",
  breakdowns: "Breakdowns",
  figures: "Figures",
  shown: "Public",
  yes: "shown",
  no: "hidden",
  none: "none",
  add: "Add an indicator",
};

export const metadata: Metadata = { title: strings.title };

export default async function AdminIndicatorsPage() {
  await requirePageRole("admin", "/admin/indicators");
  const indicators = await listIndicatorsForAdmin();
  return (
    <>
      <h1>{strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      <div className="table-wrap">
        <table className="data">
          <caption>{strings.caption(indicators.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.name}</th>
              <th scope="col">{strings.domain}</th>
              <th scope="col">{strings.unit}</th>
              <th scope="col">{strings.hxl}</th>
              <th scope="col">{strings.breakdowns}</th>
              <th scope="col" className="num">
                {strings.figures}
              </th>
              <th scope="col">{strings.shown}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  <Link href={`/admin/indicators/${i.id}`}>{i.name}</Link>
                </th>
                <td>{messages.domain[i.domain]}</td>
                <td>{i.unit}</td>
                <td>
                  <code>{i.hxlTag}</code>
                </td>
                <td>
                  {i.allowedBreakdowns.length ? i.allowedBreakdowns.map((d) => messages.breakdownDimension[d]).join(", ") : strings.none}
                </td>
                <td className="num">{i._count.figures.toLocaleString("en-GB")}</td>
                <td>{i.isPublic ? strings.yes : <strong>{strings.no}</strong>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="card" aria-labelledby="add-indicator">
        <h2 id="add-indicator">{strings.add}</h2>
        <IndicatorForm action={saveIndicatorAction} initial={{}} />
      </section>
    </>
  );
}
