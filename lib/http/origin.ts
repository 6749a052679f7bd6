import { appUrl } from "@/lib/mail/links";

/**
 * A cookie-authenticated POST must come from our own pages: a browser always sends `Origin` with a
 * cross-site POST, so a foreign one is refused (the Host header, or APP_URL behind a proxy, is ours);
 * `Sec-Fetch-Site` refuses it too when present. Clients that are not browsers send neither.
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.host === request.headers.get("host")) return true;
  try {
    return url.origin === new URL(appUrl()).origin;
  } catch {
    return false;
  }
}
