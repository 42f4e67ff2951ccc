// Runs before every request (Next.js 16 "proxy", formerly middleware), on the Node.js runtime:
// - a fresh CSP nonce per request: set on the request's Content-Security-Policy header, from which
//   Next.js takes it for its own scripts, and on the response with the other security headers;
// - rate limits per client address: every POST (server actions, sign-in) and every route handler
//   (CSV downloads, /api/*) answer 429 with Retry-After over the limit. Per-user limits on server
//   actions are in the guard (lib/auth/guard.ts), where the forms can show them.
// - a server-action request with a body React cannot decode answers 400 here, instead of a 500
//   from Next.js's decoder.
// - the language of pages (next-intl's routing, lib/i18n/routing.ts): /uk/... is Ukrainian, an
//   unprefixed page English, and a first visit without a choice is redirected by Accept-Language.
// This is not an authorization check: the guard is.
import createIntlMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { requestOrigin } from "@/lib/auth/request-origin";
import { consumeRateLimit, type RateLimitName } from "@/lib/data/rate-limits";
import { isUndecodableActionRequest } from "@/lib/http/action-request";
import { publicAddressIsHttps, securityHeaders } from "@/lib/http/security-headers";
import { tooManyRequestsText } from "@/lib/i18n/proxy-words";
import { DEFAULT_LOCALE, isLocale, routing } from "@/lib/i18n/routing";

const intlRouting = createIntlMiddleware(routing);

function hasLocalePrefix(pathname: string): boolean {
  return routing.locales.some((locale) => pathname === `/${locale}` || pathname.startsWith(`/${locale}/`));
}

/**
 * Pages have a language; route handlers (/api, /download) and the app's files (/icon.svg, /favicon.ico)
 * do not. Any other address is a page, a dot in it or not: /%5Cevil.example is a missing page, shown
 * in the reader's language like every other.
 */
const FILE = /\.(?:ico|svg|png|jpe?g|gif|webp|txt|xml|json|webmanifest|js|css|map|woff2?)$/i;
function isPage(pathname: string): boolean {
  return !pathname.startsWith("/api/") && !pathname.startsWith("/download/") && !pathname.startsWith("/_next/") && !FILE.test(pathname);
}

/** The 429 text in the language of the page asked for (English for the API and downloads: machine-facing). */
function tooManyText(pathname: string, seconds: number): string {
  const prefix = pathname.split("/")[1];
  const locale = isPage(pathname) && isLocale(prefix) ? prefix : DEFAULT_LOCALE;
  return tooManyRequestsText(locale, seconds);
}

function limitFor(request: NextRequest): RateLimitName | null {
  const { pathname } = request.nextUrl;
  if (!["GET", "HEAD", "OPTIONS"].includes(request.method)) return "postsPerAddress";
  // Health checks come from monitors and load balancers, often all from one address.
  if (pathname === "/api/health") return null;
  // Every page view asks who is signed in (the header's account menu); it costs what a page render
  // used to (one session lookup), and pages are not limited either.
  if (pathname === "/api/session") return null;
  if (pathname.startsWith("/api/") || pathname.startsWith("/download/")) return "routesPerAddress";
  return null;
}

function tooManyRequests(request: NextRequest, retryAfterSeconds: number): NextResponse {
  const message = tooManyText(request.nextUrl.pathname, retryAfterSeconds);
  const headers = { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" };
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/") || pathname.startsWith("/download/")) {
    // The public API is read from other sites' pages too (CORS): they may read why they were refused.
    const cors: Record<string, string> = pathname.startsWith("/api/v1")
      ? { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "Retry-After" }
      : {};
    return NextResponse.json({ error: "too_many_requests", message, retryAfterSeconds }, { status: 429, headers: { ...headers, ...cors } });
  }
  return new NextResponse(`${message}\n`, { status: 429, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const headers = securityHeaders(request.nextUrl.pathname, {
    nonce,
    https: publicAddressIsHttps(process.env),
    development: process.env.NODE_ENV === "development",
  });

  const limit = limitFor(request);
  const verdict = limit ? await consumeRateLimit(limit, `address:${requestOrigin(request.headers).address}`) : { allowed: true as const };

  let response: NextResponse;
  if (!verdict.allowed) {
    response = tooManyRequests(request, verdict.retryAfterSeconds);
  } else if (await isUndecodableActionRequest(request)) {
    response = new NextResponse("Malformed server action request.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
    // next-intl's routing passes the request's headers on with its rewrite, the nonce among them. It
    // reads only the address, headers and cookies: the copy leaves the body to Next.js.
    if (isPage(request.nextUrl.pathname)) {
      response = intlRouting(new NextRequest(request.nextUrl.href, { method: request.method, headers: requestHeaders }));
      // The choice of language is remembered only when the reader made one (an address with a
      // language prefix, as the switch links to). next-intl would also set it on an unprefixed page
      // for a client without Accept-Language, and a response with Set-Cookie cannot be cached.
      if (!hasLocalePrefix(request.nextUrl.pathname)) response.headers.delete("set-cookie");
    } else {
      response = NextResponse.next({ request: { headers: requestHeaders } });
    }
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static files need neither a nonce nor a limit (next.config.js gives them the static headers).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
