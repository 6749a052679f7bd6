import "server-only";
import { refresh, revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import { programmeOfConsultation } from "./queries";

/*
 * The programme pages read per request (money announced and granted changes with every competition
 * and contract), so they are not cached. The one cached read is the line "concerns programme X" on
 * the consultation's cached public page, under the PROGRAMMES_TAG, revalidated after every write.
 */
export const PROGRAMMES_TAG = "programmes";

export const cachedProgrammeOfConsultation = (consultationId: string) =>
  unstable_cache(() => getDb().then((db) => programmeOfConsultation(db, consultationId)), ["programme-of-consultation", consultationId], {
    tags: [PROGRAMMES_TAG],
    revalidate: 300,
  })();

export function revalidateProgrammes() {
  revalidateTag(PROGRAMMES_TAG, { expire: 0 });
  refresh();
}
