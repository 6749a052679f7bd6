import { allValid, oneOfField, pageField, type ListFilterSpec } from "@/lib/http/list-filters";
import { directorySorts, parseDirectoryFilters, type DirectoryFilters } from "./filters";

/*
 * The directory without a search (cached per page and order: lib/http/list-filters.ts, tag
 * "organizations"): `/organizations?page=3&sort=newest` is served from
 * `/organizations/list/sort=newest&page=3`. A search or a filter (q, area, district, legal form,
 * OPP, volunteers) is rendered per request. Pure.
 */
export interface DirectoryListFilters {
  sort?: "newest";
  page?: number;
}

/** Parameters that make a search, rendered per request (the proxy does not rewrite them). */
const searchParams = ["q", "legalForm", "area", "district", "opp", "volunteers", "everywhere", "pageSize"];

export function directorySearched(query: URLSearchParams): boolean {
  return searchParams.some((name) => (query.get(name) ?? "").trim() !== "");
}

export const directoryListFilters: ListFilterSpec<DirectoryListFilters> = {
  parse: (query) => {
    // without a query, "relevance" is the order by name (the default)
    const sort = oneOfField(query.get("sort"), directorySorts);
    return allValid<DirectoryListFilters>({
      sort: sort === "newest" ? sort : sort === null ? null : undefined,
      page: pageField(query.get("page")),
    });
  },
  toQuery: (f) => ({ sort: f.sort, page: f.page }),
};

/** The directory's full filters for a page of the unsearched list. */
export function directoryFiltersOf(filters: DirectoryListFilters): DirectoryFilters {
  return parseDirectoryFilters({ sort: filters.sort, page: filters.page ? String(filters.page) : undefined });
}
