import "server-only";
import { revalidatePath, revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import {
  competitionYears,
  getPublicCompetition,
  latestPublishedResults,
  listPublicCompetitions,
  openCompetitionsNow,
  taskAreas,
  type CompetitionFilters,
} from "./queries";
import type { CompetitionListFilters } from "./list-filters";

/*
 * Cached public reads (no personal data). Tag "competitions" covers every public competition read;
 * the write side calls revalidateCompetitions() after a change. unstable_cache serializes to JSON,
 * so dates are returned as ISO strings.
 */
export const COMPETITIONS_TAG = "competitions";
/** The cache tag of one competition's public pages (its results). */
export const competitionTag = (id: string) => `competition:${id}`;

type Jsonify<T> = T extends Date ? string : T extends (infer U)[] ? Jsonify<U>[] : T extends object ? { [K in keyof T]: Jsonify<T[K]> } : T;

function toJson<T>(value: T): Jsonify<T> {
  return JSON.parse(JSON.stringify(value)) as Jsonify<T>;
}

export function cachedCompetitionList(filters: CompetitionFilters) {
  return unstable_cache(
    async () => toJson(await listPublicCompetitions(await getDb(), filters)),
    ["competitions-list", String(filters.year ?? ""), filters.area ?? ""],
    {
      tags: [COMPETITIONS_TAG],
      revalidate: 300,
    },
  )();
}

export function cachedCompetition(id: string) {
  return unstable_cache(async () => toJson(await getPublicCompetition(await getDb(), id)), ["competition-public", id], {
    tags: [COMPETITIONS_TAG],
    revalidate: 300,
  })();
}

export const cachedCompetitionOptions = unstable_cache(
  async () => {
    const db = await getDb();
    const [years, areas] = await Promise.all([competitionYears(db), taskAreas(db)]);
    return { years, areas: areas.map((a) => ({ slug: a.slug, namePl: a.namePl, nameEn: a.nameEn })) };
  },
  ["competition-options"],
  { tags: [COMPETITIONS_TAG, "reference-data"], revalidate: 3600 },
);

/** The list's filters when the task area is a known one, else null (a 404). */
export async function knownCompetitionListFilters(filters: CompetitionListFilters | null): Promise<CompetitionListFilters | null> {
  if (!filters) return null;
  if (filters.area && !(await cachedCompetitionOptions()).areas.some((a) => a.slug === filters.area)) return null;
  return filters;
}

/**
 * The home page's two competition sections: open now (the clock is read inside, so they expire
 * every minute as well) and the latest published results.
 */
export const cachedHomeCompetitions = unstable_cache(
  async () => {
    const db = await getDb();
    const [open, results] = await Promise.all([openCompetitionsNow(db, new Date(), 10), latestPublishedResults(db, 5)]);
    return toJson({ open, results });
  },
  ["home-competitions"],
  { tags: [COMPETITIONS_TAG], revalidate: 60 },
);

export function revalidateCompetitions() {
  revalidateTag(COMPETITIONS_TAG, { expire: 0 });
}

/** After a step of the procedure (review, scoring, decisions): the administrator's pages of the competition. */
export function revalidateCompetitionAdminPages() {
  revalidatePath("/[locale]/admin/competitions/[id]", "layout");
}
