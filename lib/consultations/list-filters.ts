import { consultationAudiences, type ConsultationAudience } from "@/lib/db/schema/consultations";
import { allValid, oneOfField, slugField, yearField, type ListFilterSpec } from "@/lib/http/list-filters";

/*
 * The consultations list's filters (cached per combination: lib/http/list-filters.ts), e.g.
 * `/consultations?open=1&year=2026` is served from `/consultations/list/open=1&year=2026`. Pure.
 */
export interface ListFilters {
  open?: boolean;
  audience?: ConsultationAudience;
  area?: string;
  year?: number;
}

export const consultationListFilters: ListFilterSpec<ListFilters> = {
  parse: (query, now) =>
    allValid<ListFilters>({
      open: oneOfField(query.get("open"), ["1"]) && true,
      audience: oneOfField(query.get("audience"), consultationAudiences),
      area: slugField(query.get("area")),
      year: yearField(query.get("year"), now),
    }),
  toQuery: (f) => ({ open: f.open ? 1 : undefined, audience: f.audience, area: f.area, year: f.year }),
};
