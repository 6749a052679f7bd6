import { consultationAudiences, type ConsultationAudience } from "@/lib/db/schema/consultations";

/*
 * The consultations list's filters as a path segment. The public list is cached per filter
 * combination: the proxy rewrites `/consultations?open=1&year=2026` to the internal page
 * `/consultations/list/open=1&year=2026` (a dynamic segment, rendered on first visit and then kept),
 * because a page that reads the query string is rendered on every request. Pure: the proxy runs it.
 */
export interface ListFilters {
  open?: boolean;
  audience?: ConsultationAudience;
  area?: string;
  year?: number;
}

/** Only valid values survive, so odd query strings cannot multiply the cached pages. */
export function parseListFilters(query: URLSearchParams): ListFilters {
  const audience = query.get("audience") ?? "";
  const area = query.get("area") ?? "";
  const year = query.get("year") ?? "";
  return {
    ...(query.get("open") === "1" ? { open: true } : {}),
    ...((consultationAudiences as readonly string[]).includes(audience) ? { audience: audience as ConsultationAudience } : {}),
    ...(/^[a-z0-9-]{1,80}$/.test(area) ? { area } : {}),
    ...(/^20\d\d$/.test(year) ? { year: Number(year) } : {}),
  };
}

/** The canonical segment ("all" without filters), always in the same order. */
export function listFiltersKey(filters: ListFilters): string {
  const query = new URLSearchParams();
  if (filters.open) query.set("open", "1");
  if (filters.audience) query.set("audience", filters.audience);
  if (filters.area) query.set("area", filters.area);
  if (filters.year) query.set("year", String(filters.year));
  return query.size ? query.toString() : "all";
}

/**
 * The filters of a list page's path segment, or null unless it is the canonical key of valid
 * filters (what the proxy rewrites to) with a year the list can have (2000 to next year): any
 * other segment is a 404, so a path typed by hand cannot add a page to the cache. The area is
 * checked against the known task areas by the page (lib/consultations/cache.ts, knownListFilters).
 */
export function listFiltersFromKey(key: string, now = new Date()): ListFilters | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(key);
  } catch {
    return null;
  }
  const filters = parseListFilters(new URLSearchParams(decoded === "all" ? "" : decoded));
  if (listFiltersKey(filters) !== decoded) return null;
  if (filters.year && filters.year > now.getFullYear() + 1) return null;
  return filters;
}
