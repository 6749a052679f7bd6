/*
 * Public lists cached per filter combination (the consultations, competitions, contracts,
 * meetings and small grants lists, and the directory without a search). A page that reads its query
 * string is rendered on every request, so the proxy rewrites `/<list>?<filters>` to the internal
 * page `/<list>/list/<key>` (a dynamic segment rendered on its first visit and then kept until its
 * module's tag is revalidated), where the key is the filters' canonical query string, or "all".
 * Each list describes its filters once (`lib/<module>/list-filters.ts`, a `ListFilterSpec`); these
 * functions turn a query string into that key and the key back into filters. Pure: the proxy runs it.
 *
 * The cache stays bounded: a filter with a value the list cannot have (a year that is not a year,
 * an unknown status) makes the key `INVALID_LIST_KEY`, and every segment other than the canonical
 * key of valid filters is refused, so both answer 404 (not cached: lib/http/cache-handler.mjs).
 * Values the page must look up (a task area, an organization, a page past the last) are checked
 * by the module's `known…Filters` in its cache.ts. Empty values count as absent (a GET form sends
 * every field); parameters that are not filters of the list are ignored.
 */
export interface ListFilterSpec<F> {
  /** The filters of a query string, or null when one has a value the list cannot have. */
  parse(query: URLSearchParams, now: Date): F | null;
  /** The filters as query parameters, in a fixed order; undefined ones (defaults) are left out. */
  toQuery(filters: F): Record<string, string | number | undefined>;
}

/** A segment no list accepts (the proxy rewrites invalid filter values to it: a 404). */
export const INVALID_LIST_KEY = "invalid";

/** The canonical segment of valid filters ("all" without filters). */
export function listKeyOf<F>(spec: ListFilterSpec<F>, filters: F): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(spec.toQuery(filters))) if (value !== undefined) query.set(name, String(value));
  return query.size ? query.toString() : "all";
}

/** The segment the proxy rewrites a query string to. */
export function listKey<F>(spec: ListFilterSpec<F>, query: URLSearchParams, now = new Date()): string {
  const filters = spec.parse(query, now);
  return filters ? listKeyOf(spec, filters) : INVALID_LIST_KEY;
}

/** The filters of a query string for the page rendered per request (when the proxy did not run); null: a 404. */
export function listFiltersOf<F>(
  spec: ListFilterSpec<F>,
  query: Record<string, string | string[] | undefined>,
  now = new Date(),
): F | null {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string"));
  return spec.parse(params, now);
}

/** The filters of a path segment, or null unless it is the canonical key of valid filters. */
export function listFiltersFromKey<F>(spec: ListFilterSpec<F>, key: string, now = new Date()): F | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(key);
  } catch {
    return null;
  }
  const filters = spec.parse(new URLSearchParams(decoded === "all" ? "" : decoded), now);
  return filters && listKeyOf(spec, filters) === decoded ? filters : null;
}

/*
 * Reading one filter: undefined when absent or empty, null when its value is not one the list can
 * have (the whole query is then invalid).
 */
type Field<T> = T | undefined | null;

/** A year from 2000 to next year (a list has nothing later; an offer deadline may be next year). */
export function yearField(value: string | null, now: Date): Field<number> {
  if (!value) return undefined;
  return /^20\d\d$/.test(value) && Number(value) <= now.getFullYear() + 1 ? Number(value) : null;
}

/** A slug (task area); whether it exists is checked by the page. */
export function slugField(value: string | null): Field<string> {
  if (!value) return undefined;
  return /^[a-z0-9][a-z0-9-]{0,79}$/.test(value) ? value : null;
}

/** One of the given values. */
export function oneOfField<T extends string>(value: string | null, values: readonly T[]): Field<T> {
  if (!value) return undefined;
  return (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** A page number: 1 is the default (left out of the key); at most 100 000. */
export function pageField(value: string | null): Field<number> {
  if (!value) return undefined;
  if (!/^[1-9]\d{0,4}$/.test(value)) return null;
  return Number(value) === 1 ? undefined : Number(value);
}

/** The filters when no field is invalid, else null (undefined fields are left out). */
export function allValid<F extends object>(fields: { [K in keyof F]: Field<Exclude<F[K], undefined>> }): F | null {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (value === null) return null;
    if (value !== undefined) out[name] = value;
  }
  return out as F;
}

/** A list without filters (meetings, small grants): one page, "all". */
export const noListFilters: ListFilterSpec<Record<string, never>> = { parse: () => ({}), toQuery: () => ({}) };
