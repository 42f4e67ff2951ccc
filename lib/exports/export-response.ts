import "server-only";
// GET /download/figures.{csv,xlsx,json}?<filters>: every published figure matching the filters, as
// an attachment, streamed. Public and the same for every reader (no session read). Cached by data
// version: a weak ETag from the data version, the format and the filters; If-None-Match answers
// 304, and "public, no-cache" lets browsers and shared caches keep the file and revalidate it.
import { createHash } from "node:crypto";
import { databaseUnavailableResponse, isDatabaseUnavailable } from "@/lib/data/availability";
import { readDataVersion } from "@/lib/data/data-version";
import { sourceNames } from "@/lib/data/export-sources";
import { getPublicIndicator } from "@/lib/data/indicators";
import { getPlace } from "@/lib/data/locations";
import { replicaReached } from "@/lib/data/replica";
import {
  EXPORT_CONTENT_TYPES,
  exportFileName,
  exportHref,
  exportQueryFromParams,
  exportSearchParams,
  type ExportFormat,
} from "@/lib/domain/figure-export";
import { publicOrigin } from "@/lib/env";
import { exportLocale, exportWordsFor } from "./export-words";
import { exportStream } from "./figure-streams";

const notFound = (message: string) =>
  new Response(`${message}\n`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => tag.trim() === "*" || tag.trim().replace(/^W\//, "") === etag.replace(/^W\//, ""));
}

export async function exportResponse(request: Request, format: ExportFormat): Promise<Response> {
  const searchParams = new URL(request.url).searchParams;
  const query = exportQueryFromParams(searchParams);
  // The language of the words meant for people (lang=uk from a Ukrainian page); the data is the same.
  // Only the XLSX has such words (its "read me" and grade history): CSV and JSON are one file, one ETag.
  const locale = format === "xlsx" ? exportLocale(searchParams) : "en";
  const origin = publicOrigin();
  let prepared;
  try {
    const [version, place, indicators, names] = await Promise.all([
      readDataVersion(),
      query.place ? getPlace(query.place) : null,
      Promise.all(query.indicators.map(getPublicIndicator)),
      sourceNames(query.sources),
    ]);
    prepared = { version, place, indicators, names };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse();
    throw error;
  }
  const { version, place, indicators, names } = prepared;
  if (query.place && !place) return notFound(`No place has the P-code ${query.place}.`);
  const unknown = query.indicators.filter((_, i) => !indicators[i]);
  if (unknown.length > 0) return notFound(`No public indicator is called ${unknown.join(", ")}.`);

  // The same data version on the read path as the ETag says (a replica may lag); else not cacheable.
  const cacheable = await replicaReached(version.version).catch(() => false);
  const filtersHash = createHash("sha256").update(exportSearchParams(query).toString()).digest("base64url").slice(0, 16);
  const etag = `W/"figures-${format}${locale === "en" ? "" : `-${locale}`}-v${version.version}-${filtersHash}"`;
  const caching: Record<string, string> = cacheable
    ? { "Cache-Control": "public, no-cache", ETag: etag, "Last-Modified": version.changedAt.toUTCString() }
    : { "Cache-Control": "no-store" };
  if (cacheable && matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: caching });

  const generatedAt = new Date();
  const body = exportStream(format, {
    query,
    origin,
    indicatorHxl: indicators.length === 1 ? (indicators[0]?.hxlTag ?? null) : null,
    words: exportWordsFor(locale),
    context: {
      url: `${origin}${exportHref(query, format, locale)}`,
      generatedAt,
      dataVersion: version.version,
      placeName: (locale === "uk" ? place?.nameUk || place?.nameEn : place?.nameEn) ?? null,
      sourceNames: names,
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${exportFileName(query, format, generatedAt.toISOString().slice(0, 10))}"`,
      "X-Content-Type-Options": "nosniff",
      ...caching,
    },
  });
}
