// GET /api/v1/sources: every source with its kind, affiliation, reliability grade and grade history.
import { sourceJson } from "@/lib/api/answers";
import { endpoint } from "@/lib/api/handler";
import { json } from "@/lib/api/http";
import { noParams } from "@/lib/api/params";
import { listSourcesWithGradeHistory } from "@/lib/data/sources";

export const dynamic = "force-dynamic";

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = endpoint({
  query: noParams,
  answer: async () => json({ data: (await listSourcesWithGradeHistory()).map(sourceJson) }),
});
