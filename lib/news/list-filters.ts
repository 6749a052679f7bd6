import { allValid, oneOfField, pageField, slugField, type ListFilterSpec } from "@/lib/http/list-filters";
import { newsTypes, type NewsType } from "./rules";

/*
 * The public news list's filters (cached per combination: lib/http/list-filters.ts), e.g.
 * `/news?type=training&page=2` is served from `/news/list/type=training&page=2`. Pure.
 */
export interface NewsListFilters {
  type?: NewsType;
  area?: string;
  page?: number;
}

export const newsListFilters: ListFilterSpec<NewsListFilters> = {
  parse: (query) =>
    allValid<NewsListFilters>({
      type: oneOfField(query.get("type"), newsTypes),
      area: slugField(query.get("area")),
      page: pageField(query.get("page")),
    }),
  toQuery: (f) => ({ type: f.type, area: f.area, page: f.page }),
};
