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
 */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  for (const locale of routing.locales) {
    if (pathname === `/${locale}`) return { locale, path: "/" };
    if (pathname.startsWith(`/${locale}/`)) return { locale, path: pathname.slice(locale.length + 1) };
  }
  return { locale: routing.defaultLocale, path: pathname || "/" };
}

/** The same page (and query) in another language. */
export function switchLocale(pathname: string, search: string, to: Locale): string {
  const query = search && search !== "?" ? (search.startsWith("?") ? search : `?${search}`) : "";
  return localizedPath(to, splitLocale(pathname).path) + query;
}

/** Is the page at `path` (unprefixed) within the section at `section` ("/" only the home page)? */
export function inSection(path: string, section: string): boolean {
  if (section === "/") return path === "/";
  return path === section || path.startsWith(`${section}/`);
}
