// The security headers of every response, set per request by proxy.ts (the nonce is new each time).
// Pure: no I/O, so the policy is unit-tested as text.

/** Pages other sites may frame (embeddable charts, in any language). Every other page may not be framed at all. */
export function isFrameable(pathname: string): boolean {
  const path = pathname.replace(/^\/[a-z]{2}(?=\/embed(?:\/|$))/, "");
  return path === "/embed" || path.startsWith("/embed/");
}

/** True when the app's public address (PUBLIC_URL, else NEXTAUTH_URL) is https. */
export function publicAddressIsHttps(environment: Record<string, string | undefined>): boolean {
  const address = environment.PUBLIC_URL || environment.NEXTAUTH_URL;
  if (!address) return false;
  try {
    return new URL(address).protocol === "https:";
  } catch {
    return false;
  }
}

export interface PolicyOptions {
  nonce: string;
  frameable: boolean;
  https: boolean;
  /** `next dev` needs eval for React's debugging aids; the production build never does. */
  development?: boolean;
}

/**
 * Scripts run only with this response's nonce ('strict-dynamic' lets them load Next.js's chunks; 'self'
 * is the fallback for browsers without CSP 3). style-src keeps 'unsafe-inline': recharts and React
 * set style="..." attributes, which a nonce cannot cover (and a nonce in style-src would switch
 * 'unsafe-inline' off); injected CSS cannot run code.
 */
export function contentSecurityPolicy({ nonce, frameable, https, development = false }: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameable ? "*" : "'none'"}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "midi=()",
  "magnetometer=()",
  "gyroscope=()",
  "accelerometer=()",
  "display-capture=()",
  "browsing-topics=()",
].join(", ");

/** Every security header of a response to `pathname`. */
export function securityHeaders(pathname: string, options: Omit<PolicyOptions, "frameable">): Record<string, string> {
  const frameable = isFrameable(pathname);
  return {
    "Content-Security-Policy": contentSecurityPolicy({ ...options, frameable }),
    "Permissions-Policy": PERMISSIONS_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    ...(frameable ? {} : { "X-Frame-Options": "DENY" }),
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
