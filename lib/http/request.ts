import "server-only";

const base = "http://return-path.invalid";

/**
 * Only same-site paths, so a crafted link cannot send people elsewhere after log-in. The path is
 * read as a browser would (a backslash, a tab or a second slash could name another host) and given
 * back percent-encoded: a `Location` header cannot carry "/\u3000" or other non-Latin-1 characters.
 */
export function safeReturnPath(value: unknown, fallback = "/") {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2000) return fallback;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
