import type { Metadata } from "next";
import Link from "next/link";
import { Grade } from "@/components/ui/grade";
import { formatCount } from "@/components/ui/format";
import { listSourcesWithCounts } from "@/lib/data/sources";
import { messages } from "@/lib/domain/messages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources" };

const strings = {
  title: "Sources",
  lede: "Everyone whose claims are recorded here, with the reliability grade our editors gave them (Admiralty scale: A completely reliable … E unreliable, F cannot be judged). A grade describes the source's track record, not any single figure.",
  caption: "Every source, most reliable first",
  name: "Source",
  kind: "Kind",
  affiliation: "Affiliation",
  grade: "Reliability",
  figures: "Published figures",
};

export default async function SourcesPage() {
  const sources = await listSourcesWithCounts();
  return (
    <>
      <h1>{strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      <div className="card">
        <div className="table-wrap">
          <table className="data">
            <caption>{strings.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.name}</th>
                <th scope="col">{strings.kind}</th>
                <th scope="col">{strings.affiliation}</th>
                <th scope="col">{strings.grade}</th>
                <th scope="col" className="num">
                  {strings.figures}
                </th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link href={`/sources/${s.id}`}>{s.name}</Link>
                  </td>
                  <td>{messages.sourceKind[s.kind]}</td>
                  <td>{s.affiliation ?? "–"}</td>
                  <td>
                    <Grade reliability={s.reliability} /> {messages.reliability[s.reliability]}
                  </td>
                  <td className="num">{formatCount(s.publishedFigures)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
