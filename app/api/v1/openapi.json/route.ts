// GET /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the zod schemas that validate the requests.
import { endpoint } from "@/lib/api/handler";
import { json } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { noParams } from "@/lib/api/params";

export const dynamic = "force-dynamic";

let document: string | undefined;

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = endpoint({
  query: noParams,
  async answer() {
    document ??= JSON.stringify(openApiDocument());
    return json(JSON.parse(document));
  },
});
