import { appUrl } from "@/lib/mail/links";
import { isJsonContentType } from "./reply";

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

/** Whether the browser itself named our origin: `Sec-Fetch-Site: same-origin`, or an Origin header that is ours. */
function provenSameOrigin(request: Request): boolean {
  if (request.headers.get("sec-fetch-site") === "same-origin") return true;
  return request.headers.has("origin") && sameOriginWrite(request);
}

/**
 * The same-origin check of writes that take a form body too (the job triggers: the "Run now"
 * button posts a form). A page of another site can send a form (url-encoded, multipart, text/plain)
 * without asking, so a request with any body but JSON must prove it comes from our pages: a
 * missing Origin is no proof there. A JSON body or none at all is checked like the JSON routes.
 */
export function sameOriginFormWrite(request: Request): boolean {
  const type = request.headers.get("content-type");
  if (type === null || isJsonContentType(type)) return sameOriginWrite(request);
  return provenSameOrigin(request);
}
