// GET /api/docs/<asset>: Swagger UI's script and style sheet, served by the app itself from the
// swagger-ui-dist package (no CDN). Only the listed files; read once, then kept in memory.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { notFound } from "@/lib/api/http";
import { DOCS_ASSETS } from "@/lib/api/docs-page";

export const dynamic = "force-dynamic";

const loaded = new Map<string, Promise<Buffer>>();

export async function GET(_request: Request, { params }: { params: Promise<{ asset: string }> }) {
  const { asset } = await params;
  const type = Object.hasOwn(DOCS_ASSETS, asset) ? DOCS_ASSETS[asset as keyof typeof DOCS_ASSETS] : undefined;
  if (!type) return notFound();
  let body = loaded.get(asset);
  if (!body) {
    body = readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", asset));
    loaded.set(asset, body);
    body.catch(() => loaded.delete(asset));
  }
  return new Response(new Uint8Array(await body), {
    headers: { "Content-Type": type, "Cache-Control": "public, max-age=86400" },
  });
}
