// GET /api/v1/locations: the place hierarchy (P-codes, names, level, parent, coordinates), a page at a time.
import { locationJson, splitPage } from "@/lib/api/answers";
import { endpoint, ParameterError } from "@/lib/api/handler";
import { json, nextPageUrl } from "@/lib/api/http";
import { DEFAULT_LIMIT, locationsParams } from "@/lib/api/params";
import { pageLocations } from "@/lib/data/locations";
import { publicOrigin } from "@/lib/env";

export const dynamic = "force-dynamic";

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = endpoint({
  query: locationsParams,
  async answer({ query, request }) {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const rows = await pageLocations({
      place: query.place ?? null,
      level: query.level === undefined ? null : Number(query.level),
      after: query.cursor ?? null,
      limit: limit + 1,
    });
    if (!rows) throw new ParameterError([{ parameter: "place", message: `no place has the P-code ${query.place}` }]);
    const page = splitPage(rows, limit, (l) => l.id);
    const next = page.nextCursor === null ? null : nextPageUrl(publicOrigin(), request, page.nextCursor);
    return json({ data: page.rows.map(locationJson), next, limit }, { headers: next ? { Link: `<${next}>; rel="next"` } : {} });
  },
});
