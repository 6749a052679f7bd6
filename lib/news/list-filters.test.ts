import { describe, expect, it } from "vitest";
import { INVALID_LIST_KEY, listFiltersFromKey, listKey } from "@/lib/http/list-filters";
import { newsListFilters } from "./list-filters";

describe("the news list's filter segment", () => {
  const key = (query: string) => listKey(newsListFilters, new URLSearchParams(query));

  it("makes the canonical key of valid filters and reads it back", () => {
    expect(key("")).toBe("all");
    expect(key("type=&area=&page=")).toBe("all");
    expect(key("page=1")).toBe("all");
    expect(key("page=3&area=kultura&type=training&utm=x")).toBe("type=training&area=kultura&page=3");
    expect(listFiltersFromKey(newsListFilters, "type=training&area=kultura&page=3")).toEqual({
      type: "training",
      area: "kultura",
      page: 3,
    });
    expect(listFiltersFromKey(newsListFilters, "all")).toEqual({});
  });

  it("turns a value the list cannot have into the invalid key, and refuses any other segment", () => {
    for (const query of ["type=bogus", "area=UPPER", "page=0", "page=abc", "page=1000000"])
      expect(key(query), query).toBe(INVALID_LIST_KEY);
    for (const segment of ["abc", "", INVALID_LIST_KEY, "page=1", "area=a&type=training", "type=bogus", "all&x"])
      expect(listFiltersFromKey(newsListFilters, segment), segment).toBeNull();
  });
});
