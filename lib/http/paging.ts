/*
 * The one shape of a public list under /api/v1/: `{ total, page, pageSize, pageCount, items }`,
 * with `?page=` (from 1) and `?pageSize=` (1–100). Lists that are small by nature (a year of
 * competitions or consultations) are read whole and cut here; the directory and the contracts
 * register page in SQL and only reuse the parsing and the shape.
 */

export const defaultPageSize = 50;
export const maxPageSize = 100;

export interface Paging {
  page: number;
  pageSize: number;
}

export interface Page<T> extends Paging {
  total: number;
  pageCount: number;
  items: T[];
}

/** The page asked for, or the name of the parameter that is not a valid one. */
export function parsePaging(
  search: URLSearchParams,
  pageSize = defaultPageSize,
): { ok: true; paging: Paging } | { ok: false; field: string } {
  const page = positive(search.get("page"), 1, 100_000);
  if (page === null) return { ok: false, field: "page" };
  const size = positive(search.get("pageSize"), pageSize, maxPageSize);
  if (size === null) return { ok: false, field: "pageSize" };
  return { ok: true, paging: { page, pageSize: size } };
}

function positive(raw: string | null, fallback: number, max: number): number | null {
  if (raw === null || raw === "") return fallback;
  if (!/^\d{1,6}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= max ? n : null;
}

export function pageOf<T>(total: number, paging: Paging, items: T[]): Page<T> {
  return { total, page: paging.page, pageSize: paging.pageSize, pageCount: Math.max(1, Math.ceil(total / paging.pageSize)), items };
}

/** One page of a list read whole. */
export function slicePage<T>(all: readonly T[], paging: Paging): Page<T> {
  const start = (paging.page - 1) * paging.pageSize;
  return pageOf(all.length, paging, all.slice(start, start + paging.pageSize));
}
