// GET /api/v1/timeline-events: published timeline events, a page at a time (id cursor).
import { splitPage, timelineEventJson } from "@/lib/api/answers";
import { endpoint, ParameterError } from "@/lib/api/handler";
import { json, nextPageUrl } from "@/lib/api/http";
import { DEFAULT_LIMIT, timelineParams } from "@/lib/api/params";
import { unknownReferences } from "@/lib/data/published-figures";
import { pagePublishedTimelineEvents } from "@/lib/data/timeline";
import { publicOrigin } from "@/lib/env";

export const dynamic = "force-dynamic";

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = endpoint({
  query: timelineParams,
  async answer({ query, request }) {
    if (query.from && query.to && query.from > query.to)
      throw new ParameterError([{ parameter: "to", message: "must not be before from" }]);
    const sources = [...new Set(query.source ?? [])];
    const limit = query.limit ?? DEFAULT_LIMIT;
    const [unknown, rows] = await Promise.all([
      unknownReferences({ place: query.place ?? null, indicators: [], sources }),
      pagePublishedTimelineEvents(
        { place: query.place ?? null, from: query.from ?? null, to: query.to ?? null, sources },
        { after: query.cursor ?? null, limit: limit + 1 },
      ),
    ]);
    if (unknown.place) throw new ParameterError([{ parameter: "place", message: `no place has the P-code ${unknown.place}` }]);
    if (unknown.sources.length > 0) throw new ParameterError([{ parameter: "source", message: `no source ${unknown.sources.join(", ")}` }]);
    const page = splitPage(rows, limit, (e) => e.id);
    const next = page.nextCursor === null ? null : nextPageUrl(publicOrigin(), request, page.nextCursor);
    return json({ data: page.rows.map(timelineEventJson), next, limit }, { headers: next ? { Link: `<${next}>; rel="next"` } : {} });
  },
});
