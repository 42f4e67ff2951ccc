// GET /api/v1/indicators: every public indicator (what is counted, its unit and HXL hashtag).
import { indicatorJson } from "@/lib/api/answers";
import { endpoint } from "@/lib/api/handler";
import { json } from "@/lib/api/http";
import { noParams } from "@/lib/api/params";
import { listAllPublicIndicators } from "@/lib/data/indicators";

export const dynamic = "force-dynamic";

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = endpoint({
  query: noParams,
  answer: async () => json({ data: (await listAllPublicIndicators()).map(indicatorJson) }),
});
