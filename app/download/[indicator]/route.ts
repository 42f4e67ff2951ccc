// GET /download/<indicator>?view=claims|places|breakdowns&<dashboard filters>: the rows the
// matching table shows, as CSV (every row, never downsampled), with the same filters.
import { databaseUnavailableResponse, isDatabaseUnavailable } from "@/lib/data/availability";
import { getBreakdownClaims, getClaimsByPlace, listClaimsForPlace } from "@/lib/data/series";
import { claimsToCsv } from "@/lib/domain/csv";
import { parseFilters } from "@/lib/domain/filters";
import { publicOrigin } from "@/lib/env";

export const dynamic = "force-dynamic";

const VIEWS = ["claims", "places", "breakdowns"] as const;

export async function GET(request: Request, { params }: { params: Promise<{ indicator: string }> }) {
  const { indicator: slug } = await params;
  const url = new URL(request.url);
  const filters = parseFilters(url.searchParams);
  const requested = url.searchParams.get("view");
  const view = VIEWS.find((v) => v === requested) ?? "claims";

  let data;
  try {
    data =
      view === "places"
        ? await getClaimsByPlace(slug, filters).then((d) => d && { indicator: d.indicator, location: d.location, claims: d.claims })
        : view === "breakdowns"
          ? await getBreakdownClaims(slug, filters)
          : await listClaimsForPlace(slug, filters).then((d) => d && { indicator: d.indicator, location: d.location, claims: d.points });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse();
    throw error;
  }
  if (!data)
    return new Response("Unknown indicator or place.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

  const filename = `crisis-ledger-${data.indicator.slug}-${data.location.pcode}-${view}.csv`.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(claimsToCsv(data.indicator, data.claims, publicOrigin()), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
