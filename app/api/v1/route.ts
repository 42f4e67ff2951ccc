// GET /api/v1: the API's index, a fixed JSON object (also the benchmark's trivial route handler).
import { endpoint } from "@/lib/api/handler";
import { json } from "@/lib/api/http";
import { noParams } from "@/lib/api/params";
import { API_PATHS } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

const INDEX = {
  name: "Crisis Ledger API",
  version: "1",
  documentation: "/api/docs",
  openapi: "/api/v1/openapi.json",
  endpoints: [...API_PATHS],
};

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = endpoint({ query: noParams, cached: false, answer: async () => json(INDEX) });
