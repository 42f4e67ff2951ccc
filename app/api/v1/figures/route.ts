// GET /api/v1/figures: published figures matching the filters, a page at a time (id cursor), as JSON or CSV with an HXL row.
import { figureJson, figuresCsv, splitPage } from "@/lib/api/answers";
import { endpoint, ParameterError } from "@/lib/api/handler";
import { csv, json, nextPageUrl } from "@/lib/api/http";
import { DEFAULT_LIMIT, figuresParams, toFigureQuery, type ParameterProblem } from "@/lib/api/params";
import { pagePublishedFiguresChecked } from "@/lib/data/published-figures";
import { publicOrigin } from "@/lib/env";

export const dynamic = "force-dynamic";

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = endpoint({
  query: figuresParams,
  // The page's statement reads the data version (and the ids of the names, kept per version, are
  // not read again): an uncached answer is one statement here, after proxy.ts's counter.
  versionWithData: true,
  async answer({ query: params, request }) {
    const query = toFigureQuery(params);
    if (!query.ok) throw new ParameterError(query.problems);
    const limit = params.limit ?? DEFAULT_LIMIT;
    const {
      figures: rows,
      unknown,
      version,
    } = await pagePublishedFiguresChecked(query.value, { after: params.cursor ?? null, limit: limit + 1 });
    const problems: ParameterProblem[] = [];
    if (unknown.place) problems.push({ parameter: "place", message: `no place has the P-code ${unknown.place}` });
    if (unknown.indicators.length > 0)
      problems.push({ parameter: "indicator", message: `no public indicator ${unknown.indicators.join(", ")}` });
    if (unknown.sources.length > 0) problems.push({ parameter: "source", message: `no source ${unknown.sources.join(", ")}` });
    if (problems.length > 0) throw new ParameterError(problems);

    const origin = publicOrigin();
    const page = splitPage(rows, limit, (f) => f.figureId);
    const next = page.nextCursor === null ? null : nextPageUrl(origin, request, page.nextCursor);
    const link: Record<string, string> = next ? { Link: `<${next}>; rel="next"` } : {};
    if (params.output_format === "csv") {
      const response = csv(figuresCsv(page.rows, origin, query.value.indicators.length === 1), {
        "Content-Disposition": 'inline; filename="crisis-ledger-figures.csv"',
        ...link,
      });
      return { response, version };
    }
    return { response: json({ data: page.rows.map((f) => figureJson(f, origin)), next, limit }, { headers: link }), version };
  },
});
