import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import { COMPETITIONS_TAG, competitionTag } from "@/lib/competitions/cache";
import { publicResults } from "./queries";

/** Public results, cached per competition (tags "competitions" and `competition:{id}`). */
export function cachedResults(id: string) {
  return unstable_cache(async () => publicResults(await getDb(), id), ["competition-results", id], {
    tags: [COMPETITIONS_TAG, competitionTag(id)],
  })();
}

export function revalidateResults(id: string) {
  revalidateTag(competitionTag(id), { expire: 0 });
  revalidateTag(COMPETITIONS_TAG, { expire: 0 });
}
