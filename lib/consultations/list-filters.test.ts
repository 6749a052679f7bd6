import { describe, expect, it } from "vitest";
import { INVALID_LIST_KEY, listFiltersFromKey, listKey } from "@/lib/http/list-filters";
import { consultationListFilters as spec } from "./list-filters";

describe("the consultations list's filter segment", () => {
  const now = new Date("2026-12-06T12:00:00Z");
  const key = (query: string) => listKey(spec, new URLSearchParams(query), now);

  it("accepts the canonical key of valid filters, as the proxy makes it", () => {
    expect(listFiltersFromKey(spec, "all", now)).toEqual({});
    expect(key("")).toBe("all");
    expect(key("open=&audience=&area=&year=")).toBe("all");
    expect(key("year=2026&area=kultura&open=1&audience=ngos&utm=x")).toBe("open=1&audience=ngos&area=kultura&year=2026");
    const filters = { open: true, audience: "ngos", area: "kultura", year: 2026 };
    expect(listFiltersFromKey(spec, "open=1&audience=ngos&area=kultura&year=2026", now)).toEqual(filters);
    expect(listFiltersFromKey(spec, encodeURIComponent("open=1&audience=ngos&area=kultura&year=2026"), now)).toEqual(filters);
  });

  it("turns an unknown filter value into the invalid key (a 404)", () => {
    for (const query of ["open=0", "audience=aliens", "area=UPPER", "year=abc", "year=1999", "year=2028"])
      expect(key(query), query).toBe(INVALID_LIST_KEY);
  });

  it("refuses any other segment, so a typed path cannot add a cached page", () => {
    for (const segment of [
      "abc",
      "",
      INVALID_LIST_KEY,
      "open=0",
      "audience=aliens",
      "area=UPPER",
      "year=1999",
      "year=2028",
      "area=a&open=1",
      "all&x",
      "%E0%A4%A",
    ])
      expect(listFiltersFromKey(spec, segment, now), segment).toBeNull();
    expect(listFiltersFromKey(spec, "year=2027", now)).toEqual({ year: 2027 });
  });
});
