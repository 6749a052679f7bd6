import { revalidateTag } from "next/cache";

/** Cache tags of the public small-grant pages; the actions revalidate them after every write. */
export const SMALL_GRANTS_TAG = "small-grants";
export const smallGrantTag = (id: string) => `small-grant:${id}`;

/** After a write that the public pages show. */
export function revalidateSmallGrant(id: string) {
  revalidateTag(smallGrantTag(id), { expire: 0 });
  revalidateTag(SMALL_GRANTS_TAG, { expire: 0 });
}
