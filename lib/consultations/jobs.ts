import "server-only";
import { revalidateTag } from "next/cache";
import { defineJob } from "@/lib/jobs/types";
import { CONSULTATIONS_TAG, consultationTag } from "./cache";
import { refreshStatuses } from "./manage";

/**
 * `consultations.status` (every minute): a planned consultation opens on its start date (its
 * followers are mailed once) and an open one closes after its end date.
 */
export const consultationStatusJob = defineJob("consultations.status", async ({ db, now }) => {
  const changed = await refreshStatuses(db, now);
  const revalidate = () => {
    revalidateTag(CONSULTATIONS_TAG, { expire: 0 });
    for (const c of changed) revalidateTag(consultationTag(c.id), { expire: 0 });
  };
  return {
    summary: { opened: changed.filter((c) => c.status === "open").length, closed: changed.filter((c) => c.status === "closed").length },
    revalidate: changed.length ? revalidate : undefined,
    data: { changed },
  };
});
