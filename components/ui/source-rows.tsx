"use client";
// The rows of the public list of sources (/sources), from cells the server has already formatted.
// A client component only for the page's size, as ClaimRows: a server-rendered row went to the
// browser twice, as HTML and as its element tree in the React payload (~700 bytes a source, ~140 kB
// of the page with 200 sources); this way the payload carries each source's cells once. The HTML is
// the same, server-rendered, with no JavaScript needed to read it.
import { Link } from "@/lib/i18n/navigation";

/** id, name, kind, affiliation, reliability grade, published figures. */
export type SourceCells = [id: number, name: string, kind: string, affiliation: string, reliability: string, figures: string];

/** Per reliability grade, its meaning as the grade's tooltip and as the words beside it. */
export type GradeWords = Record<string, { title: string; label: string }>;

export function SourceRows({ rows, grades }: { rows: SourceCells[]; grades: GradeWords }) {
  return (
    <tbody>
      {rows.map(([id, name, kind, affiliation, reliability, figures]) => (
        <tr key={id}>
          <td>
            <Link href={`/sources/${id}`}>{name}</Link>
          </td>
          <td>{kind}</td>
          <td>{affiliation}</td>
          <td>
            <abbr className="grade" title={grades[reliability]?.title}>
              {reliability}
            </abbr>
            {` ${grades[reliability]?.label ?? ""}`}
          </td>
          <td className="num">{figures}</td>
        </tr>
      ))}
    </tbody>
  );
}
