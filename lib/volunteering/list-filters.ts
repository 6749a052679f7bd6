import { isId } from "@/lib/core/ids";
import { isIsoDate } from "@/lib/dates/warsaw";
import { volunteerAudiences } from "@/lib/db/schema/volunteering";
import { allValid, oneOfField, pageField, slugField, type ListFilterSpec } from "@/lib/http/list-filters";
import type { OfferFilters } from "./filters";
import type { Audience } from "./rules";

/*
 * The public volunteering board's filters (cached per combination: lib/http/list-filters.ts), e.g.
 * `/volunteering?area=kultura&online=1` is served from `/volunteering/list/area=kultura&online=1`.
 * A date range (from, to: any two days) would make the combinations unbounded, so a board with
 * dates is rendered per request (the proxy leaves it to the page), like a directory search. Pure.
 */
export interface BoardListFilters {
  area?: string;
  district?: string;
  audience?: Audience;
  online?: boolean;
  organization?: string;
  from?: string;
  to?: string;
  page?: number;
}

const dateField = (value: string | null) => (!value ? undefined : isIsoDate(value) ? value : null);

export const volunteeringBoardFilters: ListFilterSpec<BoardListFilters> = {
  parse: (query) =>
    allValid<BoardListFilters>({
      area: slugField(query.get("area")),
      district: slugField(query.get("district")),
      audience: oneOfField(query.get("audience"), volunteerAudiences),
      online: oneOfField(query.get("online"), ["1"]) && true,
      organization: ((v) => (!v ? undefined : isId(v) ? v.toLowerCase() : null))(query.get("organization")),
      from: dateField(query.get("from")),
      to: dateField(query.get("to")),
      page: pageField(query.get("page")),
    }),
  toQuery: (f) => ({
    area: f.area,
    district: f.district,
    audience: f.audience,
    online: f.online ? 1 : undefined,
    organization: f.organization,
    from: f.from,
    to: f.to,
    page: f.page,
  }),
};

/** A board with a date range: rendered per request, not cached. */
export function boardDated(query: URLSearchParams): boolean {
  return !!(query.get("from") || query.get("to"));
}

/** The query's filters as the board's reads take them. */
export function offerFiltersOf(filters: BoardListFilters): OfferFilters {
  return { ...filters, page: filters.page ?? 1 };
}
