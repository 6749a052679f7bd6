import { describe, expect, it } from "vitest";
import { pageOf, parsePaging, slicePage } from "./paging";

const search = (query: string) => new URLSearchParams(query);

describe("open-data paging", () => {
  it("defaults to the first page of 50 and takes page and pageSize up to 100", () => {
    expect(parsePaging(search(""))).toEqual({ ok: true, paging: { page: 1, pageSize: 50 } });
    expect(parsePaging(search("page=3&pageSize=100"))).toEqual({ ok: true, paging: { page: 3, pageSize: 100 } });
  });

  it("names the parameter that is not a page", () => {
    for (const [query, field] of [
      ["page=0", "page"],
      ["page=-1", "page"],
      ["page=1.5", "page"],
      ["page=x", "page"],
      ["pageSize=101", "pageSize"],
      ["pageSize=0", "pageSize"],
    ])
      expect(parsePaging(search(query))).toEqual({ ok: false, field });
  });

  it("cuts a whole list into the asked page, with its count of pages", () => {
    const all = Array.from({ length: 7 }, (_, i) => i);
    expect(slicePage(all, { page: 2, pageSize: 3 })).toEqual({ total: 7, page: 2, pageSize: 3, pageCount: 3, items: [3, 4, 5] });
    expect(slicePage(all, { page: 4, pageSize: 3 }).items).toEqual([]);
    expect(pageOf(0, { page: 1, pageSize: 50 }, [])).toEqual({ total: 0, page: 1, pageSize: 50, pageCount: 1, items: [] });
  });
});
