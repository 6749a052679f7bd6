import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import { grantedPatronages } from "./queries";

/* Public reads (no personal data): tag "patronages" for the list of granted patronages. */
const TAG = "patronages";

export function cachedGrantedPatronages(page: number) {
  return unstable_cache(async () => grantedPatronages(await getDb(), page), ["patronages-granted", String(page)], {
    tags: [TAG],
    revalidate: 300,
  })();
}

export function revalidatePatronages() {
  revalidateTag(TAG, { expire: 0 });
}
