import { describe, expect, it } from "vitest";
import { listFiltersFromKey, listFiltersKey, parseListFilters } from "./list-filters";

describe("the list page's filter segment", () => {
  const now = new Date("2026-12-06T12:00:00Z");

  it("accepts the canonical key of valid filters, as the proxy makes it", () => {
    expect(listFiltersFromKey("all", now)).toEqual({});
    const key = listFiltersKey(parseListFilters(new URLSearchParams("year=2026&area=kultura&open=1&audience=ngos")));
    expect(key).toBe("open=1&audience=ngos&area=kultura&year=2026");
    expect(listFiltersFromKey(key, now)).toEqual({ open: true, audience: "ngos", area: "kultura", year: 2026 });
    expect(listFiltersFromKey(encodeURIComponent(key), now)).toEqual({ open: true, audience: "ngos", area: "kultura", year: 2026 });
  });

  it("refuses any other segment, so a typed path cannot add a cached page", () => {
    for (const key of [
      "abc",
      "",
      "open=0",
      "audience=aliens",
      "area=UPPER",
      "year=1999",
      "year=2028",
      "area=a&open=1",
      "all&x",
      "%E0%A4%A",
    ])
      expect(listFiltersFromKey(key, now), key).toBeNull();
    expect(listFiltersFromKey("year=2027", now)).toEqual({ year: 2027 });
  });
});
