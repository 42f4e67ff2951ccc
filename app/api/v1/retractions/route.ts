// GET /api/v1/retractions: published figures later retracted, with when and why (id cursor), so that
// a client syncing /api/v1/figures with updated_since learns which figures to drop.
import { retractionJson, splitPage } from "@/lib/api/answers";
import { endpoint } from "@/lib/api/handler";
import { json, nextPageUrl } from "@/lib/api/http";
import { DEFAULT_LIMIT, instantOf, retractionsParams } from "@/lib/api/params";
import { pageRetractions } from "@/lib/data/published-figures";
import { publicOrigin } from "@/lib/env";

export const dynamic = "force-dynamic";

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = endpoint({
  query: retractionsParams,
  async answer({ query, request }) {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const rows = await pageRetractions(
      { since: query.since ? instantOf(query.since) : null },
      { after: query.cursor ?? null, limit: limit + 1 },
    );
    const page = splitPage(rows, limit, (r) => r.figureId);
    const origin = publicOrigin();
    const next = page.nextCursor === null ? null : nextPageUrl(origin, request, page.nextCursor);
    return json(
      { data: page.rows.map((r) => retractionJson(r, origin)), next, limit },
      { headers: next ? { Link: `<${next}>; rel="next"` } : {} },
    );
  },
});
