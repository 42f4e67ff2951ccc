// GET /api/docs: the API's readable reference with "try it out" (Swagger UI, served by the app itself).
import { docsPage } from "@/lib/api/docs-page";
import swaggerUiPackage from "swagger-ui-dist/package.json";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  // proxy.ts put this request's Content-Security-Policy (with its nonce) on the request.
  const nonce = /'nonce-([^']+)'/.exec(request.headers.get("content-security-policy") ?? "")?.[1] ?? null;
  return new Response(docsPage(nonce, swaggerUiPackage.version), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
