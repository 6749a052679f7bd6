import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import { cachedPublicOrganization } from "@/lib/organizations/cache";
import type { BoardListFilters } from "./list-filters";
import { boardOptions, getPublicOffer, listPublicOffers, offersOfOrganization, volunteeringStatistics } from "./queries";

/*
 * Public reads of volunteering (no personal data but the offer's contact person, which the
 * organization publishes): tag "volunteering", revalidated by every command that changes an offer,
 * an application's decision, an agreement or hours (app/[locale]/account/volunteering/actions.ts,
 * the application and consent actions). The board is cached per filter combination without a date
 * range (lib/volunteering/list-filters.ts); with one it is read per request, from the database.
 * Organizations' names and verification change under their own tag: the reads also expire
 * (VOLUNTEERING_REVALIDATE).
 */
const TAG = "volunteering";
export const VOLUNTEERING_REVALIDATE = 600;

export function cachedBoard(filters: BoardListFilters) {
  return unstable_cache(
    async () => {
      const list = await listPublicOffers(await getDb(), { ...filters, page: filters.page ?? 1 });
      return { ...list, items: list.items.map((o) => ({ ...o, publishedAt: o.publishedAt?.toISOString() ?? null })) };
    },
    ["volunteering-board", JSON.stringify(filters)],
    { tags: [TAG], revalidate: VOLUNTEERING_REVALIDATE },
  )();
}

/**
 * The board's filters when every value is a known one (a task area, an active district, a public
 * organization, a page up to the last); else null: a 404.
 */
export async function knownBoardFilters(filters: BoardListFilters | null): Promise<BoardListFilters | null> {
  if (!filters) return null;
  const options = await cachedBoardOptions();
  if (filters.area && !options.areas.some((a) => a.slug === filters.area)) return null;
  if (filters.district && !options.districts.some((d) => d.slug === filters.district)) return null;
  if (filters.organization && !(await cachedPublicOrganization(filters.organization))) return null;
  if (filters.page && filters.page > (await cachedBoard({ ...filters, page: undefined })).pageCount) return null;
  return filters;
}

export function cachedBoardOptions() {
  return unstable_cache(async () => boardOptions(await getDb()), ["volunteering-options"], { tags: [TAG], revalidate: 3600 })();
}

export function cachedPublicOffer(id: string) {
  return unstable_cache(async () => getPublicOffer(await getDb(), id), ["volunteering-offer", id], {
    tags: [TAG],
    revalidate: VOLUNTEERING_REVALIDATE,
  })();
}

export function cachedOffersOfOrganization(organizationId: string) {
  return unstable_cache(async () => offersOfOrganization(await getDb(), organizationId), ["volunteering-org", organizationId], {
    tags: [TAG],
  })();
}

export function cachedVolunteeringStatistics() {
  return unstable_cache(async () => volunteeringStatistics(await getDb()), ["volunteering-statistics"], {
    tags: [TAG],
    revalidate: 3600,
  })();
}

export function revalidateVolunteering() {
  revalidateTag(TAG, { expire: 0 });
}
