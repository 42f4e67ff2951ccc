// The API reference page (/api/docs): Swagger UI rendering /api/v1/openapi.json, with "try it out"
// sending real requests to this app. Its assets come from the app itself (/api/docs/<asset>, from
// the swagger-ui-dist package), never a CDN; its scripts carry the request's CSP nonce (proxy.ts),
// since the policy runs only scripts with that nonce ('strict-dynamic').

/** The files of swagger-ui-dist the page needs, with their types. */
export const DOCS_ASSETS = {
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
  "favicon-32x32.png": "image/png",
} as const;

const escapeAttribute = (text: string) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

export function docsPage(nonce: string | null, assetVersion: string): string {
  const n = nonce ? ` nonce="${escapeAttribute(nonce)}"` : "";
  const v = encodeURIComponent(assetVersion);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference · Crisis Ledger</title>
<link rel="icon" href="/api/docs/favicon-32x32.png?v=${v}">
<link rel="stylesheet" href="/api/docs/swagger-ui.css?v=${v}">
<style>
body{margin:0;font-family:system-ui,sans-serif}
header{background:#1b1f24;padding:.75rem 1.5rem}
header a{color:#fff;font-weight:700;text-decoration:none}
</style>
</head>
<body>
<header><a href="/">Crisis Ledger</a></header>
<main>
<noscript><p>This reference needs JavaScript. The machine-readable document is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p></noscript>
<div id="swagger-ui"></div>
</main>
<script src="/api/docs/swagger-ui-bundle.js?v=${v}"${n}></script>
<script${n}>
window.ui = SwaggerUIBundle({
  url: "/api/v1/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
  tryItOutEnabled: true,
  displayRequestDuration: true,
  defaultModelsExpandDepth: 0,
});
</script>
</body>
</html>
`;
}
