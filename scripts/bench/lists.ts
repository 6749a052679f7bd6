import type { BenchModule } from "./types";

/*
 * The public lists (issue 16): each is served from a page cached per filter combination
 * (lib/http/list-filters.ts), so each should come close to the trivial cached page. Measured in
 * their default view and filtered by year; the directory without a search by page and by order
 * (a search is rendered per request and measured by the directory module).
 */
export const listsBench: BenchModule = {
  name: "lists",
  async targets() {
    const year = new Date().getFullYear();
    const list = (name: string, path: string) => ({ name: `${name} (cached)`, path, reference: "static" as const });
    return [
      list("competitions list", "/competitions"),
      list("competitions list, by year", `/competitions?year=${year}`),
      list("contracts register", "/contracts"),
      list("contracts register, by year", `/contracts?year=${year}`),
      list("consultations list, by year", `/consultations?year=${year}`),
      list("meetings list", "/meetings"),
      list("small grants list", "/small-grants"),
      list("directory, no search (10 000 organizations)", "/organizations"),
      list("directory, no search, page 2", "/organizations?page=2"),
      list("directory, no search, newest first", "/organizations?sort=newest"),
    ];
  },
};
