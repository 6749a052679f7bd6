import { allValid, slugField, yearField, type ListFilterSpec } from "@/lib/http/list-filters";

/*
 * The competitions list's filters: the year of the offer deadline and the task area (cached per
 * combination: lib/http/list-filters.ts). Pure.
 */
export interface CompetitionListFilters {
  year?: number;
  area?: string;
}

export const competitionListFilters: ListFilterSpec<CompetitionListFilters> = {
  parse: (query, now) => allValid<CompetitionListFilters>({ year: yearField(query.get("year"), now), area: slugField(query.get("area")) }),
  toQuery: (f) => ({ year: f.year, area: f.area }),
};
