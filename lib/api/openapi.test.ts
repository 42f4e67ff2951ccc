// The OpenAPI document is valid OpenAPI 3.1 (checked by a maintained validator, not by us), lists
// exactly the routes that exist under app/api/v1, and documents exactly the parameters that the
// endpoints' zod schemas accept: the document and the validation cannot drift apart.
import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument, API_PATHS } from "./openapi";
import { figurePathParams, figuresParams, locationsParams, noParams, retractionsParams, timelineParams } from "./params";

const document = openApiDocument();

/** Every route handler under app/api/v1, as an OpenAPI path ("[id]" -> "{id}"). */
function routePaths(dir = path.resolve("app/api/v1"), prefix = "/api/v1"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "route.ts" ? [prefix] : [];
    const segment = entry.name.replace(/^\[(\w+)\]$/, "{$1}");
    return routePaths(path.join(dir, entry.name), `${prefix}/${segment}`);
  });
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document) as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("lists every route under app/api/v1, and nothing else", () => {
    expect(Object.keys(document.paths ?? {}).sort()).toEqual(routePaths().sort());
    expect([...API_PATHS].sort()).toEqual(routePaths().sort());
  });

  it("documents exactly the parameters each endpoint's schema accepts", () => {
    const expected: Record<string, { query: string[]; path?: string[] }> = {
      "/api/v1": { query: Object.keys(noParams.shape) },
      "/api/v1/figures": { query: Object.keys(figuresParams.shape) },
      "/api/v1/figures/{id}": { query: [], path: Object.keys(figurePathParams.shape) },
      "/api/v1/retractions": { query: Object.keys(retractionsParams.shape) },
      "/api/v1/indicators": { query: [] },
      "/api/v1/locations": { query: Object.keys(locationsParams.shape) },
      "/api/v1/sources": { query: [] },
      "/api/v1/timeline-events": { query: Object.keys(timelineParams.shape) },
      "/api/v1/openapi.json": { query: [] },
    };
    for (const [route, { query, path: pathParams = [] }] of Object.entries(expected)) {
      const parameters = (document.paths?.[route]?.get?.parameters ?? []) as Array<{ in: string; name: string; required?: boolean }>;
      expect(
        parameters.filter((p) => p.in === "query").map((p) => p.name),
        route,
      ).toEqual(query);
      expect(
        parameters.filter((p) => p.in === "path").map((p) => p.name),
        route,
      ).toEqual(pathParams);
      for (const p of parameters.filter((q) => q.in === "query")) expect(p.required ?? false, `${route} ${p.name}`).toBe(false);
    }
  });

  it("documents repeatable filters as arrays, and every figure column with its HXL hashtag", () => {
    const parameters = document.paths?.["/api/v1/figures"]?.get?.parameters as Array<{ name: string; schema: { type?: string } }>;
    const type = (name: string) => parameters.find((p) => p.name === name)?.schema.type;
    for (const name of ["indicator", "source", "ver", "sex", "age_group", "population_group"]) expect(type(name), name).toBe("array");
    for (const name of ["place", "from", "grade", "limit", "cursor"]) expect(type(name), name).toBe("string");
    const figure = (document.components?.schemas?.Figure ?? {}) as { properties: Record<string, { description?: string }> };
    expect(figure.properties.best?.description).toContain("HXL: #indicator+num");
  });
});
