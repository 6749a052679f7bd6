import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import { getPublicSmallGrant, listPublicSmallGrants } from "./queries";

/*
 * Cached public reads (no session) and their tags; the actions revalidate them after every write.
 * unstable_cache serializes to JSON: dates come back as strings. The list reads the clock inside, so
 * an offer leaves it within the revalidate interval after its window ends; the comment command
 * refuses late comments on its own clock anyway.
 */
export const SMALL_GRANTS_TAG = "small-grants";
export const smallGrantTag = (id: string) => `small-grant:${id}`;

type Jsonify<T> = T extends Date ? string : T extends (infer U)[] ? Jsonify<U>[] : T extends object ? { [K in keyof T]: Jsonify<T[K]> } : T;
const toJson = <T>(value: T) => JSON.parse(JSON.stringify(value)) as Jsonify<T>;

export const cachedPublicSmallGrants = () =>
  unstable_cache(async () => toJson(await listPublicSmallGrants(await getDb(), new Date())), ["small-grants-public"], {
    tags: [SMALL_GRANTS_TAG],
    revalidate: 300,
  })();

export const cachedPublicSmallGrant = (id: string) =>
  unstable_cache(async () => toJson(await getPublicSmallGrant(await getDb(), id)), ["small-grant-public", id], {
    tags: [SMALL_GRANTS_TAG, smallGrantTag(id)],
    revalidate: 300,
  })();

/** After a write that the public pages show. */
export function revalidateSmallGrant(id: string) {
  revalidateTag(smallGrantTag(id), { expire: 0 });
  revalidateTag(SMALL_GRANTS_TAG, { expire: 0 });
}

/** The public list (and every page under the tag). */
export function revalidateSmallGrants() {
  revalidateTag(SMALL_GRANTS_TAG, { expire: 0 });
}
