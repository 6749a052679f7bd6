import { describe, expect, it } from "vitest";
import { INVALID_LIST_KEY, listFiltersFromKey, listKey } from "@/lib/http/list-filters";
import { boardDated, volunteeringBoardFilters } from "./list-filters";

describe("the volunteering board's filter segment", () => {
  const key = (query: string) => listKey(volunteeringBoardFilters, new URLSearchParams(query));
  const org = "0f8fad5b-d9cb-469f-a165-70867728950e";

  it("makes the canonical key of valid filters and reads it back", () => {
    expect(key("area=&district=&audience=&online=&organization=")).toBe("all");
    expect(key(`online=1&organization=${org.toUpperCase()}&area=kultura&district=bojary&audience=adults&page=2`)).toBe(
      `area=kultura&district=bojary&audience=adults&online=1&organization=${org}&page=2`,
    );
    expect(listFiltersFromKey(volunteeringBoardFilters, `district=bojary&organization=${org}`)).toEqual({
      district: "bojary",
      organization: org,
    });
  });

  it("refuses values the board cannot have", () => {
    for (const query of ["audience=aliens", "online=0", "organization=42", "from=2026-02-30", "page=0", "area=Kultura"])
      expect(key(query), query).toBe(INVALID_LIST_KEY);
    expect(listFiltersFromKey(volunteeringBoardFilters, `organization=${org.toUpperCase()}`)).toBeNull();
  });

  it("leaves a board with a date range to the page rendered per request", () => {
    expect(boardDated(new URLSearchParams("from=2026-12-01"))).toBe(true);
    expect(boardDated(new URLSearchParams("to=2026-12-31&area=kultura"))).toBe(true);
    expect(boardDated(new URLSearchParams("from=&to=&area=kultura"))).toBe(false);
  });
});
