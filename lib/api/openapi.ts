// The OpenAPI 3.1 document of the public API, generated (zod-openapi) from the very zod schemas
// that validate the parameters (lib/api/params.ts) and describe the answers (lib/api/schemas.ts):
// one source of truth. openapi.test.ts validates it and checks that it lists every route under
// app/api/v1 and nothing else.
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import type { z } from "zod";
import { CACHE_CONTROL } from "./http";
import {
  DEFAULT_LIMIT,
  figurePathParams,
  figuresParams,
  locationsParams,
  MAX_LIMIT,
  noParams,
  retractionsParams,
  timelineParams,
} from "./params";
import {
  apiIndex,
  figureDetail,
  figuresPage,
  indicatorList,
  locationsPage,
  problem,
  retractionsPage,
  sourceList,
  timelinePage,
} from "./schemas";

const errorContent = { "application/json": { schema: problem } };

const errors: ZodOpenApiResponsesObject = {
  "400": { description: "A parameter is unknown, given twice or has a bad value: `errors` names each one and why.", content: errorContent },
  "429": {
    description: "Too many requests from this address: wait `Retry-After` seconds.",
    headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait." } },
    content: errorContent,
  },
  "503": { description: "The database cannot be reached; try again after `Retry-After` seconds.", content: errorContent },
};

const cachingHeaders = {
  ETag: { schema: { type: "string" as const }, description: "Changes exactly when the published data changes; send it as If-None-Match." },
  "Last-Modified": { schema: { type: "string" as const }, description: "When the published data last changed." },
  "Cache-Control": { schema: { type: "string" as const }, description: `\`${CACHE_CONTROL}\`` },
};
const pageHeaders = {
  ...cachingHeaders,
  Link: { schema: { type: "string" as const }, description: 'The next page: `<url>; rel="next"`.' },
};

function read(
  summary: string,
  description: string,
  query: z.ZodObject<z.ZodRawShape>,
  schema: z.ZodType,
  extra: Partial<ZodOpenApiOperationObject> = {},
): ZodOpenApiOperationObject {
  return {
    summary,
    description,
    tags: ["data"],
    requestParams: { query },
    ...extra,
    responses: {
      "200": { description: "OK", headers: pageHeaders, content: { "application/json": { schema } } },
      "304": { description: "Not modified: the copy named by If-None-Match (or If-Modified-Since) is current.", headers: cachingHeaders },
      ...errors,
      ...extra.responses,
    },
  };
}

/** Every path of the API, as the route handlers under app/api/v1 serve them. */
export const API_PATHS = [
  "/api/v1",
  "/api/v1/figures",
  "/api/v1/figures/{id}",
  "/api/v1/retractions",
  "/api/v1/indicators",
  "/api/v1/locations",
  "/api/v1/sources",
  "/api/v1/timeline-events",
  "/api/v1/openapi.json",
] as const;

export function openApiDocument() {
  const figures = read(
    "Published figures",
    `Published figures of public indicators matching the filters, one row per claim, in id order, ${DEFAULT_LIMIT} a page by default (at most ${MAX_LIMIT}). ` +
      "Page on with the answer's `next` URL (a cursor): no row is lost or repeated while figures are published meanwhile. " +
      "For incremental sync, keep the time you started and pass it as `updated_since` next time, and drop what " +
      "/api/v1/retractions lists with `since` set to the same time. " +
      "`output_format=csv` gives the same rows as CSV with an HXL hashtag row under the header.",
    figuresParams,
    figuresPage,
  );
  figures.responses["200"] = {
    description: "OK",
    headers: pageHeaders,
    content: {
      "application/json": { schema: figuresPage },
      "text/csv": { schema: { type: "string" }, example: "figure_id,indicator,...\r\n#meta+id,#indicator+code,...\r\n" },
    },
  };
  const paths: Record<(typeof API_PATHS)[number], { get: ZodOpenApiOperationObject }> = {
    "/api/v1": {
      get: {
        summary: "The API's index",
        description: "Names the endpoints, this document and the reference page. Not cached.",
        tags: ["meta"],
        requestParams: { query: noParams },
        responses: { "200": { description: "OK", content: { "application/json": { schema: apiIndex } } } },
      },
    },
    "/api/v1/figures": { get: figures },
    "/api/v1/figures/{id}": {
      get: read(
        "One figure with its history",
        "A published or retracted figure with its public revision history (as on its page /figures/{id}). A retracted figure says so " +
          "and why. Any other id answers 404.",
        noParams,
        figureDetail,
        {
          requestParams: { query: noParams, path: figurePathParams },
          responses: { "404": { description: "No published or retracted figure has this id.", content: errorContent } },
        },
      ),
    },
    "/api/v1/retractions": {
      get: read(
        "Retracted figures",
        "Figures that were published and later retracted, with when and why, in id order, " +
          `${DEFAULT_LIMIT} a page by default. A retracted figure leaves /api/v1/figures, so a client that syncs with ` +
          "`updated_since` reads this list with `since` (the time its last sync started) and drops these figures from its copy.",
        retractionsParams,
        retractionsPage,
      ),
    },
    "/api/v1/indicators": {
      get: read("Indicators", "Every public indicator: code, domain, name, unit, HXL hashtag, breakdowns.", noParams, indicatorList),
    },
    "/api/v1/locations": {
      get: read(
        "Places",
        `The admin hierarchy: P-code, English and Ukrainian names, level, parent and coordinates, in id order, ${DEFAULT_LIMIT} a page by default.`,
        locationsParams,
        locationsPage,
      ),
    },
    "/api/v1/sources": {
      get: read("Sources", "Every source with its kind, affiliation, Admiralty reliability grade and grade history.", noParams, sourceList),
    },
    "/api/v1/timeline-events": {
      get: read(
        "Timeline events",
        `Published dated events and claims in words, in id order, ${DEFAULT_LIMIT} a page by default.`,
        timelineParams,
        timelinePage,
      ),
    },
    "/api/v1/openapi.json": {
      get: {
        summary: "This document",
        tags: ["meta"],
        requestParams: { query: noParams },
        responses: { "200": { description: "The OpenAPI 3.1 document.", content: { "application/json": { schema: { type: "object" } } } } },
      },
    },
  };
  const document = createDocument({
    openapi: "3.1.0",
    info: {
      title: "Crisis Ledger API",
      version: "1",
      description:
        "Read-only, public, no key. Published humanitarian figures with their sources, grades, ranges and history. " +
        "Answers carry an ETag that changes when the published data changes (If-None-Match answers 304), " +
        `\`Cache-Control: ${CACHE_CONTROL}\`, and open CORS. Requests are rate-limited per address (429 with Retry-After).`,
      license: { name: "AGPL-3.0-only", identifier: "AGPL-3.0-only" },
    },
    // No servers: the default, "/", is the address the document was read from, so "try it out" stays on
    // the page's own origin (the CSP allows connecting nowhere else) whatever PUBLIC_URL says.
    tags: [
      { name: "data", description: "Published data" },
      { name: "meta", description: "About the API" },
    ],
    paths,
  });
  // Readers (and Swagger UI) look for a parameter's description on the parameter, zod puts it on its schema.
  for (const item of Object.values(document.paths ?? {})) {
    for (const parameter of (item.get?.parameters ?? []) as Array<{ description?: string; schema?: { description?: string } }>) {
      if (!parameter.description && parameter.schema?.description) parameter.description = parameter.schema.description;
    }
  }
  return document;
}
