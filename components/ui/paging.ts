/** One page of a list already in memory; an unknown or out-of-range page number shows the first. */
export function pageOf<T>(items: readonly T[], requested: string | string[] | undefined, size: number) {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const wanted = Number(requested);
  const page = Number.isInteger(wanted) && wanted >= 1 && wanted <= pageCount ? wanted : 1;
  return { rows: items.slice((page - 1) * size, page * size), page, pageCount };
}
