// Where to send the browser after sign-in: only a path on this site. The target is parsed with
// the WHATWG URL parser (as the browser will) against the app's own origin and accepted only
// if it stays there; "/\evil.example", "//evil", "https://evil", "javascript:" and the like go
// to the default page. Pure, so the sign-in form, the sign-in page and next-auth share it.

export const DEFAULT_AFTER_SIGN_IN = "/";

/** Any origin works for the check; the app's real one is used where it is known. */
const FALLBACK_ORIGIN = "http://app.invalid";

/**
 * The same-origin path (with query and fragment) that `target` leads to, or `fallback`.
 * `origin` is the app's own origin (e.g. window.location.origin or NEXTAUTH_URL).
 */
export function safeCallbackPath(target: unknown, origin: string = FALLBACK_ORIGIN, fallback = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof target !== "string" || target === "" || target.length > 2000) return fallback;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(target, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil" parses to the path "//evil", which a browser reads as another host: refuse
  // anything that is not one plain "/" followed by a path, and check the result once more.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  if (new URL(path, base).origin !== base.origin) return fallback;
  return path;
}

/**
 * Where a user lands after signing in when no callback URL says otherwise: an editor at their
 * figures, a reviewer at the review queue, an administrator (and anyone else) on the overview.
 */
export function landingPage(role: string | null | undefined): string {
  if (role === "editor") return "/editor";
  if (role === "reviewer") return "/review";
  return DEFAULT_AFTER_SIGN_IN;
}

/** The page after sign-in: a same-site callback URL if one was given, else the role's landing page. */
export function afterSignInPath(target: unknown, role: string | null | undefined, origin: string = FALLBACK_ORIGIN): string {
  return safeCallbackPath(target, origin, landingPage(role));
}
