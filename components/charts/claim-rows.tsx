"use client";
// The rows of a claims table (./claims-table.tsx), from cells the server has already formatted. A
// client component only for the page's size: React sends a server-rendered row twice, as HTML and
// as its element tree in the payload (~1 kB a row); this way the payload carries the row's cells
// once (~200 bytes) and the HTML is the same, server-rendered, with no JavaScript needed to read it.
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** figure id, as of, source, grade, credibility, verification, estimate, no information, low, best, high, place (or null). */
export type ClaimCells = [
  figureId: number,
  asOf: string,
  source: string,
  grade: string,
  credibility: string,
  verification: string,
  estimate: string,
  noInformation: boolean,
  low: string,
  best: string,
  high: string,
  place: string | null,
];

export function ClaimRows({ rows, gradeTitles }: { rows: ClaimCells[]; gradeTitles: Record<string, string> }) {
  const t = useTranslations("charts.table");
  return (
    <tbody>
      {rows.map(([figureId, asOf, source, grade, credibility, verification, estimate, noInformation, low, best, high, place]) => (
        <tr key={figureId}>
          <td className="date">{asOf}</td>
          <td>{source}</td>
          <td>
            <abbr className="grade" title={gradeTitles[grade]}>
              {grade}
            </abbr>
          </td>
          <td>{credibility}</td>
          <td>{verification}</td>
          <td className={noInformation ? "no-info" : undefined}>{estimate}</td>
          <td className="num">{low}</td>
          <td className="num">{best}</td>
          <td className="num">{high}</td>
          {place !== null ? <td>{place}</td> : null}
          <td>
            <Link href={`/figures/${figureId}`} prefetch={false} aria-label={t("figureLabel", { id: figureId, source, asOf })}>
              #{figureId}
            </Link>
          </td>
        </tr>
      ))}
    </tbody>
  );
}
