import { appUrl } from "@/lib/mail/links";

/**
 * Whether a cookie-authenticated write comes from our own pages (the one same-origin check of the
 * JSON routes and the job triggers). A browser names the page's origin in `Origin` (and
 * `Sec-Fetch-Site`) on a cross-site request, so a foreign one is refused; our origin is the Host
 * header or, behind a proxy, APP_URL (never X-Forwarded-Host, which anyone can forge). Scripts and
 * load tests send neither; for them the JSON content type (a cross-site page cannot send it without
 * a CORS preflight, which is never granted) is the guard.
 */
export function sameOriginWrite(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (a sandboxed frame) or garbage
  }
  if (url.host === request.headers.get("host")) return true;
  try {
    return url.origin === new URL(appUrl()).origin;
  } catch {
    return false;
  }
}
