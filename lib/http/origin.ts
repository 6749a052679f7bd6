/**
 * Whether a write comes from our own pages (the one same-origin check of the JSON routes).
 * A cookie-authenticated write must not be reachable from another site: a browser names the
 * page's origin in `Origin` (and `Sec-Fetch-Site`) on such requests, so a foreign one is refused.
 * Scripts and load tests send neither; for them the JSON content type (a cross-site page cannot
 * send it without a CORS preflight, which is never granted) is the guard.
 */
export function sameOriginWrite(request: Request): boolean {
  if (request.headers.get("sec-fetch-site") === "cross-site") return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false; // "null" (a sandboxed frame) or garbage
  }
}
