import "server-only";
// The one shape of every public API route handler (app/api/v1/...): parse the path and query
// parameters with the endpoint's zod schemas (400 naming each bad one), read the data version
// (ETag / Last-Modified; 304 when the client's copy is current), answer, and turn a database
// outage into a JSON 503 and anything unexpected into a JSON 500: never an HTML page. Route
// handlers declare their schemas and a function from parameters to a body, nothing else.
// An answer may read the data version itself, in the statement that reads its data
// (`versionWithData`): an unconditional request then costs no separate read of it, and the answer
// is labelled with exactly the version of the snapshot it holds.
import type { z } from "zod";
import { isDatabaseUnavailable } from "@/lib/data/availability";
import { readDataVersion } from "@/lib/data/data-version";
import {
  badRequest,
  cacheHeaders,
  internalError,
  isNotModified,
  methodNotAllowed,
  notModified,
  preflight,
  unavailable,
  type Version,
} from "./http";
import { parseParams, type ParameterProblem } from "./params";

/** Thrown by an answer to refuse the request with a 400 (a parameter the database shows to be wrong). */
export class ParameterError extends Error {
  constructor(readonly problems: ParameterProblem[]) {
    super(problems.map((p) => `${p.parameter} ${p.message}`).join("; "));
  }
}

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

/** An answer with the data version its data was read at (the version it is labelled with). */
export interface VersionedResponse {
  response: Response;
  version: Version;
}

interface Endpoint<Q extends ObjectSchema, P extends ObjectSchema | undefined> {
  query: Q;
  path?: P;
  /** false: not kept by clients or caches (the API's index). */
  cached?: boolean;
  /**
   * true: the answer reads the data version with its data and returns it (a VersionedResponse);
   * the version is read first only for a conditional request (If-None-Match, If-Modified-Since),
   * to answer 304 without reading the data.
   */
  versionWithData?: boolean;
  answer: (input: {
    query: z.output<Q>;
    path: P extends ObjectSchema ? z.output<P> : undefined;
    request: Request;
    /** null when the endpoint is not cached (it then reads no version), or reads it with its data. */
    version: Version | null;
  }) => Promise<Response | VersionedResponse>;
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/** The GET and OPTIONS handlers of one endpoint. HEAD is answered by Next.js from GET. */
export function endpoint<Q extends ObjectSchema, P extends ObjectSchema | undefined = undefined>(spec: Endpoint<Q, P>) {
  async function GET(request: Request, context: RouteContext): Promise<Response> {
    try {
      const query = parseParams(spec.query, new URL(request.url).searchParams);
      let path: unknown = undefined;
      const problems = query.ok ? [] : [...query.problems];
      if (spec.path) {
        const raw = (await context.params) ?? {};
        const parsed = parseParams(spec.path, Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, String(v)])));
        if (parsed.ok) path = parsed.value;
        else problems.unshift(...parsed.problems);
      }
      if (problems.length > 0 || !query.ok) return badRequest(problems);
      // Read before the data: an answer is never labelled newer than what it holds.
      const conditional = request.headers.has("if-none-match") || request.headers.has("if-modified-since");
      const readFirst = spec.cached !== false && (!spec.versionWithData || conditional);
      const current = readFirst ? await readDataVersion() : null;
      if (current && isNotModified(request.headers, current)) return notModified(current);
      const answered = await spec.answer({ query: query.value, path: path as never, request, version: current });
      const response = answered instanceof Response ? answered : answered.response;
      const version = spec.cached === false ? null : answered instanceof Response ? current : answered.version;
      if (version && response.status === 200) {
        for (const [name, value] of Object.entries(cacheHeaders(version))) response.headers.set(name, value);
      } else if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "no-store");
      return response;
    } catch (error) {
      if (error instanceof ParameterError) return badRequest(error.problems);
      if (isDatabaseUnavailable(error)) return unavailable();
      console.error("API error", request.url, error);
      return internalError();
    }
  }
  const refuse = async () => methodNotAllowed();
  return { GET, OPTIONS: async () => preflight(), POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse };
}
