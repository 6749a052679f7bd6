import { routing, type Locale } from "./routing";

/*
 * Locale prefixes of URLs ("as-needed": Polish at the root, English under /en), as plain functions
 * for the shell's small client components: they take their links from the server and need neither
 * next-intl's client provider nor its navigation hooks.
 */

/** The URL of an unprefixed path ("/organizations") in a language. */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === routing.defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/**
 * The language and the unprefixed path of a pathname ("/en/organizations"). The default language's
 * prefix is accepted too: a page rendered on the server may see the rewritten path ("/pl/…").
 * The path is the one a visitor sees (see publicAddress).
 */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const { locale, path } = splitPrefix(pathname);
  return { locale, path: publicAddress(path).path };
}

function splitPrefix(pathname: string): { locale: Locale; path: string } {
  for (const locale of routing.locales) {
    if (pathname === `/${locale}`) return { locale, path: "/" };
    if (pathname.startsWith(`/${locale}/`)) return { locale, path: pathname.slice(locale.length + 1) };
  }
  return { locale: routing.defaultLocale, path: pathname || "/" };
}

/**
 * The address a visitor sees for a page the proxy serves from another path (proxy.ts): the cached
 * home page ("/home") and the cached lists ("/competitions/list/year=2026" is "/competitions?year=2026").
 * A server rendering those pages sees the inner path; the links it renders must not.
 */
export function publicAddress(path: string): { path: string; query: string } {
  if (path === "/home" || path.startsWith("/home/")) return { path: "/", query: "" };
  const list = /^\/([a-z-]+)\/list\/([^/]+)$/.exec(path);
  if (!list) return { path, query: "" };
  let key = "all";
  try {
    key = decodeURIComponent(list[2]);
  } catch {
    // a malformed key is a 404 page: its language link leads to the list
  }
  return { path: `/${list[1]}`, query: key === "all" ? "" : `?${key}` };
}

/** The same page (and query) in another language; without a query, a cached list's filters are kept. */
export function switchLocale(pathname: string, search: string, to: Locale): string {
  const address = publicAddress(splitPrefix(pathname).path);
  const query = search && search !== "?" ? (search.startsWith("?") ? search : `?${search}`) : address.query;
  return localizedPath(to, address.path) + query;
}

/** Is the page at `path` (unprefixed) within the section at `section` ("/" only the home page)? */
export function inSection(path: string, section: string): boolean {
  if (section === "/") return path === "/";
  return path === section || path.startsWith(`${section}/`);
}
