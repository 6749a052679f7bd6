import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import { getEdition, listEditions } from "./queries";

/*
 * Public reads of the awards (no personal data but consented laureates' names): tag "awards",
 * revalidated by every command that changes an edition, a laureate or a consent. The open call
 * depends on the day: it is part of the key.
 */
const TAG = "awards";

export function cachedEditions(page: number, today: string) {
  return unstable_cache(async () => listEditions(await getDb(), page, 20, today), ["awards-editions", String(page), today], {
    tags: [TAG],
    revalidate: 3600,
  })();
}

export function cachedEdition(id: string, today: string) {
  return unstable_cache(async () => getEdition(await getDb(), id, today), ["awards-edition", id, today], {
    tags: [TAG],
    revalidate: 3600,
  })();
}

export function revalidateAwards() {
  revalidateTag(TAG, { expire: 0 });
}
