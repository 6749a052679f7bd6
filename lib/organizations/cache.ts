import "server-only";
import { revalidatePath, revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { COMPETITIONS_TAG } from "@/lib/competitions/cache";
import { warsawToday } from "@/lib/dates/warsaw";
import { directoryFiltersOf, type DirectoryListFilters } from "./list-filters";
import { directoryFigures, directoryOptions, getPublicOrganization, searchOrganizations } from "./queries";
import { organizationStatistics } from "./statistics";

/*
 * Cached public reads for pages that show no personal data (profile, statistics, filter choices).
 * Tags: "organizations" (anything in the directory) and `organization:${id}` (one profile).
 * The write side calls `revalidateOrganization(id)` after a change (edit, verification, refusal).
 * Results are plain JSON (no Date), as unstable_cache serializes them.
 */

const TAG = "organizations";

export const organizationTag = (id: string) => `organization:${id}`;

export function cachedPublicOrganization(id: string) {
  return unstable_cache(async () => getPublicOrganization(await getDb(), id), ["organization-public", id], {
    tags: [TAG, organizationTag(id)],
  })();
}

export const cachedOrganizationStatistics = unstable_cache(async () => organizationStatistics(await getDb()), ["organization-statistics"], {
  tags: [TAG],
});

/**
 * The home page's live figures (the directory, and the grants in competitions' published results,
 * hence the competitions tag too). The year is the current one in Warsaw; an hour at most across New Year.
 */
export const cachedDirectoryFigures = unstable_cache(
  async () => {
    const year = Number(warsawToday().slice(0, 4));
    return { year, ...(await directoryFigures(await getDb(), year)) };
  },
  ["home-figures"],
  { tags: [TAG, COMPETITIONS_TAG], revalidate: 3600 },
);

/** Task areas and districts change rarely (reference data is upserted on start): an hour at most. */
/** A page of the directory without a search (lib/organizations/list-filters.ts). */
export function cachedDirectoryPage(filters: DirectoryListFilters) {
  return unstable_cache(
    async () => searchOrganizations(await getDb(), directoryFiltersOf(filters)),
    ["directory-page", filters.sort ?? "name", String(filters.page ?? 1)],
    { tags: [TAG], revalidate: 3600 },
  )();
}

export const cachedDirectoryOptions = unstable_cache(async () => directoryOptions(await getDb()), ["directory-options"], {
  tags: [TAG, "reference-data"],
  revalidate: 3600,
});

/** For the write side: after any change to an organization (profile, areas, verification). */
export function revalidateOrganization(id: string) {
  revalidateTag(TAG, { expire: 0 });
  revalidateTag(organizationTag(id), { expire: 0 });
}

/** The choices of the profile form (task areas in the act's order, active districts), in the page's language. */
export async function profileFormOptions(locale: Locale) {
  const options = await cachedDirectoryOptions();
  return {
    areas: options.areas.map((a) => ({ slug: a.slug, label: `${a.point}. ${locale === "en" ? a.nameEn : a.namePl}` })),
    districts: options.districts.map((d) => ({ slug: d.slug, name: d.name })),
  };
}

/** After a change of members, invitations or requests: the pages that list them. */
export function revalidateMembershipPages() {
  revalidatePath("/[locale]/organizations/[id]/manage", "layout");
  revalidatePath("/[locale]/account/organizations", "page");
  revalidatePath("/[locale]/admin/organizations", "page");
}

/** After the administrator verified or refused an organization: the directory and the queue. */
export function revalidateVerification(id: string) {
  revalidateOrganization(id);
  revalidatePath("/[locale]/admin/organizations", "page");
}
