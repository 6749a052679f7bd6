import "server-only";
import { defineJob } from "@/lib/jobs/types";
import { sendDailyDigests } from "./digests";

/** `digests.send` (daily, 7:00 Warsaw): one mail per person with the replies to their comments. */
export const dailyDigestsJob = defineJob("digests.send", async ({ db, now }) => {
  const result = await sendDailyDigests(db, now);
  return { summary: { digests: result.sent }, data: result };
});
