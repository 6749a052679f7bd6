import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { competitionListFilters } from "@/lib/competitions/list-filters";
import { consultationListFilters } from "@/lib/consultations/list-filters";
import { contractListFilters } from "@/lib/contracts/list-filters";
import { actionBodyTooLarge } from "@/lib/http/action-body";
import { benchmarkMode } from "@/lib/http/modes";
import { listKey, noListFilters } from "@/lib/http/list-filters";
import { transportSecurityHeader } from "@/lib/http/transport-security";
import { routing } from "@/lib/i18n/routing";
import { meetingListFilters } from "@/lib/meetings/list-filters";
import { newsListFilters } from "@/lib/news/list-filters";
import { directoryListFilters, directorySearched } from "@/lib/organizations/list-filters";
import { boardDated, volunteeringBoardFilters } from "@/lib/volunteering/list-filters";

const intl = createMiddleware(routing);

/**
 * The public lists served from a cached page per filter combination (lib/http/list-filters.ts):
 * the path segment their query string is rewritten to, or null to render it per request (a
 * directory search).
 */
const cachedLists: Record<string, (query: URLSearchParams) => string | null> = {
  consultations: (query) => listKey(consultationListFilters, query),
  competitions: (query) => listKey(competitionListFilters, query),
  contracts: (query) => listKey(contractListFilters, query),
  meetings: (query) => listKey(meetingListFilters, query),
  "small-grants": (query) => listKey(noListFilters, query),
  organizations: (query) => (directorySearched(query) ? null : listKey(directoryListFilters, query)),
  news: (query) => listKey(newsListFilters, query),
  volunteering: (query) => (boardDated(query) ? null : listKey(volunteeringBoardFilters, query)),
};
const cachedList = new RegExp(`^(?:/(en))?/(${Object.keys(cachedLists).join("|")})/?$`);

/**
 * Language routing, plus three rewrites: the home page is served from a cached page that is kept out
 * of the build (app/[locale]/home), the public lists with their filters in the query string are
 * served from a cached page whose path carries the filters (cachedLists, lib/http/list-filters.ts),
 * and the benchmark's reference pages are "not found" unless the server runs in benchmark mode (the
 * static one is prerendered, so only a check per request can hide it); and Strict-Transport-Security
 * on every page when APP_URL is https. Authorization lives in pages, actions and route handlers, not
 * here. The matcher leaves out /api, Next's own files and every path with a dot (robots.txt,
 * sitemap.xml, favicon.ico, icon.svg, apple-icon.png), which need no language.
 */
export default function proxy(request: NextRequest) {
  // A server action's body over the limit: 413 here, where Next would answer 500.
  if (actionBodyTooLarge(request)) return new NextResponse(null, { status: 413 });
  const response = route(request);
  // Set here, per request, rather than in next.config.ts: those headers are fixed at build time,
  // and APP_URL is a setting of the running server.
  const hsts = transportSecurityHeader();
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

function route(request: NextRequest) {
  const reference = /^(?:\/(pl|en))?\/reference(?:\/|$)/.exec(request.nextUrl.pathname);
  if (reference && !benchmarkMode()) {
    const url = request.nextUrl.clone();
    // an unknown path under the locale: its 404 page ([...rest])
    url.pathname = `/${reference[1] ?? routing.defaultLocale}/benchmark-only`;
    return NextResponse.rewrite(url);
  }
  const home = /^\/(?:(en)\/?)?$/.exec(request.nextUrl.pathname);
  if (home) {
    const url = request.nextUrl.clone();
    url.pathname = `/${home[1] ?? routing.defaultLocale}/home`;
    url.search = "";
    return rewriteWithAlternates(request, url);
  }
  const list = cachedList.exec(request.nextUrl.pathname);
  const key = list && cachedLists[list[2]](request.nextUrl.searchParams);
  if (list && key) {
    const url = request.nextUrl.clone();
    url.pathname = `/${list[1] ?? routing.defaultLocale}/${list[2]}/list/${key}`;
    url.search = "";
    return rewriteWithAlternates(request, url);
  }
  return intl(request);
}

/** A rewrite to a cached page, with the language alternates (hreflang) next-intl sends with every other page. */
function rewriteWithAlternates(request: NextRequest, url: URL) {
  const rewritten = NextResponse.rewrite(url);
  const alternates = intl(request).headers.get("link");
  if (alternates) rewritten.headers.set("link", alternates);
  return rewritten;
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
