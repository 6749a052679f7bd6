import "server-only";
import { unstable_cache } from "next/cache";
import { asc } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { publicTaskAreas } from "@/lib/db/schema";
import { CONSULTATIONS_TAG, consultationTag } from "./cache";
import { consultationDetail, listConsultations, reportStatistics, allComments, threadPage, type ConsultationFilters } from "./queries";

/*
 * Cached reads for the public pages (no session, no cookies): commands' actions call
 * revalidateTag(CONSULTATIONS_TAG / consultationTag(id), { expire: 0 }) after every write.
 * The clock is read inside, so a cached "open" turns "closed" within the revalidate interval.
 */
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
  unstable_cache(
    async () =>
      (await getDb())
        .select({ slug: publicTaskAreas.slug, namePl: publicTaskAreas.namePl, nameEn: publicTaskAreas.nameEn })
        .from(publicTaskAreas)
        .orderBy(asc(publicTaskAreas.sortOrder)),
    ["consultation-area-options"],
    { revalidate: 3600 },
  )();
