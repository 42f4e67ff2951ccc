"use client";
// The bars of "places within" (./place-breakdown.tsx), from cells the server has already worked
// out. A client component only for the page's size, as ClaimRows: a server-rendered bar went to the
// browser twice, as HTML and as its element tree in the React payload (~600 bytes a claim, ~30 kB of
// an indicator's page); this way the payload carries each claim's cells once. The HTML is the same,
// server-rendered, with no JavaScript needed to read it.
import { Link } from "@/lib/i18n/navigation";

/** figure id, source, grade, colour, best / low / high as widths ("12.50%"; null: none), date, estimate, place and date, older. */
export type PlaceBarCells = [
  figureId: number,
  source: string,
  grade: string,
  colour: string | null,
  best: string | null,
  low: string | null,
  high: string | null,
  date: string,
  estimate: string,
  about: string,
  older: string | null,
];

/** A part of the place: its code, its name, its claims, and the note on the sources not listed (or null). */
export type PlaceBranchCells = [pcode: string, name: string, claims: PlaceBarCells[], notListed: string | null];

/** Marks a claim of "no information" (a symbol, the same in every language). */
const NO_INFORMATION_MARK = "✕";

export function PlaceBars({ branches, gradeTitles }: { branches: PlaceBranchCells[]; gradeTitles: Record<string, string> }) {
  return (
    <ul className="range-bars">
      {branches.map(([pcode, name, claims, notListed]) => (
        <li key={pcode}>
          <h4>{name}</h4>
          <ul>
            {claims.map(([figureId, source, grade, colour, best, low, high, date, estimate, about, older]) => (
              <li key={figureId} className={older === null ? "range-bar" : "range-bar range-bar--older"}>
                <span className="range-bar__label">
                  {`${source} `}
                  <abbr className="grade" title={gradeTitles[grade]}>
                    {grade}
                  </abbr>
                </span>
                <span className="range-bar__track" aria-hidden="true">
                  {best !== null ? (
                    <>
                      <span className="range-bar__bar" style={{ width: best, background: colour ?? undefined }} />
                      <span className="range-bar__date">{date}</span>
                      {low !== null && high !== null ? (
                        <span className="range-bar__whisker" style={{ left: low, width: `calc(${high} - ${low})` }} />
                      ) : null}
                    </>
                  ) : (
                    <span className="range-bar__none">{NO_INFORMATION_MARK}</span>
                  )}
                </span>
                <span className="range-bar__value">
                  <Link href={`/figures/${figureId}`} prefetch={false}>
                    {estimate}
                  </Link>{" "}
                  <span className="muted">{about}</span>
                  {older !== null ? <strong className="range-bar__older">{older}</strong> : null}
                </span>
              </li>
            ))}
          </ul>
          {notListed !== null ? <p className="muted">{notListed}</p> : null}
        </li>
      ))}
    </ul>
  );
}
