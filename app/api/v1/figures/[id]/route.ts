// GET /api/v1/figures/{id}: one published or retracted figure with its public revision history.
import { figureJson, revisionJson } from "@/lib/api/answers";
import { endpoint } from "@/lib/api/handler";
import { json, notFound } from "@/lib/api/http";
import { figurePathParams, noParams } from "@/lib/api/params";
import { getPublicFigureWithHistory } from "@/lib/data/published-figures";
import { publicOrigin } from "@/lib/env";

export const dynamic = "force-dynamic";

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = endpoint({
  query: noParams,
  path: figurePathParams,
  async answer({ path }) {
    const found = await getPublicFigureWithHistory(path.id);
    if (!found) return notFound(`No published figure has the id ${path.id}.`);
    return json({
      data: {
        ...figureJson(found.figure, publicOrigin()),
        status: found.status,
        retraction: found.retraction && { reason: found.retraction.reason, at: found.retraction.at?.toISOString() ?? null },
        history: found.history.map(revisionJson),
      },
    });
  },
});
