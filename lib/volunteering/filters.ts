import { isId } from "@/lib/core/ids";
import { isIsoDate } from "@/lib/dates/warsaw";
import { volunteerAudiences } from "@/lib/db/schema/volunteering";
import type { Audience } from "./rules";

/** The board's filters (the page and the API read the same query string). Pure. */
export interface OfferFilters {
  area?: string;
  district?: string;
  audience?: Audience;
  online?: boolean;
  /** offers running (or ongoing) on some day between from and to */
  from?: string;
  to?: string;
  organization?: string;
  page: number;
}

const slug = /^[a-z0-9-]{1,60}$/;

/** The filters of a query string; unknown or malformed values are dropped (the board shows all instead). */
export function parseOfferFilters(search: URLSearchParams): OfferFilters {
  const get = (name: string) => search.get(name)?.trim() || undefined;
  const area = get("area");
  const district = get("district");
  const audience = get("audience");
  const from = get("from");
  const to = get("to");
  const organization = get("organization");
  const page = Number(get("page") ?? "1");
  return {
    area: area && slug.test(area) ? area : undefined,
    district: district && slug.test(district) ? district : undefined,
    audience: audience && (volunteerAudiences as readonly string[]).includes(audience) ? (audience as Audience) : undefined,
    online: get("online") === "1" ? true : undefined,
    from: from && isIsoDate(from) ? from : undefined,
    to: to && isIsoDate(to) ? to : undefined,
    organization: organization && isId(organization) ? organization.toLowerCase() : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The filters as the query of the board's links (page left out). */
export function filtersQuery(filters: OfferFilters): Record<string, string | undefined> {
  return {
    area: filters.area,
    district: filters.district,
    audience: filters.audience,
    online: filters.online ? "1" : undefined,
    from: filters.from,
    to: filters.to,
    organization: filters.organization,
  };
}
