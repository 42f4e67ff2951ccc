// Who is asking: the client address and user agent of a request, for throttling and the audit
// log. scripts/server.mjs puts the socket's peer address in X-Forwarded-For (replacing any
// value the client sent) unless TRUST_PROXY=true, in which case a reverse proxy appends the
// address it saw; either way the last entry is the one to trust.
export interface RequestOrigin {
  address: string;
  userAgent: string;
}

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

export function requestOrigin(headers: HeaderBag): RequestOrigin {
  const forwarded = header(headers, "x-forwarded-for")
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    address: forwarded?.at(-1)?.slice(0, 100) ?? "unknown",
    userAgent: (header(headers, "user-agent") ?? "").slice(0, 300),
  };
}

export function describeOrigin(origin: RequestOrigin): string {
  return `${origin.address} ${origin.userAgent}`.trim();
}
