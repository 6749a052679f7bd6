import "server-only";
import { revalidatePath, revalidateTag, unstable_cache } from "next/cache";
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

/** After a step on an application: the public list, and the applicant's and staff's pages of it. */
export function revalidatePatronagePages() {
  revalidatePatronages();
  revalidatePath("/[locale]/account/patronages", "layout");
  revalidatePath("/[locale]/centre/manage/patronages", "layout");
}
