import "server-only";
import type { Db } from "@/lib/db/client";
import type { DirectoryFilters } from "./filters";
import { countOrganizations } from "./queries";

/** What an empty result may drop: the words, the district read from them, or one filter. */
export type WiderSearchKind = "q" | "everywhere" | "legalForm" | "area" | "district" | "opp" | "volunteers";

export interface WiderSearch {
  kind: WiderSearchKind;
  /** The same search without it (first page). */
  filters: DirectoryFilters;
  total: number;
}

function without(filters: DirectoryFilters, kind: WiderSearchKind): DirectoryFilters {
  const wider: DirectoryFilters = { ...filters, page: 1 };
  switch (kind) {
    case "everywhere":
      return { ...wider, everywhere: true };
    case "q":
      return { ...wider, q: undefined, everywhere: undefined, sort: wider.sort === "relevance" ? "name" : wider.sort };
    default:
      return { ...wider, [kind]: undefined };
  }
}

/**
 * For a search that found nothing: each single thing to drop that would find something, with how
 * many it finds. The words count as one thing to drop only beside at least one filter.
 * `districtsInQuery`: whether the text named a district (then "search the whole city" is offered).
 */
export async function widerSearches(db: Db, filters: DirectoryFilters, districtsInQuery: boolean): Promise<WiderSearch[]> {
  const kinds: WiderSearchKind[] = [];
  if (districtsInQuery) kinds.push("everywhere");
  const filterKinds = (["legalForm", "area", "district", "opp", "volunteers"] as const).filter((kind) => filters[kind] !== undefined);
  if (filters.q && filterKinds.length > 0) kinds.push("q");
  kinds.push(...filterKinds);
  const found: WiderSearch[] = [];
  for (const kind of kinds) {
    const wider = without(filters, kind);
    const total = await countOrganizations(db, wider);
    if (total > 0) found.push({ kind, filters: wider, total });
  }
  return found;
}
