import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import { allComments, threadPage } from "./comment-queries";
import {
  areaOptions,
  consultationDetail,
  listConsultations,
  openConsultationsNow,
  reportStatistics,
  type ConsultationFilters,
} from "./queries";
import type { ListFilters } from "./list-filters";

/*
 * Cached reads for the public pages (no session, no cookies) and their tags: the actions revalidate
 * them after every write (revalidateConsultation), the status job after a consultation opened or
 * closed. The clock is read inside, so a cached "open" turns "closed" within the revalidate interval.
 */
export const CONSULTATIONS_TAG = "consultations";
export const consultationTag = (id: string) => `consultation:${id}`;

export const cachedConsultationList = (filters: ConsultationFilters) =>
  unstable_cache(
    async () =>
      (await listConsultations(await getDb(), filters, new Date())).map((r) => ({
        ...r,
        startsAt: r.startsAt.toISOString(),
        endsAt: r.endsAt.toISOString(),
      })),
    ["consultations-list", JSON.stringify(filters)],
    {
      tags: [CONSULTATIONS_TAG],
      revalidate: 300,
    },
  )();

export const cachedConsultation = (id: string) =>
  unstable_cache(
    async () => {
      const db = await getDb();
      const detail = await consultationDetail(db, id);
      if (!detail) return null;
      const firstPage = await threadPage(db, { consultationId: id, order: "newest" });
      return {
        ...detail,
        startsAt: detail.startsAt.toISOString(),
        endsAt: detail.endsAt.toISOString(),
        reportPublishedAt: detail.reportPublishedAt?.toISOString() ?? null,
        firstPage,
      };
    },
    ["consultation", id],
    { tags: [CONSULTATIONS_TAG, consultationTag(id)], revalidate: 300 },
  )();

/** The home page: consultations open now (the clock is read inside, so it also expires every minute). */
export const cachedOpenConsultations = unstable_cache(
  async () => (await openConsultationsNow(await getDb(), new Date(), 10)).map((r) => ({ ...r, endsAt: r.endsAt.toISOString() })),
  ["home-consultations"],
  { tags: [CONSULTATIONS_TAG], revalidate: 60 },
);

export const cachedReport = (id: string) =>
  unstable_cache(
    async () => {
      const db = await getDb();
      return { statistics: await reportStatistics(db, id), comments: await allComments(db, id) };
    },
    ["consultation-report", id],
    { tags: [CONSULTATIONS_TAG, consultationTag(id)], revalidate: 300 },
  )();

/** Task areas for the list's filter (reference data). */
export const cachedAreaOptions = () =>
  unstable_cache(async () => areaOptions(await getDb()), ["consultation-area-options"], { revalidate: 3600 })();

/**
 * The list's filters (from its path segment or, when the proxy did not run, its query string) when
 * every value is a known one, the task area too; else null: a 404.
 */
export async function knownListFilters(filters: ListFilters | null): Promise<ListFilters | null> {
  if (!filters) return null;
  if (filters.area && !(await cachedAreaOptions()).some((a) => a.slug === filters.area)) return null;
  return filters;
}

/** After a write that a consultation's public pages (and the list) show. */
export function revalidateConsultation(id: string) {
  revalidateTag(consultationTag(id), { expire: 0 });
  revalidateTag(CONSULTATIONS_TAG, { expire: 0 });
}

/** The list, and the pages of the given consultations (the status job: those that opened or closed). */
export function revalidateConsultations(ids: readonly string[] = []) {
  revalidateTag(CONSULTATIONS_TAG, { expire: 0 });
  for (const id of ids) revalidateTag(consultationTag(id), { expire: 0 });
}
