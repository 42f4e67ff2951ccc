// A server-action request whose body React cannot decode (not JSON, or a form without its
// arguments part "0") or whose arguments are not a list makes Next.js throw before any action
// code runs: a 500. The app's own
// forms never send such a body, so it is refused as a bad request instead (proxy.ts).

// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u001f\u007f]/;

/** True when a POST carrying a Next-Action header has a body the action decoder would choke on. */
export async function isUndecodableActionRequest(request: Request): Promise<boolean> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  try {
    if (type.startsWith("multipart/form-data")) {
      const form = await request.clone().formData();
      // Next.js's multipart parser throws on a part name with a control character (e.g. NUL).
      if ([...form.keys()].some((name) => CONTROL.test(name))) return true;
      const root = form.get("0");
      return typeof root !== "string" || !isArgumentList(root);
    }
    if (type.startsWith("text/plain")) return !isArgumentList(await request.clone().text());
  } catch {
    // A body that is not even the multipart it claims to be.
    return true;
  }
  return false;
}

/**
 * React's reply format marks special values with a leading "$" (a user's own "$" is escaped as
 * "$$"). The app's forms only ever send plain values, undefined and a form ("$K<n>"); any other
 * mark is a reference to a part that a forged body does not have, and the decoder fails on it.
 */
const SAFE_MARK = /^\$(\$|K[0-9a-f]+$|undefined$|NaN$|-?Infinity$|-0$|D|n-?\d+$)/;

function onlySafeMarks(value: unknown): boolean {
  if (typeof value === "string") return !value.startsWith("$") || SAFE_MARK.test(value);
  if (Array.isArray(value)) return value.every(onlySafeMarks);
  if (value !== null && typeof value === "object") return Object.values(value).every(onlySafeMarks);
  return true;
}

/** The arguments are a JSON array (React calls the action with them) of values the decoder can read. */
function isArgumentList(text: string): boolean {
  try {
    const args: unknown = JSON.parse(text);
    return Array.isArray(args) && onlySafeMarks(args);
  } catch {
    return false;
  }
}
