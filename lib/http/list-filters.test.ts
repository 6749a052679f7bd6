import { describe, expect, it } from "vitest";
import { competitionListFilters } from "@/lib/competitions/list-filters";
import { contractListFilters } from "@/lib/contracts/list-filters";
import { directoryListFilters, directorySearched } from "@/lib/organizations/list-filters";
import { INVALID_LIST_KEY, listFiltersFromKey, listFiltersOf, listKey, noListFilters, type ListFilterSpec } from "./list-filters";

const now = new Date("2026-12-06T12:00:00Z");
const keyOf = <F>(spec: ListFilterSpec<F>, query: string) => listKey(spec, new URLSearchParams(query), now);
const ORG = "0b5c1a2e-3d4f-4a5b-8c6d-7e8f9a0b1c2d";

describe("a public list's cache key (lib/http/list-filters.ts)", () => {
  it("competitions: year and area, canonical order, empty fields absent", () => {
    expect(keyOf(competitionListFilters, "")).toBe("all");
    expect(keyOf(competitionListFilters, "year=&area=")).toBe("all");
    expect(keyOf(competitionListFilters, "area=kultura&year=2026&x=1")).toBe("year=2026&area=kultura");
    expect(listFiltersFromKey(competitionListFilters, "year=2026&area=kultura", now)).toEqual({ year: 2026, area: "kultura" });
    expect(listFiltersOf(competitionListFilters, { year: "2027", area: ["a", "b"] }, now)).toEqual({ year: 2027 });
  });

  it("competitions: an unknown value is the invalid key, refused as a segment", () => {
    for (const query of ["year=abc", "year=1999", "year=2028", "year=26", "area=Kultura", "area=a%20b", "area=nonexistent!"])
      expect(keyOf(competitionListFilters, query), query).toBe(INVALID_LIST_KEY);
    for (const segment of [INVALID_LIST_KEY, "", "area=kultura&year=2026", "year=2026&", "year=02026", "%E0%A4%A"])
      expect(listFiltersFromKey(competitionListFilters, segment, now), segment).toBeNull();
  });

  it("contracts: year, area, funding form, organization and page (page 1 left out)", () => {
    expect(keyOf(contractListFilters, `page=1&organization=${ORG}&form=support&area=kultura&year=2026`)).toBe(
      `year=2026&area=kultura&form=support&organization=${ORG}`,
    );
    expect(keyOf(contractListFilters, "page=3")).toBe("page=3");
    expect(listFiltersFromKey(contractListFilters, "form=entrustment&page=2", now)).toEqual({ form: "entrustment", page: 2 });
    for (const query of ["form=bogus", "organization=123", "page=0", "page=abc", "page=-1", "page=100000", "page=01", "year=x"])
      expect(keyOf(contractListFilters, query), query).toBe(INVALID_LIST_KEY);
    expect(listFiltersFromKey(contractListFilters, "page=1", now)).toBeNull();
  });

  it("meetings and small grants: one page, whatever else the query holds", () => {
    expect(keyOf(noListFilters, "")).toBe("all");
    expect(keyOf(noListFilters, "status=bogus")).toBe("all");
    expect(listFiltersFromKey(noListFilters, "all", now)).toEqual({});
    for (const segment of ["status=bogus", INVALID_LIST_KEY, "All"]) expect(listFiltersFromKey(noListFilters, segment, now)).toBeNull();
  });

  it("directory: only the order and the page are cached; a search or a filter is rendered per request", () => {
    expect(directorySearched(new URLSearchParams("q=&legalForm=&area=&district=&opp=&volunteers=&sort=name"))).toBe(false);
    for (const query of ["q=kadr", "area=kultura", "district=centrum", "legalForm=foundation", "opp=1", "volunteers=0", "pageSize=50"])
      expect(directorySearched(new URLSearchParams(query)), query).toBe(true);
    expect(keyOf(directoryListFilters, "q=&area=&sort=name")).toBe("all");
    expect(keyOf(directoryListFilters, "sort=relevance")).toBe("all");
    expect(keyOf(directoryListFilters, "page=4&sort=newest")).toBe("sort=newest&page=4");
    expect(listFiltersFromKey(directoryListFilters, "sort=newest&page=4", now)).toEqual({ sort: "newest", page: 4 });
    for (const query of ["sort=bogus", "page=abc", "page=0"]) expect(keyOf(directoryListFilters, query), query).toBe(INVALID_LIST_KEY);
    for (const segment of ["sort=name", "sort=relevance", "page=1", "page=4&sort=newest"])
      expect(listFiltersFromKey(directoryListFilters, segment, now), segment).toBeNull();
  });
});
