import "server-only";
import { defineJob } from "@/lib/jobs/types";
import { revalidateConsultations } from "./cache";
import { refreshStatuses } from "./commands";

/**
 * `consultations.status` (every minute): a planned consultation opens on its start date (its
 * followers are mailed once) and an open one closes after its end date.
 */
export const consultationStatusJob = defineJob("consultations.status", async ({ db, now }) => {
  const changed = await refreshStatuses(db, now);
  const revalidate = () => revalidateConsultations(changed.map((c) => c.id));
  return {
    summary: { opened: changed.filter((c) => c.status === "open").length, closed: changed.filter((c) => c.status === "closed").length },
    revalidate: changed.length ? revalidate : undefined,
    data: { changed },
  };
});
